// `ropa diff`: the register compared between two dates, both rebuilt from its audit log. The register is written
// by the backend with a clock the test sets (January, March, June), so its history has dates far apart; the
// command line then reads it as the DPO's script would.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/main/backend/index.ts';
import type { CommandInput, CommandName, CommandOutputs, RegisterComparison } from '../../../shared/ipc/contract.ts';
import { tempDir } from '../../support/cli.ts';
import { ropaInProcess } from '../../support/cli-in-process.ts';
import { pdfText } from '../../support/pdf-tools.ts';
import { activityDraft, noDialogs, organisationDraft, processorDraft, sequentialIds, testClock } from '../backend/support.ts';

let folder: string;
let register: string;

/** A register kept since 10 January 2026: a purpose added, a processor removed and an activity renamed on 15 March, a processor added on 1 June. */
async function registerWithAHistory(file: string): Promise<void> {
  const clock = testClock('2026-01-10T09:00:00Z');
  const backend = createBackend({ dataDir: tempDir('ropa-diff-data-'), host: noDialogs, actor: 'dpo@test', clock: clock.now, newId: sequentialIds() });
  const call = async <Name extends CommandName>(name: Name, input: CommandInput<Name>): Promise<CommandOutputs[Name]> => {
    const result = await backend.invoke(name, input);
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.value as CommandOutputs[Name];
  };
  try {
    await call('createFile', { path: file, name: 'Sava Logistics register', defaultLanguage: 'en' });
    const organisation = await call('saveOrganisation', { record: organisationDraft() });
    const mailer = await call('saveProcessor', { record: processorDraft('MailBox GmbH') });
    const payroll = await call('saveActivity', { record: activityDraft(organisation.id, 'Payroll') });
    const hiring = await call('saveActivity', { record: activityDraft(organisation.id, 'Hiring', { processorIds: [mailer.id] }) });
    clock.set('2026-03-15T09:00:00Z');
    await call('saveActivity', { record: { ...payroll, purposes: ['Paying salaries', 'Paying pensions'] } });
    await call('saveActivity', { record: { ...hiring, name: 'Recruitment', processorIds: [] } });
    await call('deleteProcessor', { id: mailer.id });
    clock.set('2026-06-01T09:00:00Z');
    await call('saveProcessor', { record: processorDraft('Archive Ltd', { country: 'GB' }) });
  } finally {
    backend.close();
  }
}

beforeAll(async () => {
  folder = tempDir('ropa-diff-');
  register = path.join(folder, 'register.ropa');
  await registerWithAHistory(register);
});

describe('ropa diff', () => {
  it('prints a summary, then the material changes first, each record named as at --to, each field before and after', async () => {
    const run = await ropaInProcess(['diff', register, '--from', '2026-02-01', '--to', '2026-04-01']);
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'Sava Logistics register: changes from 2026-02-01T00:00:00Z to 2026-04-01T00:00:00Z (revision 4 → 7): added: 0, removed: 1, changed: 2, with material changes: 1.',
    );
    expect(lines.slice(1)).toEqual([
      '',
      'Material changes:',
      'activity PA-0001 “Payroll”: changed (new purpose)',
      '  purposes (new purpose) — Paying salaries → Paying salaries; Paying pensions',
      '',
      'Other changes:',
      'processor “MailBox GmbH”: removed',
      'activity PA-0002 “Recruitment”: changed',
      '  name — Hiring → Recruitment',
      '  processors — MailBox GmbH → (none)',
    ]);
  });

  it('compares with the register now when --to is absent', async () => {
    const run = await ropaInProcess(['diff', register, '--from', '2026-04-01']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Sava Logistics register: changes from 2026-04-01T00:00:00Z to \S+Z \(revision 7 → 8\): added: 1,/);
    expect(run.stdout).toContain('\nOther changes:\nprocessor “Archive Ltd”: added\n');
  });

  it('prints the comparison as JSON with --json, and in the language of --lang', async () => {
    const json = await ropaInProcess(['diff', register, '--from', '2026-02-01', '--to', '2026-04-01', '--json']);
    const comparison = JSON.parse(json.stdout) as RegisterComparison;
    expect(comparison.records.map((record) => [record.name, record.change, record.material])).toEqual([
      ['Payroll', 'changed', ['purposes']],
      ['MailBox GmbH', 'removed', []],
      ['Recruitment', 'changed', []],
    ]);
    const ukrainian = await ropaInProcess(['diff', register, '--from', '2026-02-01', '--to', '2026-04-01', '--lang', 'uk']);
    expect(ukrainian.stdout).toContain('\nСуттєві зміни:\nоперація з обробки PA-0001 «Payroll»: змінено (нова мета)\n  цілі (нова мета) — Paying salaries → ');
    expect(ukrainian.stdout).toContain('розпорядник «MailBox GmbH»: вилучено');
  });

  it('writes the PDF for the annual review with --out, holding the changes, and says where', async () => {
    const file = path.join(folder, 'diff.pdf');
    const run = await ropaInProcess(['diff', register, '--from', '2026-02-01', '--to', '2026-04-01', '--out', file]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(`Wrote ${file}: the changes from 2026-02-01T00:00:00Z to 2026-04-01T00:00:00Z, 1 page, language en.\n`);
    const text = pdfText(file);
    expect(text).toContain('Changes to the register “Sava Logistics register”');
    expect(text).toContain('From 1 February 2026, 00:00 UTC to 1 April 2026, 00:00 UTC');
    expect(text).toMatch(/Material changes .* Activity PA-0001 “Payroll” changed · new purpose .*Paying pensions Other changes/);
    expect(text).toContain('Processor “MailBox GmbH” removed');
    expect(text).toContain('Activity PA-0002 “Recruitment” changed');
  });

  it('refuses dates it cannot read, a start after the end or before the history, and a missing --from', async () => {
    const unreadable = await ropaInProcess(['diff', register, '--from', 'last year']);
    expect(unreadable.status).toBe(2);
    expect(unreadable.stderr).toContain('--from last year: give a date');
    expect((await ropaInProcess(['diff', register, '--from', '2026-02-01', '--to', 'June'])).stderr).toContain('--to June: give a date');
    const backwards = await ropaInProcess(['diff', register, '--from', '2026-04-01', '--to', '2026-02-01']);
    expect(backwards.status).toBe(1);
    expect(backwards.stderr).toContain('The comparison would start after it ends: 1 April 2026 at 00:00 UTC is later than 1 February 2026 at 00:00 UTC');
    const early = await ropaInProcess(['diff', register, '--from', '2025-12-01']);
    expect(early.status).toBe(1);
    expect(early.stderr).toContain('history is kept in full from 10 January 2026 at 09:00 UTC: it cannot be compared from 1 December 2025 at 00:00 UTC');
    const missing = await ropaInProcess(['diff', register]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('diff needs --from DATE');
    expect((await ropaInProcess(['diff', register, '--from', '2026-02-01', '--lang', 'de'])).stderr).toContain(
      '--lang de: the comparison is written in en, uk, bg, sl',
    );
  });
});
