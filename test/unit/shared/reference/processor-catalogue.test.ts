// The processor catalogue: each entry a legal entity with valid country codes, its service in the four languages, a
// DPF flag only where the group has a US organisation to certify, and a draft the processor editor can save as is.
import { describe, expect, it } from 'vitest';
import { calendarDate, isCountryCode } from '../../../../shared/model/primitives.ts';
import { recordSchemas } from '../../../../shared/model/records.ts';
import { COUNTRY_CODES } from '../../../../shared/reference/countries.ts';
import { PROCESSOR_CATALOGUE } from '../../../../shared/reference/processor-catalogue-data.ts';
import { DPF_LIST_AS_OF, catalogueMatches, processorFromCatalogue } from '../../../../shared/reference/processor-catalogue.ts';
import { VOCABULARY_LANGUAGES } from '../../../../shared/vocabularies/index.ts';

const current = (code: string) => COUNTRY_CODES.includes(code);

describe('the processor catalogue', () => {
  it('holds some thirty providers, each id once', () => {
    expect(PROCESSOR_CATALOGUE.length).toBeGreaterThanOrEqual(25);
    const ids = PROCESSOR_CATALOGUE.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every country as a current ISO 3166-1 alpha-2 code: the entity’s, its parent’s and where the data are', () => {
    for (const entry of PROCESSOR_CATALOGUE) {
      expect(current(entry.country), `${entry.id} ${entry.country}`).toBe(true);
      if (entry.parent !== undefined) expect(current(entry.parent.country), `${entry.id} parent`).toBe(true);
      expect(entry.dataLocations.length, entry.id).toBeGreaterThan(0);
      expect(new Set(entry.dataLocations).size, entry.id).toBe(entry.dataLocations.length);
      for (const code of entry.dataLocations) expect(isCountryCode(code) && current(code), `${entry.id} ${code}`).toBe(true);
    }
  });

  it('describes every service in en, uk, bg and sl', () => {
    for (const entry of PROCESSOR_CATALOGUE) {
      for (const language of VOCABULARY_LANGUAGES) expect(entry.service[language].trim().length, `${entry.id} ${language}`).toBeGreaterThan(0);
    }
  });

  it('records DPF certification only as true, only for a group with a US organisation, as of a stated date', () => {
    expect(calendarDate.safeParse(DPF_LIST_AS_OF).success).toBe(true);
    for (const entry of PROCESSOR_CATALOGUE) {
      if (entry.dpfCertified === undefined) continue;
      expect(entry.dpfCertified, entry.id).toBe(true);
      expect(entry.country === 'US' || entry.parent?.country === 'US', entry.id).toBe(true);
    }
  });
});

describe('processorFromCatalogue', () => {
  it.each(['en', 'uk', 'bg', 'sl', 'de'])('makes a draft that passes the processor schema of a register in %s', (language) => {
    const schema = recordSchemas(language).processorDraft;
    for (const entry of PROCESSOR_CATALOGUE) {
      const parsed = schema.safeParse(processorFromCatalogue(entry, language));
      expect(parsed.error?.issues, entry.id).toBeUndefined();
    }
  });

  it('fills the entity, the service in the documents’ languages, the country, the data locations and the DPF flag', () => {
    const microsoft = PROCESSOR_CATALOGUE.find((entry) => entry.id === 'microsoft-365');
    if (microsoft === undefined) throw new Error('no Microsoft 365 in the catalogue');
    const draft = processorFromCatalogue(microsoft, 'sl');
    expect(draft).toEqual({
      name: 'Microsoft Ireland Operations Limited',
      service: microsoft.service,
      country: 'IE',
      dataLocations: ['IE', 'NL'],
      dpfCertified: true,
    });
    // Its own copy: editing the draft leaves the catalogue alone.
    expect(draft.dataLocations).not.toBe(microsoft.dataLocations);
    // A register in another language gets the English words as its own text.
    expect(processorFromCatalogue(microsoft, 'de').service).toBe(microsoft.service.en);
  });

  it('leaves the DPF flag unrecorded where the catalogue does not know it, and keeps a joint controller’s kind', () => {
    const hetzner = PROCESSOR_CATALOGUE.find((entry) => entry.id === 'hetzner');
    const meta = PROCESSOR_CATALOGUE.find((entry) => entry.id === 'meta');
    if (hetzner === undefined || meta === undefined) throw new Error('no Hetzner or Meta in the catalogue');
    expect(processorFromCatalogue(hetzner, 'en')).not.toHaveProperty('dpfCertified');
    expect(processorFromCatalogue(hetzner, 'en')).not.toHaveProperty('kind');
    expect(processorFromCatalogue(meta, 'en').kind).toBe('joint-controller');
  });
});

describe('catalogueMatches', () => {
  it('finds entries by provider, legal name or service, in the language asked, accents ignored', () => {
    expect(catalogueMatches(PROCESSOR_CATALOGUE, 'microsoft', 'en').map((entry) => entry.id)).toEqual(['microsoft-365', 'microsoft-azure']);
    expect(catalogueMatches(PROCESSOR_CATALOGUE, 'rocket science', 'en').map((entry) => entry.id)).toEqual(['mailchimp']);
    expect(catalogueMatches(PROCESSOR_CATALOGUE, 'obracun plac', 'sl').map((entry) => entry.id)).toEqual(['datev']);
    expect(catalogueMatches(PROCESSOR_CATALOGUE, 'відеоконф', 'uk').map((entry) => entry.id)).toEqual(['zoom']);
    expect(catalogueMatches(PROCESSOR_CATALOGUE, '', 'en')).toHaveLength(PROCESSOR_CATALOGUE.length);
  });
});
