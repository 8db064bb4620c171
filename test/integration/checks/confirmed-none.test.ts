// What the DPO confirmed an activity has none of (confirmedNone), why a DPIA is or is not required (dpia.reason), a
// processor's Data Privacy Framework certification and an organisation's security measures: carried whole through
// the exchange file, the XLSX template and the CSV of activities; merged as a set with a colleague's edits, a
// confirmation the merged record contradicts dropped rather than the item recorded; a file that contradicts itself
// refused, naming where, with the register unchanged.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/main/backend/index.ts';
import type { ExchangeDocument } from '../../../shared/exchange/read.ts';
import { fixtureText, noDialogs, sequentialIds, sha256, startBackend, tempFolder, testClock, withoutExportTime } from '../backend/support.ts';

type Activity = ExchangeDocument['activities'][number];

/**
 * The bytheway-en fixture with the new fields filled in: confirmations on three activities (two of which record no
 * transfer now), a DPIA decided each way, one processor DPF-certified and one not, and the organisation's measures.
 */
function enrichedDocument(): ExchangeDocument {
  const document = JSON.parse(fixtureText('bytheway-en')) as ExchangeDocument;
  const [organisation] = document.organisations;
  organisation!.securityMeasures = [
    'The database is encrypted at rest',
    { en: 'Two-factor sign-in for administrators', uk: 'Двофакторний вхід для адміністраторів' },
  ];
  document.processors[0]!.dpfCertified = true;
  document.processors[1]!.dpfCertified = false;
  const activity = (index: number) => document.activities[index]!;
  activity(0).confirmedNone = ['recipients', 'sources'];
  delete activity(1).transfers;
  delete activity(2).transfers;
  delete activity(4).transfers;
  activity(4).confirmedNone = ['transfers', 'jointControllers', 'automatedDecisions'];
  activity(6).dpia = {
    required: false,
    reason: { en: 'Session cookies only; no profile is built', uk: 'Лише сесійні cookie; профіль не створюється' },
  };
  activity(7).dpia = { required: true, reason: 'Large-scale monitoring of comments', reference: 'DPIA-2026-03', completedOn: '2026-05-14' };
  return document;
}

const DOCUMENT = enrichedDocument();
const activityId = (index: number) => DOCUMENT.activities[index]!.id;

/** The source register (the enriched document imported) and its XLSX and CSV exports, made once. */
const source = { folder: '', register: '', exported: {} as ExchangeDocument, xlsx: '', csv: '' };

beforeAll(async () => {
  source.folder = tempFolder();
  source.register = path.join(source.folder, 'source.ropa');
  source.xlsx = path.join(source.folder, 'register.xlsx');
  source.csv = path.join(source.folder, 'activities.csv');
  const backend = createBackend({
    dataDir: source.folder,
    host: noDialogs,
    actor: 'dpo@test',
    clock: testClock().now,
    newId: sequentialIds(),
    log: () => undefined,
  });
  const call = async (name: string, input: unknown) => {
    const result = await backend.invoke(name as never, input);
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.value as unknown;
  };
  try {
    await call('createFile', { path: source.register, name: 'Source', defaultLanguage: 'en' });
    await call('importRegister', { text: JSON.stringify(DOCUMENT), fileName: 'bytheway.ropa.json' });
    source.exported = (await call('exportRegister', {})) as ExchangeDocument;
    await call('exportForColleague', { format: 'xlsx', path: source.xlsx });
    await call('exportForColleague', { format: 'csv', path: source.csv });
  } finally {
    backend.close();
  }
});

/** A new, empty register open in a backend of its own. */
async function emptyRegister() {
  const started = startBackend();
  const registerPath = path.join(tempFolder(), 'register.ropa');
  await started.call('createFile', { path: registerPath, name: 'Empty', defaultLanguage: 'en' });
  return { ...started, registerPath };
}

