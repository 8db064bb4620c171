// A first column mapping for a sheet in no known layout: each column's target from its header in any of the six
// languages, or from its cells when the header says little; what is not recognised kept as an extension.
import { describe, expect, it } from 'vitest';
import { columnMappingSchema } from '../../../../shared/import-layouts/column-mapping-schema.ts';
import { MAPPING_TARGETS, SINGLE_COLUMN_TARGETS, type MappingTarget } from '../../../../shared/import-layouts/column-mapping.ts';
import { HEADER_SYNONYMS, headerMatches } from '../../../../shared/import-layouts/header-synonyms.ts';
import { describeTarget, suggestMapping } from '../../../../shared/import-layouts/suggest-mapping.ts';

function targetsOf(header: string[], rows: string[][] = []): Record<string, MappingTarget> {
  const mapping = suggestMapping({ sheet: 'Register', header, rows });
  return Object.fromEntries(mapping.columns.map((column) => [column.header, column.target]));
}

describe('the header words', () => {
  it('name every target but extension, in each of the six languages', () => {
    for (const target of MAPPING_TARGETS.filter((target) => target !== 'extension')) {
      expect(HEADER_SYNONYMS[target].length, target).toBeGreaterThanOrEqual(6);
      expect(headerMatches(describeTarget(target))[0]?.target, describeTarget(target)).toBe(target);
    }
  });

  it('prefer an exact header to one that only contains the words, and a longer phrase to a shorter one', () => {
    expect(headerMatches('Categories of data subjects')[0]?.target).toBe('dataSubjects');
    expect(headerMatches('Special categories of personal data')[0]?.target).toBe('specialDataCategories');
    expect(headerMatches('Article 9 basis for processing special category data')[0]?.target).toBe('specialCategoryConditions');
    expect(headerMatches('Besondere Kategorien personenbezogener Daten')[0]?.target).toBe('specialDataCategories');
  });

  it('read singular and plural, accents or none, numbering and notes in parentheses', () => {
    expect(headerMatches('Finalité(s) du traitement')[0]?.target).toBe('purposes');
    expect(headerMatches('Finalites du traitement')[0]?.target).toBe('purposes');
    expect(headerMatches('3. Purposes (Art. 30(1)(b))')[0]?.target).toBe('purposes');
    expect(headerMatches('Zwecke')[0]?.target).toBe('purposes');
  });
});

