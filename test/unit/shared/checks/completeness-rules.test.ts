// The Art. 30(1) items an active record must give: purposes, legal basis, data subjects, data categories, the time limit
// for erasure. Empty, or only a placeholder ("TBD", "-"), they are missing; a draft is not judged on them yet.
import { describe, expect, it } from 'vitest';
import { activityRules, presentFindings } from '../../../../shared/checks/check-register.ts';
import type { Finding, RawFinding, RuleId } from '../../../../shared/checks/findings.ts';
import { registerView } from '../../../../shared/checks/register-view.ts';
import type { ProcessingActivity } from '../../../../shared/model/records.ts';
import { ACTIVITY, TODAY, activity, expectFound, expectQuiet, findingsOf, onlyFinding, register, rulesIn, without } from './register-builder.ts';

const COMPLETENESS: RuleId[] = ['purpose-missing', 'legal-basis-missing', 'subjects-missing', 'data-categories-missing', 'retention-missing'];
const onTheActivity = (field: string) => [{ type: 'activity' as const, id: ACTIVITY, field }];

/**
 * What the editor finds as the person types: an activity read as a draft (the reader refuses an active record with an
 * empty Art. 30 item), then set active with `change`, judged by `activityRules` and worded as the register's findings are.
 */
function whileEditing(change: Partial<ProcessingActivity>): Finding[] {
  const document = register({ activities: [activity(ACTIVITY, { status: 'draft' })] });
  const edited = { ...(document.activities[0] as ProcessingActivity), status: 'active', ...change } as ProcessingActivity;
  const view = registerView({ ...document, activities: [edited] }, 'en', TODAY);
  const raw: RawFinding[] = [];
  activityRules(edited, view, (finding) => void raw.push(finding));
  return presentFindings(raw, view, { language: 'en' });
}

describe('the completeness rules on a complete active record', () => {
  it('stay quiet', () => {
    const findings = findingsOf({});
    for (const rule of COMPLETENESS) expectQuiet(findings, rule);
  });
});

describe('purpose-missing', () => {
  it('fires when every purpose is a placeholder, quoting it', () => {
    const findings = findingsOf({ activities: [activity(ACTIVITY, { purposes: ['TBD', '-'] })] });
    const [finding] = expectFound(findings, 'purpose-missing', onTheActivity('purposes'));
    expect(finding?.message).toBe('The purpose says only “TBD”.');
    expect(finding?.source).toBe('Art. 30(1)(b) GDPR');
  });

  it('fires in the editor when the list is emptied', () => {
    const finding = onlyFinding(whileEditing({ purposes: [] }), 'purpose-missing');
    expect(finding.severity).toBe('error');
    expect(finding.field).toBe('purposes');
    expect(finding.message).toBe('No purpose of the processing is recorded.');
  });

  it('stays quiet when one purpose of several says something', () => {
    expectQuiet(findingsOf({ activities: [activity(ACTIVITY, { purposes: ['TBD', 'Delivering orders'] })] }), 'purpose-missing');
  });

  it('stays quiet when a translation says something though the default text is a placeholder', () => {
    expectQuiet(findingsOf({ activities: [activity(ACTIVITY, { purposes: [{ en: 'TBD', sl: 'Dostava naročil' }] })] }), 'purpose-missing');
  });
});

describe('legal-basis-missing', () => {
  it('fires in the editor when a controller’s active record has no legal basis', () => {
    const finding = onlyFinding(whileEditing({ legalBases: [] }), 'legal-basis-missing');
    expect(finding.severity).toBe('error');
    expect(finding.field).toBe('legalBases');
    expect(finding.message).toBe('No legal basis (Art. 6(1)) is recorded.');
  });

  it('fires for a joint controller too', () => {
    expect(rulesIn(whileEditing({ role: 'joint-controller', jointControllers: [{ name: 'Partner SE' }], legalBases: undefined }))).toContain(
      'legal-basis-missing',
    );
  });

  it('stays quiet for a processor’s record, which acts on its controller’s basis (Art. 30(2))', () => {
    const findings = findingsOf({ activities: [activity(ACTIVITY, { role: 'processor', controllers: [{ name: 'Client Ltd' }], legalBases: undefined })] });
    expectQuiet(findings, 'legal-basis-missing');
  });

  it('stays quiet when a basis is recorded', () => {
    expectQuiet(findingsOf({}), 'legal-basis-missing');
  });
});

