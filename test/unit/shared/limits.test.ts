// How long a register's texts may be (shared/model/limits.ts): refused beyond the limit, with the length and the limit
// stated, in the editors (the draft schemas), the register's saves and every file read (the exchange reader).
import { describe, expect, it } from 'vitest';
import { parseExchangeText } from '../../../shared/exchange/read.ts';
import { fieldIssues } from '../../../shared/model/issues.ts';
import { LIMITS, limitKindOf, tooLongMessage, type LimitKind } from '../../../shared/model/limits.ts';
import { recordSchemas } from '../../../shared/model/records.ts';
import { setAt } from '../../../renderer/src/components/form/path.ts';
import { fixtureText } from './fixture-text.ts';

const ORGANISATION = '00000000-0000-4000-8000-00000000000a';
const PROCESSOR = '00000000-0000-4000-8000-0000000000b1';

/** Valid drafts of each type, with every field a limit applies to filled in (so a test can lengthen any one). */
const drafts = {
  organisation: {
    name: 'Acme d.o.o.',
    legalForm: 'd.o.o.',
    address: 'Dunajska 1, Ljubljana',
    country: 'SI',
    email: 'privacy@acme.test',
    dpo: { name: 'Ana Novak', email: 'dpo@acme.test' },
    representative: { name: 'Rep GmbH', address: 'Berlin' },
    supervisoryAuthority: { name: 'Information Commissioner', address: 'Dunajska 22' },
    channels: ['privacy@acme.test'],
    securityMeasures: ['Encryption at rest'],
    publicSecurityMeasures: ['Encryption'],
  },
  processor: {
    name: 'Hetzner Online GmbH',
    service: 'Hosting',
    address: 'Industriestr. 25, Gunzenhausen',
    contact: 'dpo@hetzner.test',
    dpa: { signedOn: '2025-01-15', reference: 'DPA-1' },
  },
  activity: {
    organisationId: ORGANISATION,
    role: 'controller',
    name: 'Payroll',
    description: 'Paying salaries',
    publicDescription: 'We pay you',
    notes: 'Ask HR',
    purposes: ['Paying salaries'],
    legalBases: [{ basis: 'contract', detail: 'Employment contract' }],
    dataSubjects: ['Employees'],
    dataCategories: [{ name: 'Bank details', retention: '7 years' }],
    sources: ['The employee'],
    recipients: ['Tax office'],
    processorIds: [PROCESSOR],
    transfers: [{ country: 'US', recipient: 'Parent Inc.', safeguards: 'SCCs' }],
    retention: '7 years after leaving',
    securityMeasures: ['Role-based access'],
    jointControllers: [{ name: 'Other Ltd', contact: 'dpo@other.test' }],
    automatedDecisionMaking: { solelyAutomated: false, significantEffects: false, profiling: false, logic: 'None', consequences: 'None' },
    dpia: { required: true, reason: 'Large scale', reference: 'DPIA-1' },
    public: false,
    status: 'draft',
    owner: 'HR',
  },
} as const;

type DraftType = keyof typeof drafts;
const schemaOf = (type: DraftType) => recordSchemas('en')[`${type}Draft`];

/** Every string of a draft, by path: the fields a limit applies to. */
function stringPaths(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringPaths(item, `${path}[${index}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => stringPaths(item, path === '' ? key : `${path}.${key}`));
  }
  return [];
}

/** The issues of `draft` with the text at `path` made `length` characters long. */
function issuesWith(type: DraftType, path: string, length: number) {
  const draft = setAt(structuredClone(drafts[type]) as Record<string, unknown>, path, 'x'.repeat(length));
  const parsed = schemaOf(type).safeParse(draft);
  return parsed.success ? [] : fieldIssues(parsed.error);
}

// Identifiers, codes and dates have formats of their own, not limits.
const NOT_TEXT = /(^|\.)(organisationId|country|role|status|basis|signedOn|completedOn|processorIds\[\d+\])$/;

describe('the limits of the record schemas', () => {
  for (const type of Object.keys(drafts) as DraftType[]) {
    it(`agree with limitKindOf for every text of a${type === 'activity' || type === 'organisation' ? 'n' : ''} ${type}`, () => {
      expect(schemaOf(type).safeParse(drafts[type]).success).toBe(true);
      const paths = stringPaths(drafts[type]).filter((path) => !NOT_TEXT.test(path));
      expect(paths.length).toBeGreaterThan(4);
      for (const path of paths) {
        const kind = limitKindOf(path);
        const limit = LIMITS[kind];
        expect(issuesWith(type, path, limit), `${path} at its limit of ${limit}`).toEqual([]);
        expect(issuesWith(type, path, limit + 1), `${path} over its limit`).toEqual([{ path, message: tooLongMessage(limit + 1, kind) }]);
      }
    });
  }
});

describe('a text over its limit', () => {
  it('is refused with its length and the limit: a 5,000-character name', () => {
    expect(issuesWith('processor', 'name', 5000)).toEqual([{ path: 'name', message: 'is 5,000 characters long; a name is at most 200' }]);
  });

  it('says which translation is too long', () => {
    const draft = { ...drafts.processor, name: { en: 'Hetzner', uk: 'Г'.repeat(201) } };
    const parsed = schemaOf('processor').safeParse(draft);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(fieldIssues(parsed.error)).toEqual([{ path: 'name', message: 'has a translation into uk that is 201 characters long; a name is at most 200' }]);
  });

  it('is refused by the reader of register files, with where it is', () => {
    const text = fixtureText((document) => Object.assign(document.activities[0] ?? {}, { name: 'x'.repeat(300) }));
    expect(() => parseExchangeText(text)).toThrow(/^activities\[0\]\.name: .* is 300 characters long; a name is at most 200$/);
  });

  it('is described for each kind of field', () => {
    const messages = (['name', 'short', 'long'] as LimitKind[]).map((kind) => tooLongMessage(LIMITS[kind] + 1, kind));
    expect(messages).toEqual([
      'is 201 characters long; a name is at most 200',
      'is 1,001 characters long; a short text such as this is at most 1,000',
      'is 20,001 characters long; a text is at most 20,000',
    ]);
  });
});

describe('the kind of limit of a field', () => {
  it('follows from its path', () => {
    expect(limitKindOf('name')).toBe('name');
    expect(limitKindOf('controllers[2].name')).toBe('name');
    expect(limitKindOf('dataCategories[0].retention')).toBe('long');
    expect(limitKindOf('purposes[3]')).toBe('long');
    expect(limitKindOf('dataSubjects[0]')).toBe('short');
    expect(limitKindOf('dpa.reference')).toBe('short');
  });
});
