import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldIssues, firstIssue } from '../../../shared/model/issues.ts';
import { recordSchemas } from '../../../shared/model/records.ts';
import { generateRegister } from '../../tools/generate-register.ts';

const UNKNOWN = 'is not a field of the exchange format (extension fields must start with "x-")';

describe('the record schemas', () => {
  it('list an unknown field together with the invalid ones, for a form to show all at once', () => {
    const draft = {
      name: '  ',
      country: 'XX',
      colour: 'blue',
      'x-crm': 'ACC-1',
      supervisoryAuthority: { name: { en: '' }, fax: '123' },
    };
    const parsed = recordSchemas('en').organisationDraft.safeParse(draft);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(fieldIssues(parsed.error).map((issue) => `${issue.path}: ${issue.message}`)).toEqual([
      'name: must not be empty',
      'country: is not an ISO 3166-1 alpha-2 country code such as DE or UA',
      "supervisoryAuthority.name: has no text in the register's default language (en)",
      `supervisoryAuthority.fax: ${UNKNOWN}`,
      `colour: ${UNKNOWN}`,
    ]);
  });

  it('report the same first issue, and give the same record, when compiled to read a file', () => {
    const generated = generateRegister({ activities: 60, seed: 5 });
    const plain = recordSchemas('en');
    const compiled = z.compile(recordSchemas('en', 'first-issue').activity);
    for (const activity of generated.activities) {
      expect(JSON.stringify(compiled.parse(activity))).toBe(JSON.stringify(plain.activity.parse(activity)));
    }
    const [first] = generated.activities;
    if (first === undefined) throw new Error('no activity');
    const broken: Array<Record<string, unknown>> = [
      { ...first, name: '', colour: 'blue' },
      { ...first, colour: 'blue', status: 'done' },
      { ...first, legalBases: [{ basis: 'consnet', 'x-note': 1, note: 2 }], purposes: [] },
      { ...first, dataCategories: [{ name: { en: 'Contact' }, kind: 'ordinary' }], retention: undefined },
      { ...first, transfers: [{ country: 'Mars' }], organisationId: 'ABC' },
      { ...first, id: first.id.toUpperCase(), role: 'processor', controllers: [] },
    ];
    for (const record of broken) {
      const everyIssue = plain.activity.safeParse(record, { reportInput: true });
      const firstOnly = compiled.safeParse(record, { reportInput: true });
      expect(everyIssue.success || firstOnly.success).toBe(false);
      if (everyIssue.success || firstOnly.success) continue;
      expect(firstIssue(firstOnly.error).line).toBe(firstIssue(everyIssue.error).line);
    }
  });
});
