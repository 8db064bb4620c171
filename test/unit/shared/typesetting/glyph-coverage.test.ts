import { describe, expect, it } from 'vitest';
import { describeCharacters, fontRuns, undrawableCharacters, type GlyphCoverage } from '../../../../shared/typesetting/glyph-coverage.ts';
import { undrawableWarnings } from '../../../../shared/typesetting/undrawable-warnings.ts';
import type { ProcessingActivity } from '../../../../shared/model/records.ts';

const codes = (text: string) => new Set([...text].map((character) => character.codePointAt(0) ?? 0));
/** Roboto-like: Latin letters and spaces; the fallback has the arrow and Arabic letters. */
const coverage: GlyphCoverage = { primary: codes('abcdefghijklmnopqrstuvwxyzN '), fallback: codes('→مرحبا') };

describe('what the PDF fonts can draw', () => {
  it('draws characters the main font lacks from the fallback font, run by run', () => {
    expect(fontRuns('data → report', coverage)).toEqual([
      { text: 'data ', fallback: false },
      { text: '→', fallback: true },
      { text: ' report', fallback: false },
    ]);
    expect(fontRuns('plain', coverage)).toEqual([{ text: 'plain', fallback: false }]);
  });

  it('counts emoji, scripts no font has, and right-to-left scripts as undrawable', () => {
    expect(undrawableCharacters('hi 😀 中 مرحبا →', coverage)).toEqual(['😀', '中', 'م', 'ر', 'ح', 'ب', 'ا']);
    expect(describeCharacters(['😀', '中'])).toBe('😀 (U+1F600), 中 (U+4E2D)');
  });

  it('names the record and the field of each undrawable text, in the language printed', () => {
    const activity = {
      id: '6d7a1c1e-0000-4000-8000-000000000001',
      name: { en: 'Newsletter', sl: 'Novice' },
      purposes: ['news', 'fun 😀'],
      notes: 'never printed 😀',
      dataCategories: [{ name: 'email' }, { name: { en: 'mood 中', sl: 'ok' } }],
    } as unknown as ProcessingActivity;
    const warnings = undrawableWarnings({ organisations: [], processors: [], activities: [activity] }, 'en', 'en', coverage);
    expect(warnings.map((warning) => warning.message)).toEqual([
      'Activity "Newsletter" purpose 2: characters the PDF fonts cannot draw, printed as empty boxes: 😀 (U+1F600)',
      'Activity "Newsletter" data category 2 name: characters the PDF fonts cannot draw, printed as empty boxes: 中 (U+4E2D)',
    ]);
    expect(warnings[0]).toMatchObject({ kind: 'undrawable', recordId: activity.id, recordType: 'activity' });
    expect(undrawableWarnings({ organisations: [], processors: [], activities: [activity] }, 'sl', 'en', coverage)).toHaveLength(1);
  });
});
