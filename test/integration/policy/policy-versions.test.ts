import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProcessingActivity } from '../../../shared/model/records.ts';
import { policyCatalogue } from '../../../shared/policy/catalogue/index.ts';
import { REPORT_LANGUAGES, type ReportLanguage } from '../../../shared/report/languages.ts';
import { ReportTexts } from '../../../shared/report/report-texts.ts';
// In-process: this test is about what `ropa policy` prints, not about the process; the same runCli, arguments, output
// and exit codes, without a Node start per command (see cli-in-process.ts).
import { ropaInProcess as ropa } from '../../support/cli-in-process.ts';
import { activityDraft, organisationDraft, startBackend, tempFolder } from '../backend/support.ts';
import { registerFrom } from './policy-tools.ts';

/** A date as the policy writes it in `language` (English with the day first, as in the EU). */
/** The date as the policy writes it in `language` (Slovenian with the month in the genitive). */
function longDate(moment: string, language: ReportLanguage): string {
  return new ReportTexts(language, '', 'en').date(moment);
}

/** A register of one controller with one active, public activity kept for "2 years". */
async function payrollRegister() {
  const started = startBackend();
  const created = await started.call('createFile', { path: path.join(tempFolder(), 'sava.ropa'), name: 'Sava Logistics', defaultLanguage: 'en' });
  if (!('info' in created)) throw new Error('the register was not created');
  const organisation = await started.call('saveOrganisation', { record: { ...organisationDraft(), email: 'privacy@sava.example' } });
  const payroll = await started.call('saveActivity', {
    record: activityDraft(organisation.id, 'Payroll', {
      purposes: ['Paying salaries'],
      dataCategories: [{ name: 'Bank account details' }],
      retention: '2 years',
    }),
  });
  return { ...started, organisation, payroll };
}

/** The activity saved again with `changes` (the whole record, as the app's form saves it). */
function edited(activity: ProcessingActivity, changes: Partial<ProcessingActivity>): Record<string, unknown> {
  return { ...activity, ...changes };
}

describe('published versions of the privacy policy', () => {
  it('before anything is published, the preview has nothing to compare with and is dated as prepared today', async () => {
    const { call } = await payrollRegister();
    const preview = await call('previewPolicy', { language: 'en' });
    expect(preview.changes).toEqual({ since: null, text: [], material: [] });
    expect(preview.policy.versionLine).toBe('Prepared on 20 November 2026');
    expect(await call('listPolicyVersions', {})).toEqual([]);
  });

  it('publishing records version 1, which the preview then names in every language, with nothing changed', async () => {
    const { call, clock } = await payrollRegister();
    const revision = (await call('registerInfo', {})).revision;
    clock.set('2026-11-21T09:30:00Z');
    const published = await call('publishPolicy', {});
    expect(published).toEqual({ version: 1, publishedAt: '2026-11-21T09:30:00Z', registerRevision: revision });

    clock.set('2026-12-03T08:00:00Z');
    for (const language of REPORT_LANGUAGES) {
      const preview = await call('previewPolicy', { language });
      expect(preview.policy.versionLine).toBe(policyCatalogue(language).version(1, longDate('2026-11-21', language)));
      expect(preview.changes).toEqual({ since: { version: 1, publishedAt: '2026-11-21T09:30:00Z' }, text: [], material: [] });
    }
    expect((await call('previewPolicy', { language: 'en' })).policy.versionLine).toBe('Version 1, published on 21 November 2026');
    expect(await call('listPolicyVersions', {})).toEqual([published]);
    // And the audit log says who published which version, on the organisation whose policy it is.
    const [entry] = await call('listAudit', { kinds: ['publish-policy'] });
    expect(entry).toMatchObject({ kind: 'publish-policy', action: 'publish', recordType: 'organisation', at: '2026-11-21T09:30:00Z', actor: 'dpo@test' });
    expect(entry?.changes).toEqual([{ field: 'policyVersion', old: null, new: 1 }]);
  });

  it('lists the material changes of a changed register and its text line by line; publishing again makes version 2, listed first', async () => {
    const { call, clock, payroll } = await payrollRegister();
    clock.set('2026-11-21T09:30:00Z');
    const first = await call('publishPolicy', {});
    if ('blocked' in first) throw new Error(`publishing was held back: ${first.blocked.map((finding) => finding.rule).join(', ')}`);

    clock.set('2026-12-03T08:00:00Z');
    await call('saveActivity', {
      record: edited(payroll, {
        purposes: ['Paying salaries', 'Paying pension contributions'],
        dataCategories: [{ name: 'Bank account details' }, { name: 'Tax number' }],
        retention: '5 years',
        transfers: [{ country: 'US', recipient: 'Payroll Cloud Inc.', mechanism: 'scc' }],
      }),
    });

    const preview = await call('previewPolicy', { language: 'en' });
    expect(preview.changes.since).toEqual({ version: 1, publishedAt: '2026-11-21T09:30:00Z' });
    expect(preview.changes.material).toEqual([
      { kind: 'purpose', text: 'Payroll: Paying pension contributions' },
      { kind: 'transfer', text: 'US: Payroll Cloud Inc.' },
      { kind: 'data-category', text: 'Payroll: Tax number' },
      { kind: 'retention', text: 'Payroll: 2 years → 5 years', retention: 'longer' },
    ]);
    const added = preview.changes.text
      .filter((part) => part.kind === 'added')
      .flatMap((part) => part.lines)
      .join('\n');
    const removed = preview.changes.text
      .filter((part) => part.kind === 'removed')
      .flatMap((part) => part.lines)
      .join('\n');
    expect(added).toContain('Paying pension contributions');
    expect(added).toContain('Tax number');
    expect(added).toContain('5 years');
    expect(added).toContain('United States');
    expect(added).toContain('Payroll Cloud Inc.');
    expect(removed).toContain('2 years');
    expect(removed).not.toContain('5 years');
    // The text is not the published one any more: it is dated as prepared today, not as version 1.
    expect(preview.policy.versionLine).toBe('Prepared on 3 December 2026');

    clock.set('2026-12-10T10:00:00Z');
    const second = await call('publishPolicy', {});
    if ('blocked' in second) throw new Error(`publishing was held back: ${second.blocked.map((finding) => finding.rule).join(', ')}`);
    expect(second).toMatchObject({ version: 2, publishedAt: '2026-12-10T10:00:00Z' });
    expect(second.registerRevision).toBeGreaterThan(first.registerRevision);
    expect(await call('listPolicyVersions', {})).toEqual([second, first]);
    const after = await call('previewPolicy', { language: 'en' });
    expect(after.changes).toEqual({ since: { version: 2, publishedAt: '2026-12-10T10:00:00Z' }, text: [], material: [] });
    expect(after.policy.versionLine).toBe('Version 2, published on 10 December 2026');
  });

  it('does not count a shorter retention or a dropped purpose as material, but flags a retention changed in words it cannot measure', async () => {
    const { call, payroll } = await payrollRegister();
    await call('saveActivity', { record: edited(payroll, { purposes: ['Paying salaries', 'Paying bonuses'] }) });
    const withBonuses = await call('getActivity', { id: payroll.id });
    await call('publishPolicy', {});

    const shorter = await call('saveActivity', { record: edited(withBonuses, { purposes: ['Paying salaries'], retention: '18 months' }) });
    const preview = await call('previewPolicy', { language: 'en' });
    expect(preview.changes.material).toEqual([]);
    expect(preview.changes.text.some((part) => part.kind === 'removed' && part.lines.some((line) => line.includes('Paying bonuses')))).toBe(true);

    await call('saveActivity', { record: edited(shorter, { retention: 'Until the employment ends' }) });
    expect((await call('previewPolicy', { language: 'en' })).changes.material).toEqual([
      { kind: 'retention', text: 'Payroll: 2 years → Until the employment ends', retention: 'changed' },
    ]);
  });

  it('speaks only of the activities the policy shows: a new internal activity is no material change', async () => {
    const { call, organisation } = await payrollRegister();
    await call('publishPolicy', {});
    await call('saveActivity', { record: activityDraft(organisation.id, 'Internal audit', { public: false, purposes: ['Auditing the accounts'] }) });
    const preview = await call('previewPolicy', { language: 'en' });
    expect(preview.changes.material).toEqual([]);
    expect(preview.changes.text).toEqual([]);
  });
});

