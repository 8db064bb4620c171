// A DPO may accept a finding (who, when, why): it is still shown, marked accepted, for as long as what the rule judged
// is unchanged. When that changes, the finding is back, with the acceptance that lapsed beside it.
import { describe, expect, it } from 'vitest';
import { checkRegister, presentFindings, rawFindings } from '../../../../shared/checks/check-register.ts';
import type { Finding, FindingAcceptance } from '../../../../shared/checks/findings.ts';
import { registerView } from '../../../../shared/checks/register-view.ts';
import type { ExchangeDocument } from '../../../../shared/exchange/read.ts';
import {
  ACTIVITY,
  ORGANISATION,
  PROCESSOR,
  SUB_PROCESSOR,
  TODAY,
  activity,
  check,
  ofRule,
  onlyFinding,
  organisation,
  processor,
  register,
  type Fields,
} from './register-builder.ts';

const DECISION = { reason: 'Art. 27(2)(a) exemption: occasional processing only', by: 'Ana Novak (DPO)', at: '2026-11-30T10:00:00Z' };

function accept(finding: Finding, decision = DECISION): FindingAcceptance {
  if (finding.basis === undefined) throw new Error('a finding to accept carries its fingerprint');
  return { key: finding.key, basis: finding.basis, ...decision };
}

/** A Ukrainian controller without a representative, one activity using a processor whose US sub-processor has no transfer. */
function parts(org: Fields = {}, first: Fields = {}) {
  return {
    organisations: [organisation({ country: 'UA', ...org })],
    processors: [processor(PROCESSOR, { name: 'Zendesk, Inc.', country: 'IE' }), processor(SUB_PROCESSOR, { name: 'AWS', country: 'US', parentId: PROCESSOR })],
    activities: [activity(ACTIVITY, { processorIds: [PROCESSOR], nextReviewOn: '2026-11-01', ...first })],
  };
}

describe('an accepted finding', () => {
  it('comes back marked accepted, with who accepted it, when and why', () => {
    const document = register(parts());
    const finding = onlyFinding(check(document), 'representative-missing');
    const again = onlyFinding(check(document, { acceptances: [accept(finding)] }), 'representative-missing');
    expect(again.accepted).toEqual(DECISION);
    expect(again.lapsedAcceptance).toBeUndefined();
    expect(again.key).toBe(finding.key);
    expect(again.basis).toBe(finding.basis);
  });

  it('leaves the other findings unaccepted', () => {
    const document = register(parts());
    const findings = check(document);
    const marked = check(document, { acceptances: [accept(onlyFinding(findings, 'representative-missing'))] });
    expect(marked.filter((finding) => finding.accepted !== undefined).map((finding) => finding.rule)).toEqual(['representative-missing']);
    expect(marked.filter((finding) => finding.lapsedAcceptance !== undefined)).toEqual([]);
    expect(marked.map((finding) => finding.key)).toEqual(findings.map((finding) => finding.key));
  });

  it('is still shown, in its place among the findings', () => {
    const document = register(parts());
    const findings = check(document);
    const accepted = check(document, { acceptances: findings.map((finding) => accept(finding)) });
    expect(accepted.map((finding) => finding.rule)).toEqual(findings.map((finding) => finding.rule));
    expect(accepted.every((finding) => finding.accepted !== undefined)).toBe(true);
  });

  it('is matched by presentFindings on raw findings as well, in any language', () => {
    const document = register(parts());
    const view = registerView(document, 'en', TODAY);
    const finding = onlyFinding(presentFindings(rawFindings(view), view, { language: 'en', withBasis: true }), 'review-overdue');
    const worded = onlyFinding(presentFindings(rawFindings(view), view, { language: 'sl', acceptances: [accept(finding)] }), 'review-overdue');
    expect(worded.accepted).toEqual(DECISION);
  });
});

