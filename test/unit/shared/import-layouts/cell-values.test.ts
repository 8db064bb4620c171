// One cell of a register kept in another layout, read into the register's choices in en, fr, de, uk, bg and sl: what
// fits is read, what does not is handed back to be kept as text, never dropped.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isSpecialCategoryName,
  readCountry,
  readDate,
  readLegalBases,
  readRole,
  readSpecialConditions,
  readStatus,
  readTransferMechanism,
  readYesNo,
  splitList,
} from '../../../../shared/import-layouts/cell-values.ts';
import { transferDestination } from '../../../../shared/model/primitives.ts';

describe('a list cell', () => {
  it('is split on lines when it has several, bullets and blank lines removed', () => {
    expect(splitList('• Names\n• Emails, phone numbers\n\n- Addresses\r\n1. Bank details')).toEqual([
      'Names',
      'Emails, phone numbers',
      'Addresses',
      'Bank details',
    ]);
  });

  it('is split on semicolons before commas, and on commas when it has nothing else', () => {
    expect(splitList('Staff, contractors; applicants')).toEqual(['Staff, contractors', 'applicants']);
    expect(splitList(' Staff ,contractors,, applicants ')).toEqual(['Staff', 'contractors', 'applicants']);
  });

  it('does not split on a comma inside parentheses, in a number or in a legal reference', () => {
    expect(splitList('Legal obligation (Tax Act, Labour Code), Consent')).toEqual(['Legal obligation (Tax Act, Labour Code)', 'Consent']);
    expect(splitList('Art. 6(1)(b), (c)')).toEqual(['Art. 6(1)(b), (c)']);
    expect(splitList('чл. 6, ал. 1, б. „е“, Consent')).toEqual(['чл. 6, ал. 1, б. „е“', 'Consent']);
    expect(splitList('1,5 years')).toEqual(['1,5 years']);
  });

  it('has no items when blank', () => {
    expect(splitList('')).toEqual([]);
    expect(splitList(' \n • \n')).toEqual([]);
  });

  it('never loses a character that is not a separator, a bullet or a space (property)', () => {
    const word = fc.stringMatching(/^[A-Za-zÀ-ÿА-Яа-яЇїЙй0-9'’/.&]{1,12}$/).filter((text) => /^[A-Za-zÀ-ÿА-Яа-яЇїЙй0-9]/.test(text));
    // An item that begins "1. " is a numbered item: its number is a bullet, not content.
    const item = fc
      .array(word, { minLength: 1, maxLength: 4 })
      .map((words) => words.join(' '))
      .filter((text) => !/^\d{1,2}[.)]\s/.test(text));
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\r\n', '; ', ';'), (items, separator) => {
        expect(splitList(items.join(separator))).toEqual(items);
      }),
    );
    // Commas: items that cannot be read as the rest of a legal reference ("ал. 1", "(c)").
    fc.assert(
      fc.property(
        fc.array(
          item.map((text) => `Item ${text}`),
          { minLength: 1, maxLength: 6 },
        ),
        (items) => {
          expect(splitList(items.join(', '))).toEqual(items);
        },
      ),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (cell) => {
        for (const piece of splitList(cell)) expect(cell).toContain(piece);
      }),
    );
  });
});

describe('a yes or no cell', () => {
  it('reads yes and no in the six languages, and ticks', () => {
    for (const yes of ['yes', 'Y', 'TRUE', '1', 'x', 'oui', 'Ja', 'так', 'да', 'da', 'required', '✓', 'Yes – high risk'])
      expect(readYesNo(yes), yes).toBe(true);
    for (const no of ['no', 'N', 'false', '0', 'non', 'nein', 'ні', 'не', 'ne', 'not required', 'nicht erforderlich', 'ni potrebno', 'No - low risk'])
      expect(readYesNo(no), no).toBe(false);
  });

  it('is undefined when blank and null when the words say neither', () => {
    expect(readYesNo('  ')).toBeUndefined();
    expect(readYesNo('maybe')).toBeNull();
    expect(readYesNo('1 year')).toBeNull();
  });
});