describe('subjects-missing', () => {
  it('fires when the data subjects are only a placeholder', () => {
    const findings = findingsOf({ activities: [activity(ACTIVITY, { dataSubjects: ['n/a'] })] });
    const [finding] = expectFound(findings, 'subjects-missing', onTheActivity('dataSubjects'));
    expect(finding?.message).toBe('The categories of data subjects say only “n/a”.');
  });

  it('fires in the editor when the list is emptied', () => {
    expect(onlyFinding(whileEditing({ dataSubjects: [] }), 'subjects-missing').message).toBe('No category of data subjects is recorded.');
  });

  it('stays quiet when the subjects are named', () => {
    expectQuiet(findingsOf({}), 'subjects-missing');
  });
});

describe('data-categories-missing', () => {
  it('fires when every data category’s name is a placeholder', () => {
    const findings = findingsOf({ activities: [activity(ACTIVITY, { dataCategories: [{ name: '?' }, { name: 'xxx' }] })] });
    const [finding] = expectFound(findings, 'data-categories-missing', onTheActivity('dataCategories'));
    expect(finding?.message).toBe('The categories of personal data say only “?”.');
  });

  it('fires in the editor when the list is emptied', () => {
    expect(onlyFinding(whileEditing({ dataCategories: [] }), 'data-categories-missing').field).toBe('dataCategories');
  });

  it('stays quiet when a category is named', () => {
    expectQuiet(findingsOf({ activities: [activity(ACTIVITY, { dataCategories: [{ name: '?' }, { name: 'E-mail address' }] })] }), 'data-categories-missing');
  });
});

describe('retention-missing', () => {
  it('fires when the time limit is only a placeholder (and does not call it vague as well)', () => {
    const findings = findingsOf({ activities: [activity(ACTIVITY, { retention: 'TBD' })] });
    const [finding] = expectFound(findings, 'retention-missing', onTheActivity('retention'));
    expect(finding?.message).toBe('The time limit for erasure says only “TBD”.');
    expectQuiet(findings, 'retention-vague');
  });

  it.each(['-', '—', 'tbd', 'N/A', 'Не визначено', 'н/п', 'Še ni določeno'])('counts “%s” as no time limit', (placeholder) => {
    expectFound(findingsOf({ activities: [activity(ACTIVITY, { retention: placeholder })] }), 'retention-missing', onTheActivity('retention'));
  });

  it('fires when the general limit is a placeholder and only some categories have their own', () => {
    const dataCategories = [{ name: 'Delivery address', retention: '12 months' }, { name: 'Purchase history' }];
    expectFound(findingsOf({ activities: [activity(ACTIVITY, { retention: '-', dataCategories })] }), 'retention-missing', onTheActivity('retention'));
  });

  it('fires in the editor when the time limit is removed', () => {
    expect(onlyFinding(whileEditing({ retention: undefined }), 'retention-missing').message).toBe('No time limit for erasure is recorded.');
  });

  it('stays quiet when every data category has a limit of its own', () => {
    const dataCategories = [
      { name: 'Delivery address', retention: '12 months' },
      { name: 'Purchase history', retention: '5 years' },
    ];
    expectQuiet(findingsOf({ activities: [activity(ACTIVITY, { retention: 'TBD', dataCategories })] }), 'retention-missing');
  });

  it('stays quiet when a time limit is given', () => {
    expectQuiet(findingsOf({}), 'retention-missing');
  });
});

describe('a draft', () => {
  it('gets no completeness errors, however empty it is', () => {
    const draft = without(activity(ACTIVITY, { status: 'draft', purposes: [], dataSubjects: [], dataCategories: [], legalBases: [] }), 'retention');
    const findings = findingsOf({ activities: [draft] });
    for (const rule of COMPLETENESS) expectQuiet(findings, rule);
  });

  it('gets none for placeholders either', () => {
    const draft = activity(ACTIVITY, { status: 'draft', purposes: ['TBD'], dataSubjects: ['-'], dataCategories: [{ name: '?' }], retention: 'TBD' });
    const findings = findingsOf({ activities: [draft] });
    for (const rule of COMPLETENESS) expectQuiet(findings, rule);
  });
});

describe('a retired activity', () => {
  it('is not checked at all: it is no longer carried out', () => {
    const retired = activity(ACTIVITY, {
      status: 'retired',
      purposes: ['TBD'],
      retention: 'indefinitely',
      dataCategories: [{ name: 'Health data', special: true }],
      lastReviewedOn: '2019-01-01',
      nextReviewOn: '2020-01-01',
      confirmedNone: undefined,
      recipients: undefined,
      securityMeasures: undefined,
      transfers: [{ country: 'US', recipient: 'Parent Inc.', mechanism: 'privacy-shield' }],
    });
    expect(findingsOf({ activities: [retired] })).toEqual([]);
  });
});