describe('an acceptance', () => {
  it('lapses when the field the rule judged changes, and the finding carries it as lapsed', () => {
    const before = onlyFinding(check(register(parts())), 'review-overdue');
    const moved = register(parts({}, { nextReviewOn: '2026-11-15' }));
    const after = onlyFinding(check(moved, { acceptances: [accept(before)] }), 'review-overdue');
    expect(after.key).toBe(before.key);
    expect(after.basis).not.toBe(before.basis);
    expect(after.accepted).toBeUndefined();
    expect(after.lapsedAcceptance).toEqual(DECISION);
  });

  it('lapses for a transfer found through a sub-processor when the activity’s transfers change', () => {
    const before = onlyFinding(check(register(parts())), 'transfer-via-subprocessor-unrecorded');
    const changed = parts({}, { confirmedNone: undefined, transfers: [{ country: 'IN', recipient: 'Support centre', mechanism: 'scc' }] });
    const after = onlyFinding(check(register(changed), { acceptances: [accept(before)] }), 'transfer-via-subprocessor-unrecorded');
    expect(after.lapsedAcceptance).toEqual(DECISION);
  });

  it('holds for a transfer found through a sub-processor when it adds a place inside the EEA', () => {
    const before = onlyFinding(check(register(parts())), 'transfer-via-subprocessor-unrecorded');
    const changed = parts();
    changed.processors[1] = { ...changed.processors[1], dataLocations: ['US', 'DE'] };
    const after = onlyFinding(check(register(changed), { acceptances: [accept(before)] }), 'transfer-via-subprocessor-unrecorded');
    expect(after.accepted).toEqual(DECISION);
  });

  it('lapses when the organisation’s country changes though it is still outside the EEA', () => {
    const before = onlyFinding(check(register(parts())), 'representative-missing');
    const after = onlyFinding(check(register(parts({ country: 'GB' })), { acceptances: [accept(before)] }), 'representative-missing');
    expect(after.key).toBe(before.key);
    expect(after.lapsedAcceptance).toEqual(DECISION);
  });

  it('holds when an unrelated field of the same record changes', () => {
    const findings = check(register(parts()));
    const acceptances = findings.map((finding) => accept(finding));
    const edited = register(
      parts({ name: 'Acme Ukraine LLC', website: 'https://acme.test' }, { name: 'Orders', purposes: ['Delivering orders'], owner: 'Sales' }),
    );
    const after = check(edited, { acceptances });
    expect(after.map((finding) => finding.rule)).toEqual(findings.map((finding) => finding.rule));
    for (const finding of after) {
      expect(finding.lapsedAcceptance, finding.rule).toBeUndefined();
      expect(finding.accepted, finding.rule).toEqual(DECISION);
    }
  });

  it('of a finding that is gone matches nothing and is not shown', () => {
    const before = onlyFinding(check(register(parts())), 'representative-missing');
    const fixed = check(register(parts({ representative: { name: 'Rep Sp. z o.o.', address: 'Warsaw' } })), { acceptances: [accept(before)] });
    expect(ofRule(fixed, 'representative-missing')).toEqual([]);
    expect(fixed.filter((finding) => finding.accepted !== undefined || finding.lapsedAcceptance !== undefined)).toEqual([]);
  });
});

describe('finding keys', () => {
  it('are the same on every run over the same register, and unique within it', () => {
    const document = register(parts());
    const first = check(document).map((finding) => [finding.key, finding.basis]);
    const second = check(structuredClone(document) as ExchangeDocument).map((finding) => [finding.key, finding.basis]);
    expect(second).toEqual(first);
    expect(new Set(first.map(([key]) => key)).size).toBe(first.length);
  });

  it('name the rule, the record and the field, and not the wording', () => {
    const document = register(parts());
    const english = onlyFinding(check(document), 'representative-missing');
    const bulgarian = onlyFinding(check(document, { language: 'bg' }), 'representative-missing');
    expect(english.key).toBe(`representative-missing|organisation|${ORGANISATION}|representative.name|`);
    expect(bulgarian.key).toBe(english.key);
    expect(bulgarian.basis).toBe(english.basis);
  });

  it('stay the same when the finding is worded differently (a renamed processor in the message)', () => {
    const before = onlyFinding(check(register(parts())), 'transfer-via-subprocessor-unrecorded');
    const renamed = parts();
    renamed.processors[0] = { ...renamed.processors[0], name: 'Zendesk International Ltd' };
    const after = onlyFinding(check(register(renamed), { acceptances: [accept(before)] }), 'transfer-via-subprocessor-unrecorded');
    expect(after.message).not.toBe(before.message);
    expect(after.key).toBe(before.key);
    expect(after.accepted).toEqual(DECISION);
  });

  it('tell two findings of one rule on one field apart (two countries of one processor)', () => {
    const twoPlaces = parts();
    twoPlaces.processors[1] = { ...twoPlaces.processors[1], dataLocations: ['SG'] };
    const found = ofRule(check(register(twoPlaces)), 'transfer-via-subprocessor-unrecorded');
    expect(found.map((finding) => finding.key)).toEqual([
      `transfer-via-subprocessor-unrecorded|activity|${ACTIVITY}|transfers|${SUB_PROCESSOR}:US`,
      `transfer-via-subprocessor-unrecorded|activity|${ACTIVITY}|transfers|${SUB_PROCESSOR}:SG`,
    ]);
  });

  it('are what checkRegister and presentFindings over rawFindings both give', () => {
    const document = register(parts());
    const view = registerView(document, 'en', TODAY);
    const direct = checkRegister({ content: document, defaultLanguage: 'en', today: TODAY }, { language: 'en' });
    expect(presentFindings(rawFindings(view), view, { language: 'en' })).toEqual(direct);
  });
});