describe('a legal basis cell', () => {
  it("reads 'Art. 6(1)(f)' and 'законен интерес' as legitimate interests", () => {
    for (const cell of [
      'Art. 6(1)(f)',
      'законен интерес',
      '6(1)(f)',
      '6.1.f',
      'Article 6 1 f',
      'Art. 6 Abs. 1 lit. f DSGVO',
      'чл. 6, ал. 1, б. „е“',
      'Intérêts légitimes',
      'berechtigtes Interesse',
      'законні інтереси',
      'законний інтерес',
      'легитимни интереси',
      'zakoniti interesi',
    ])
      expect(readLegalBases(cell), cell).toEqual({ bases: [{ basis: 'legitimate-interests' }], unread: [] });
  });

  it('reads each basis in the six languages', () => {
    const cases: [string, string][] = [
      ['Consent', 'consent'],
      ['consentement', 'consent'],
      ['Einwilligung', 'consent'],
      ['згода', 'consent'],
      ['съгласие', 'consent'],
      ['privolitev', 'consent'],
      ['законово задължение съгласно Закона за счетоводството', 'legal-obligation'],
      ['GDPR 6(1)(a)', 'consent'],
      ['Performance of a contract', 'contract'],
      ['Vertragserfüllung', 'contract'],
      ['exécution d’un contrat', 'contract'],
      ['pogodba', 'contract'],
      ['Compliance with a legal obligation', 'legal-obligation'],
      ['obligation légale', 'legal-obligation'],
      ['rechtliche Verpflichtung', 'legal-obligation'],
      ["виконання юридичного обов'язку", 'legal-obligation'],
      ['законово задължение', 'legal-obligation'],
      ['izpolnitev zakonske obveznosti', 'legal-obligation'],
      ['Vital interests', 'vital-interests'],
      ['lebenswichtige Interessen', 'vital-interests'],
      ['жизненоважни интереси', 'vital-interests'],
      ['Public task', 'public-task'],
      ["mission d'intérêt public", 'public-task'],
      ['öffentliches Interesse', 'public-task'],
      ['javni interes', 'public-task'],
    ];
    for (const [cell, basis] of cases) expect(readLegalBases(cell).bases, cell).toEqual([{ basis }]);
  });

  it('keeps the detail written after a basis', () => {
    expect(readLegalBases('Legitimate interests – fraud prevention').bases).toEqual([{ basis: 'legitimate-interests', detail: 'fraud prevention' }]);
    expect(readLegalBases('Legal obligation (Companies Act 2006)').bases).toEqual([{ basis: 'legal-obligation', detail: 'Companies Act 2006' }]);
    expect(readLegalBases('Art. 6 (1)(f): network security').bases).toEqual([{ basis: 'legitimate-interests', detail: 'network security' }]);
    expect(readLegalBases('Legal obligation: Art. 6(1)(c)').bases).toEqual([{ basis: 'legal-obligation' }]);
  });

  it('reads several bases in order, each once', () => {
    expect(readLegalBases('Art. 6(1)(b), (c)').bases).toEqual([{ basis: 'contract' }, { basis: 'legal-obligation' }]);
    expect(readLegalBases('Consent\nContract\nArt. 6(1)(a)').bases).toEqual([{ basis: 'consent' }, { basis: 'contract' }]);
  });

  it('keeps an unrecognised basis as unread text', () => {
    expect(readLegalBases('Contract; because the board said so')).toEqual({ bases: [{ basis: 'contract' }], unread: ['because the board said so'] });
    expect(readLegalBases('Article 6')).toEqual({ bases: [], unread: ['Article 6'] });
    expect(readLegalBases('Art. 46(1)(f)').bases).toEqual([]);
  });
});

describe('a special category condition cell', () => {
  it('reads references to Art. 9(2) and Art. 10', () => {
    expect(readSpecialConditions('Art. 9(2)(b)').conditions).toEqual(['art9-2-b']);
    expect(readSpecialConditions('9.2.h').conditions).toEqual(['art9-2-h']);
    expect(readSpecialConditions('Art. 9 Abs. 2 lit. b und h').conditions).toEqual(['art9-2-b', 'art9-2-h']);
    expect(readSpecialConditions('чл. 9, ал. 2, буква „з“').conditions).toEqual(['art9-2-h']);
    expect(readSpecialConditions('Art. 10').conditions).toEqual(['art10']);
  });

  it('reads the conditions by their words', () => {
    const cases: [string, string][] = [
      ['explicit consent', 'art9-2-a'],
      ['consentement explicite', 'art9-2-a'],
      ['изрично съгласие', 'art9-2-a'],
      ['employment and social security law', 'art9-2-b'],
      ['Arbeitsrecht', 'art9-2-b'],
      ['vital interests', 'art9-2-c'],
      ['manifestly made public by the data subject', 'art9-2-e'],
      ['legal claims', 'art9-2-f'],
      ['substantial public interest', 'art9-2-g'],
      ['occupational medicine', 'art9-2-h'],
      ['public interest in the area of public health', 'art9-2-i'],
      ['javno zdravje', 'art9-2-i'],
      ['scientific research', 'art9-2-j'],
      ['criminal convictions', 'art10'],
      ['kazenske obsodbe', 'art10'],
    ];
    for (const [cell, condition] of cases) expect(readSpecialConditions(cell).conditions, cell).toEqual([condition]);
  });

  it('keeps what it cannot read', () => {
    expect(readSpecialConditions('Art. 9(2)(h); see policy')).toEqual({ conditions: ['art9-2-h'], unread: ['see policy'] });
  });
});

