// The history's PDFs are laid out in a worker thread (backend/reports/report-worker.ts), not in the backend's own
// thread, which in the desktop app is Electron's main process: while a long audit log renders, the backend's event
// loop keeps turning, so the window stays responsive. Measured in turns of a 1 ms timer, never in seconds, so that a
// slow machine cannot fail it: laid out in the backend's thread, the log would allow no turn until it was done.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serialiseExchangeDocument } from '../../../shared/exchange/write.ts';
import { pdfInfo } from '../../support/pdf-tools.ts';
import { generateRegister } from '../../tools/generate-register.ts';
import { startWithRegister, tempFolder } from './support.ts';

const ACTIVITIES = 400;
const BULK_EDITS = 4;

/** How many times a 1 ms timer fires while `work` runs. */
async function timerTurnsDuring(work: () => Promise<unknown>): Promise<number> {
  let turns = 0;
  const timer = setInterval(() => turns++, 1);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return turns;
}

describe('the audit log exported as PDF', () => {
  it('is laid out in a worker thread: the backend keeps turning while 1,600 entries render', { timeout: 120_000 }, async () => {
    const { call } = await startWithRegister();
    const register = generateRegister({ activities: ACTIVITIES, seed: 19, organisations: 1 });
    await call('importRegister', { text: serialiseExchangeDocument(register), fileName: 'large.ropa.json' });
    const ids = register.activities.map((activity) => activity.id);
    for (let edit = 1; edit <= BULK_EDITS; edit++) await call('bulkEditActivities', { ids, change: { owner: `Owner after edit ${edit}` } });
    const folder = tempFolder();
    // A first, small PDF: were the log laid out in this thread, loading pdfmake (awaited, so turns pass) is done by now.
    await call('exportAudit', { format: 'pdf', language: 'en', path: path.join(folder, 'warm-up.pdf'), recordType: 'register' });

    const file = path.join(folder, 'bulk-edits.pdf');
    let exported: unknown;
    const turns = await timerTurnsDuring(async () => {
      exported = await call('exportAudit', { format: 'pdf', language: 'uk', path: file, kinds: ['bulk-edit'] });
    });

    expect(exported).toMatchObject({ path: file, entries: ACTIVITIES * BULK_EDITS });
    // Dozens of pages, seconds of layout: a turn a millisecond while the worker lays them out (4 when done in this thread).
    expect(Number(pdfInfo(file).Pages)).toBeGreaterThan(20);
    expect(turns).toBeGreaterThan(100);
  });
});