/** A copy of the source register, open in a backend of its own. */
async function sourceCopy() {
  const registerPath = path.join(tempFolder(), 'ours.ropa');
  copyFileSync(source.register, registerPath);
  const started = startBackend();
  await started.call('openFile', { path: registerPath });
  return { ...started, registerPath };
}

const content = (document: ExchangeDocument) => {
  const { baseRevision: _baseRevision, ...rest } = withoutExportTime(document) as ExchangeDocument;
  return rest;
};

describe('the new fields of a record', () => {
  it('come back the same through the exchange file', () => {
    expect(content(source.exported)).toEqual(content(DOCUMENT));
    expect(source.exported.activities[4]).toMatchObject({ confirmedNone: ['transfers', 'jointControllers', 'automatedDecisions'] });
    expect(source.exported.processors.map((processor) => processor.dpfCertified)).toEqual([true, false]);
  });

  it('come back the same through the XLSX template, into an empty register', async () => {
    const { call } = await emptyRegister();
    await call('importRegister', { path: source.xlsx });
    expect(withoutExportTime(await call('exportRegister', {}))).toEqual(withoutExportTime(source.exported));
  });

  it('come back the same through the CSV of activities, into a register holding the organisations and processors', async () => {
    const { call } = await emptyRegister();
    await call('importRegister', { text: JSON.stringify({ ...DOCUMENT, activities: [] }), fileName: 'no-activities.ropa.json' });
    const preview = await call('previewMerge', { path: source.csv });
    if ('cancelled' in preview) throw new Error('cancelled');
    expect(preview.counts).toMatchObject({ new: DOCUMENT.activities.length, conflict: 0 });
    await call('applyMerge', { path: source.csv, sha256: preview.sha256, resolutions: {} });
    // The same activities with the same fields; their revision and time are those of this import.
    const activities = (document: ExchangeDocument) => document.activities.map(({ updatedAt: _updatedAt, revision: _revision, ...activity }) => activity);
    expect(activities(await call('exportRegister', {}))).toEqual(activities(source.exported));
  });
});

describe('merging a colleague’s file three-way', () => {
  /** Exports our register for HR (a snapshot is kept), lets `edit` change their copy, and returns the file. */
  async function theirFile(call: Awaited<ReturnType<typeof sourceCopy>>['call'], edit: (activities: Activity[]) => void): Promise<string> {
    const file = path.join(tempFolder(), 'from-hr.ropa.json');
    await call('exportForColleague', { format: 'json', path: file });
    const theirs = JSON.parse(readFileSync(file, 'utf8')) as ExchangeDocument;
    edit(theirs.activities);
    writeFileSync(file, JSON.stringify(theirs));
    return file;
  }

  async function edited(call: Awaited<ReturnType<typeof sourceCopy>>['call'], id: string, change: (activity: Activity) => void) {
    const activity = await call('getActivity', { id });
    change(activity);
    await call('saveActivity', { record: activity });
  }

  async function merged(call: Awaited<ReturnType<typeof sourceCopy>>['call'], file: string) {
    const preview = await call('previewMerge', { path: file });
    if ('cancelled' in preview) throw new Error('cancelled');
    expect(preview.threeWay).toBe(true);
    expect(preview.counts).toMatchObject({ conflict: 0, 'delete-conflict': 0 });
    await call('applyMerge', { path: file, sha256: preview.sha256, resolutions: {} });
    const activities = (await call('exportRegister', {})).activities;
    return (id: string) => activities.find((activity) => activity.id === id)!;
  }

  it('takes their confirmation and our owner on one activity, and the confirmations of both as one set', async () => {
    const { call } = await sourceCopy();
    const file = await theirFile(call, (activities) => {
      activities[3]!.confirmedNone = ['sources'];
      activities[0]!.confirmedNone = ['recipients', 'sources', 'jointControllers'];
    });
    await edited(call, activityId(3), (activity) => (activity.owner = 'Community team'));
    await edited(call, activityId(0), (activity) => (activity.confirmedNone = ['recipients', 'sources', 'automatedDecisions']));

    const after = await merged(call, file);
    expect(after(activityId(3))).toMatchObject({ owner: 'Community team', confirmedNone: ['sources'] });
    expect([...(after(activityId(0)).confirmedNone ?? [])].sort()).toEqual(['automatedDecisions', 'jointControllers', 'recipients', 'sources']);
  });

  it('keeps a transfer one side added and drops the other side’s confirmation that there are none', async () => {
    const { call } = await sourceCopy();
    const ourTransfer = { country: 'US', recipient: 'Acme Analytics Inc.', mechanism: 'scc' as const };
    const theirTransfer = { country: 'IN', recipient: 'Support desk in Pune', mechanism: 'scc' as const };
    const file = await theirFile(call, (activities) => {
      // They confirmed no transfers (and no sources) where we added one…
      activities[1]!.confirmedNone = ['transfers', 'sources'];
      // …and added one where we confirmed none.
      activities[2]!.transfers = [theirTransfer];
    });
    await edited(call, activityId(1), (activity) => (activity.transfers = [ourTransfer]));
    await edited(call, activityId(2), (activity) => (activity.confirmedNone = ['transfers']));

    const after = await merged(call, file);
    expect(after(activityId(1))).toMatchObject({ transfers: [ourTransfer], confirmedNone: ['sources'] });
    expect(after(activityId(2)).transfers).toEqual([theirTransfer]);
    expect(after(activityId(2))).not.toHaveProperty('confirmedNone');
  });
});