describe('a country cell', () => {
  it('reads codes, names in the six languages and common aliases, as the codes a transfer destination takes', () => {
    const cases: [string, string][] = [
      ['US', 'US'],
      ['usa', 'US'],
      ['United States of America', 'US'],
      ['UK', 'GB'],
      ['Great Britain', 'GB'],
      ['Royaume-Uni', 'GB'],
      ['Vereinigte Staaten', 'US'],
      ['Німеччина', 'DE'],
      ['Германия', 'DE'],
      ['Nemčija', 'DE'],
      ['nemcija', 'DE'],
      ['États-Unis', 'US'],
      ['United States (Virginia)', 'US'],
      ['Czech Republic', 'CZ'],
      ['international organisation', 'INT'],
    ];
    for (const [cell, code] of cases) {
      expect(readCountry(cell), cell).toBe(code);
      expect(transferDestination.parse(code)).toBe(code);
    }
  });

  it('reads no country from a region or from what names none', () => {
    for (const cell of ['EU', 'European Union', 'EEA', 'worldwide', 'XX', '', 'the cloud']) expect(readCountry(cell), cell).toBeUndefined();
  });
});

describe('a transfer mechanism cell', () => {
  it('reads the tools of Chapter V by name, abbreviation or article', () => {
    const cases: [string, string][] = [
      ['SCCs', 'scc'],
      ['Standard Contractual Clauses (2021)', 'scc'],
      ['Standardvertragsklauseln', 'scc'],
      ['clauses contractuelles types', 'scc'],
      ['стандартни договорни клаузи', 'scc'],
      ['standardne pogodbene klavzule', 'scc'],
      ['стандартні договірні положення', 'scc'],
      ['Art. 46(2)(c)', 'scc'],
      ['Adequacy decision', 'adequacy'],
      ['Angemessenheitsbeschluss', 'adequacy'],
      ['BCR', 'bcr'],
      ['Data Privacy Framework', 'dpf'],
      ['EU-US DPF', 'dpf'],
      ['EU-US Privacy Shield', 'privacy-shield'],
      ['Art. 49 derogation', 'derogation'],
      ['Art. 49(1)(a)', 'derogation'],
      ['code of conduct', 'code-of-conduct'],
      ['certification', 'certification'],
    ];
    for (const [cell, mechanism] of cases) expect(readTransferMechanism(cell), cell).toBe(mechanism);
    expect(readTransferMechanism('we trust them')).toBeUndefined();
  });
});

describe('a status or role cell', () => {
  it('reads statuses, telling inactive from active', () => {
    expect(readStatus('Active')).toBe('active');
    expect(readStatus('inactive')).toBe('retired');
    expect(readStatus('Entwurf')).toBe('draft');
    expect(readStatus('неактивна')).toBe('retired');
    expect(readStatus('v uporabi')).toBe('active');
    expect(readStatus('?')).toBeUndefined();
  });

  it('reads roles, telling joint controller from controller', () => {
    const cases: [string, string][] = [
      ['Controller', 'controller'],
      ['responsable du traitement', 'controller'],
      ['Verantwortlicher', 'controller'],
      ['контролер', 'controller'],
      ['администратор', 'controller'],
      ['upravljavec', 'controller'],
      ['Joint controller', 'joint-controller'],
      ['gemeinsam Verantwortliche', 'joint-controller'],
      ['responsables conjoints', 'joint-controller'],
      ['Processor', 'processor'],
      ['sous-traitant', 'processor'],
      ['Auftragsverarbeiter', 'processor'],
      ['розпорядник', 'processor'],
      ['обработващ лични данни', 'processor'],
      ['obdelovalec', 'processor'],
    ];
    for (const [cell, role] of cases) expect(readRole(cell), cell).toBe(role);
    expect(readRole('HR')).toBeUndefined();
  });
});

describe('a date cell', () => {
  it('reads ISO dates and day-first dates, never month-first', () => {
    expect(readDate('2024-03-01')).toBe('2024-03-01');
    expect(readDate('2024-03-01T23:30:00+02:00')).toBe('2024-03-01');
    expect(readDate('01/03/2024')).toBe('2024-03-01');
    expect(readDate('1.3.2024')).toBe('2024-03-01');
    expect(readDate('1. 3. 2024')).toBe('2024-03-01');
    expect(readDate('01.03.2024 г.')).toBe('2024-03-01');
    expect(readDate('03/13/2024')).toBeUndefined();
  });

  it('is undefined for dates that do not exist and for text', () => {
    for (const cell of ['31/02/2024', '2023-02-29', 'soon', '', '2024']) expect(readDate(cell), cell).toBeUndefined();
  });
});

describe('a data category name', () => {
  it('is a special category when it names one of Art. 9 or 10, in the six languages', () => {
    for (const name of [
      'Health data',
      'Medical records',
      'données de santé',
      'Gesundheitsdaten',
      'Mitarbeitergesundheitsdaten',
      "дані про здоров'я",
      'здравословно състояние',
      'zdravstveni podatki',
      'Biometric templates',
      'Trade union membership',
      'appartenance syndicale',
      'Sexual orientation',
      'religiöse Überzeugungen',
      'Criminal records',
      'судимість',
      'kazenske obsodbe',
      'ethnic origin',
    ])
      expect(isSpecialCategoryName(name), name).toBe(true);
  });

  it('is not one for ordinary data, the gender field included', () => {
    for (const name of ['Name', 'Contact details', 'Sex', 'Spol', 'Bank account', 'IP address']) expect(isSpecialCategoryName(name), name).toBe(false);
  });
});
