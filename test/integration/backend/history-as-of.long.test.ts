// The register as of any moment, rebuilt from the audit log alone, is the register as it was exported at that moment:
// through random sequences of edits, deletions, renames, merges of a colleague's file, undone imports and restored
// backups (which put an older file in place and carry the newer history into it).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExchangeDocument } from '../../../shared/exchange/read.ts';
import { timestamp } from '../../../shared/model/dates.ts';
import { activityDraft, organisationDraft, startWithRegister, tempFolder } from './support.ts';

type Started = Awaited<ReturnType<typeof startWithRegister>>;
type Step = 'add' | 'edit' | 'delete' | 'rename' | 'merge' | 'undo-import' | 'restore';

const withoutExportTime = ({ exportedAt: _exportedAt, ...document }: ExchangeDocument) => document;

/** One step on the register; a step with nothing to work on (no activity, no import to undo) does nothing. */
async function take(started: Started, step: Step, index: number, organisationId: string): Promise<void> {
  const { call } = started;
  const activities = await call('listActivities', {});
  const target = activities[index % Math.max(activities.length, 1)];
  if (step === 'add') await call('saveActivity', { record: activityDraft(organisationId, `Activity ${index}`) });
  if (step === 'edit' && target !== undefined) {
    const record = await call('getActivity', { id: target.id });
    await call('saveActivity', { record: { ...record, retention: `${index} years after the contract ends` } });
  }
  if (step === 'delete' && target !== undefined) await call('deleteActivity', { id: target.id });
  if (step === 'rename') await call('updateRegister', { name: `Register, version ${index}` });
  if (step === 'merge') {
    // A colleague's file: the register exported, one activity's purposes changed and one activity added.
    const file = path.join(tempFolder(), `colleague-${index}.ropa.json`);
    await call('exportForColleague', { format: 'json', path: file });
    const document = JSON.parse(readFileSync(file, 'utf8')) as ExchangeDocument;
    const first = document.activities[0];
    if (first !== undefined) first.purposes = [`Purpose added by a colleague in step ${index}`];
    const added = { ...activityDraft(organisationId, `From a colleague ${index}`), id: `c0000000-0000-4000-8000-${String(index).padStart(12, '0')}` };
    document.activities.push({ ...added, revision: 1, updatedAt: document.exportedAt } as never);
    writeFileSync(file, JSON.stringify(document));
    const preview = await call('previewMerge', { path: file });
    if (!('cancelled' in preview)) await call('applyMerge', { path: file, sha256: preview.sha256, resolutions: { all: 'theirs' } });
  }
  if (step === 'undo-import') {
    const backups = await call('listBackups', {});
    if (backups.backups.some((backup) => backup.reason === 'import')) await call('undoLastImport', {});
  }
  if (step === 'restore') {
    const { backups } = await call('listBackups', {});
    const chosen = backups[index % Math.max(backups.length, 1)];
    if (chosen !== undefined) await call('restoreBackup', { name: chosen.name });
  }
}

describe('the register as of a moment', () => {
  it('is, for every step of random edits, merges, undone imports and restores, the register exported at that step', async () => {
    const step = fc.constantFrom<Step>('add', 'add', 'edit', 'delete', 'rename', 'merge', 'undo-import', 'restore');
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 4, maxLength: 14 }), async (steps) => {
        const started = await startWithRegister();
        const organisation = await started.call('saveOrganisation', { record: organisationDraft() });
        await started.call('saveActivity', { record: activityDraft(organisation.id, 'Payroll') });
        const exported: Array<{ at: string; document: ExchangeDocument }> = [];
        for (const [index, next] of steps.entries()) {
          started.clock.advance(61);
          await take(started, next, index, organisation.id);
          exported.push({ at: timestamp(started.clock.now()), document: await started.call('exportRegister', {}) });
        }
        for (const { at, document } of exported) {
          const rebuilt = await started.call('exportRegisterAsOf', { at });
          expect(withoutExportTime(rebuilt), `as of ${at}, after ${steps.join(', ')}`).toEqual(withoutExportTime(document));
        }
        started.backend.close();
      }),
      { numRuns: 50 },
    );
  });
});