describe('a file whose activity confirms no transfers and records one', () => {
  const contradicting = () => {
    const document = structuredClone(DOCUMENT);
    document.activities[3]!.confirmedNone = ['sources', 'transfers'];
    return JSON.stringify(document);
  };
  const message = 'activities[3].confirmedNone[1]: confirms there are no transfers, but the activity records some';

  it('is refused as a merge into a register holding records, naming where, and the register is unchanged', async () => {
    const { failure, registerPath } = await sourceCopy();
    const before = sha256(registerPath);
    for (const command of ['previewMerge', 'applyMerge'] as const) {
      const refused = await failure(command, {
        text: contradicting(),
        fileName: 'from-hr.ropa.json',
        ...(command === 'applyMerge' ? { resolutions: {} } : {}),
      });
      expect(refused.message).toContain(message);
    }
    expect(sha256(registerPath)).toBe(before);
  });

  it('is refused from the XLSX template too, naming the row and the column', async () => {
    const { failure, registerPath } = await sourceCopy();
    const file = path.join(tempFolder(), 'from-hr.xlsx');
    copyFileSync(source.xlsx, file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('Activities')!;
    const header = (sheet.getRow(1).values as unknown[]).map((value) => String(value ?? ''));
    // Row 2 is the first activity, which records a transfer to Germany.
    sheet.getRow(2).getCell(header.indexOf('confirmed none')).value = 'recipients\ntransfers';
    await workbook.xlsx.writeFile(file);
    const before = sha256(registerPath);
    expect(await failure('previewMerge', { path: file })).toMatchObject({
      code: 'invalid-input',
      message: 'Activities row 2, column "confirmed none" (item 2 in the cell): confirms there are no transfers, but the activity records some',
      path: 'activities[0].confirmedNone[1]',
    });
    expect(sha256(registerPath)).toBe(before);
  });

  it('is refused as an import into an empty register, which stays empty', async () => {
    const { call, failure, registerPath } = await emptyRegister();
    const before = sha256(registerPath);
    expect((await failure('importRegister', { text: contradicting(), fileName: 'from-hr.ropa.json' })).message).toContain(message);
    expect((await call('registerInfo', {})).counts).toEqual({ organisations: 0, processors: 0, activities: 0 });
    expect(sha256(registerPath)).toBe(before);
  });
});