describe('a suggested mapping', () => {
  it('maps the ICO template header row', () => {
    const targets = targetsOf([
      'Business function',
      'Purpose of processing',
      'Name and contact details of joint controller (if applicable)',
      'Categories of individuals',
      'Categories of personal data',
      'Categories of recipients',
      'Link to contract with processor',
      'Names of third countries or international organisations that personal data are transferred to (if applicable)',
      'Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)',
      'Retention schedule (if applicable)',
      'General description of technical and organisational security measures (if applicable)',
      'Article 6 lawful basis for processing personal data',
      'Article 9 basis for processing special category data',
      'Legitimate interests for the processing (if applicable)',
      'Source of personal data',
      'Data Protection Impact Assessment required?',
      'Data Protection Impact Assessment progress',
      'Link to DPIA',
    ]);
    expect(Object.values(targets)).toEqual([
      'owner',
      'purposes',
      'jointControllers',
      'dataSubjects',
      'dataCategories',
      'recipients',
      'extension',
      'transferCountries',
      'transferSafeguards',
      'retention',
      'securityMeasures',
      'legalBases',
      'specialCategoryConditions',
      'legalBasisDetail',
      'sources',
      'dpiaRequired',
      'extension',
      'dpiaReference',
    ]);
  });

  it('maps an ICO-like header row in French', () => {
    const targets = targetsOf([
      'Activité de traitement',
      'Finalité(s) du traitement',
      'Base légale',
      'Catégories de personnes concernées',
      'Catégories de données collectées',
      'Données sensibles',
      'Durée de conservation',
      'Catégories de destinataires',
      'Sous-traitant(s)',
      'Transferts hors UE',
      'Type de garanties',
      'Mesures de sécurité',
      'AIPD',
      'Dernière mise à jour',
      'Commentaires',
    ]);
    expect(Object.values(targets)).toEqual([
      'name',
      'purposes',
      'legalBases',
      'dataSubjects',
      'dataCategories',
      'specialDataCategories',
      'retention',
      'recipients',
      'processors',
      'transferCountries',
      'transferSafeguards',
      'securityMeasures',
      'dpiaRequired',
      'lastReviewedOn',
      'notes',
    ]);
  });

  it('maps header rows in German, Ukrainian, Bulgarian and Slovenian', () => {
    const expected: MappingTarget[] = ['name', 'purposes', 'legalBases', 'dataSubjects', 'dataCategories', 'retention', 'recipients', 'processors'];
    const rows = [
      [
        'Verarbeitungstätigkeit',
        'Zweck der Verarbeitung',
        'Rechtsgrundlage',
        'Betroffene Personen',
        'Kategorien personenbezogener Daten',
        'Löschfrist',
        'Empfänger',
        'Auftragsverarbeiter',
      ],
      ['Назва', 'Мета обробки', 'Правова підстава', "Суб'єкти даних", 'Категорії персональних даних', 'Строк зберігання', 'Одержувачі', 'Розпорядники'],
      [
        'Наименование',
        'Цел на обработването',
        'Правно основание',
        'Субекти на данни',
        'Категории лични данни',
        'Срок на съхранение',
        'Получатели',
        'Обработващи лични данни',
      ],
      [
        'Dejavnost obdelave',
        'Namen obdelave',
        'Pravna podlaga',
        'Kategorije posameznikov',
        'Kategorije osebnih podatkov',
        'Rok hrambe',
        'Kategorije uporabnikov',
        'Obdelovalci',
      ],
    ];
    for (const header of rows) expect(Object.values(targetsOf(header)), header[0]).toEqual(expected);
  });

  it('reads what a column holds when its header says little', () => {
    const targets = targetsOf(
      ['Process', 'Basis', 'Where to', 'When', 'Next', 'DPIA?', 'Flag'],
      [
        ['Payroll', 'Art. 6(1)(c)', 'US', '01/03/2024', '2025-03-01', 'yes', 'no'],
        ['CCTV', 'legitimate interests', 'India; UK', '2024-01-01', '2025-01-01', 'no', 'yes'],
        ['Newsletter', 'consent', 'Germany', '2024-01-01', '2025-01-01', 'no', 'no'],
      ],
    );
    expect(targets).toEqual({
      Process: 'name',
      Basis: 'legalBases',
      'Where to': 'transferCountries',
      When: 'extension',
      Next: 'nextReviewOn',
      'DPIA?': 'dpiaRequired',
      Flag: 'extension',
    });
  });

  it('takes a DPIA column of references as the reference', () => {
    expect(targetsOf(['Name', 'DPIA'], [['Payroll', 'DPIA-2023-04']]).DPIA).toBe('dpiaReference');
  });

  it('gives a single-column target to its best column only', () => {
    const targets = targetsOf(['Status', 'Activity status', 'Name', 'Processing activity', 'Role']);
    expect(targets).toEqual({ Status: 'extension', 'Activity status': 'status', Name: 'extension', 'Processing activity': 'name', Role: 'role' });
    const mapping = suggestMapping({ sheet: 'S', header: ['Status', 'Status', 'Last review', 'Review date'], rows: [] });
    for (const target of SINGLE_COLUMN_TARGETS) expect(mapping.columns.filter((column) => column.target === target).length, target).toBeLessThanOrEqual(1);
  });

  it('names the activities from the first text column of distinct values when no header says name', () => {
    const targets = targetsOf(
      ['Ref', 'What we do', 'Team', 'Purpose'],
      [
        ['1', 'Payroll', 'HR', 'Pay staff'],
        ['2', 'CCTV', 'Facilities', 'Security'],
        ['3', 'Newsletter', 'Marketing', 'Marketing'],
      ],
    );
    expect(targets).toEqual({ Ref: 'extension', 'What we do': 'name', Team: 'owner', Purpose: 'purposes' });
  });

  it('keeps unrecognised columns as extensions, and is a valid mapping with the header row given', () => {
    const mapping = suggestMapping({ sheet: 'HR', header: ['Name', 'Colour', ''], rows: [['Payroll', 'blue', '']] }, 3);
    expect(mapping).toEqual({
      sheet: 'HR',
      headerRow: 3,
      columns: [
        { header: 'Name', target: 'name' },
        { header: 'Colour', target: 'extension' },
        { header: '', target: 'extension' },
      ],
    });
    expect(columnMappingSchema.parse(mapping)).toEqual(mapping);
  });

  it('describes each target in English for the command line', () => {
    expect(describeTarget('legalBases')).toBe('Legal bases (Art. 6)');
    expect(describeTarget('extension')).toMatch(/extra field/);
    expect(new Set(MAPPING_TARGETS.map(describeTarget)).size).toBe(MAPPING_TARGETS.length);
  });
});