describe('ropa policy --diff-from-published and --publish', () => {
  // --lang sl is also the language of the messages; --publish, without it, speaks the locale's (English in the tests).
  it('says there is nothing to compare with, publishes, then prints the material changes and the text that changed', async () => {
    const register = await registerFrom('btc-sl');
    const before = await ropa(['policy', register, '--diff-from-published', '--lang', 'sl']);
    expect(before.status, before.stderr).toBe(0);
    expect(before.stdout).toBe('Nobena različica politike zasebnosti še ni bila objavljena: ni s čim primerjati.\n');

    // BTC records no contact for the controller, an error in what the policy publishes: published only on purpose.
    const published = await ropa(['policy', register, '--publish', '--ignore-checks']);
    expect(published.status, published.stderr).toBe(0);
    expect(published.stdout).toMatch(/^Published version 1 of the privacy policy \(register revision \d+, \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\)\.\n$/);
    const unchanged = await ropa(['policy', register, '--diff-from-published', '--lang', 'sl']);
    expect(unchanged.stdout).toMatch(
      /^Spremembe od različice 1 \(objavljena [^)]+\):\nNi bistvenih sprememb\.\nBesedilo v jeziku sl je enako objavljenemu\.\n$/,
    );

    // The DPO edits an activity in the app (the backend, in this process), then closes the register.
    const app = startBackend();
    await app.call('openFile', { path: register });
    const summary = (await app.call('listActivities', {})).find((activity) => activity.name === 'Personalizirani oglasi');
    if (summary === undefined) throw new Error('btc-sl has an activity "Personalizirani oglasi"');
    const ads = await app.call('getActivity', { id: summary.id });
    await app.call('saveActivity', {
      record: edited(ads, { purposes: [...ads.purposes, 'Merjenje uspešnosti oglasov'], retention: '5 let' }),
    });
    app.backend.close();

    const diff = await ropa(['policy', register, '--diff-from-published', '--lang', 'sl']);
    expect(diff.status, diff.stderr).toBe(0);
    const lines = diff.stdout.split('\n');
    expect(lines[0]).toMatch(/^Spremembe od različice 1 \(objavljena .+\):$/);
    expect(lines[1]).toBe('Bistvene spremembe (o njih je treba obvestiti posameznike, preden začnejo veljati):');
    expect(lines).toContain('  nov namen: Personalizirani oglasi: Merjenje uspešnosti oglasov');
    expect(lines).toContain('  spremenjen rok hrambe, preverite, ali je daljši: Personalizirani oglasi: Rok hrambe v politiki ni določen. → 5 let');
    expect(lines).toContain('Besedilo (sl):');
    expect(lines.some((line) => line.startsWith('+ ') && line.includes('Merjenje uspešnosti oglasov'))).toBe(true);
    expect(lines.some((line) => line.startsWith('- ') && line.includes('Personalizirani oglasi'))).toBe(true);
  });
});
