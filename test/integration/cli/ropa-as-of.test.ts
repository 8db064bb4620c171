// `--as-of`: the register as it stood at a past moment, rebuilt from its audit log (no backup needed). An export as of
// a moment before later edits is the document exported at that moment, byte for byte but for its time of export; the
// report says on its cover that it shows the register as it stood then.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExchangeDocument } from '../../../shared/exchange/read.ts';
import { timestamp } from '../../../shared/model/dates.ts';
import { tempDir } from '../../support/cli.ts';
import { ropaInProcess } from '../../support/cli-in-process.ts';
import { fixturePath } from '../../support/fixtures.ts';
import { pdfText } from '../../support/pdf-tools.ts';

const withoutExportTime = ({ exportedAt: _exportedAt, ...document }: ExchangeDocument) => document;

let folder: string;
let register: string;
let then: string;
let exportedThen: ExchangeDocument;

beforeAll(async () => {
  folder = tempDir('ropa-as-of-');
  register = path.join(folder, 'register.ropa');
  expect((await ropaInProcess(['init', register])).status).toBe(0);
  expect((await ropaInProcess(['import', register, fixturePath('bytheway-en')])).status).toBe(0);
  exportedThen = JSON.parse((await ropaInProcess(['export', register, '--out', '-'])).stdout) as ExchangeDocument;
  then = timestamp(new Date());
  // The log is dated to the second: the later edits come in a later one.
  await sleep(1100);
  expect((await ropaInProcess(['templates', 'add', register, 'payroll-and-benefits'])).status).toBe(0);
  expect((await ropaInProcess(['templates', 'add', register, 'recruitment'])).status).toBe(0);
});

describe('ropa export --as-of', () => {
  it('gives the document exported at that moment, though two activities were added since', async () => {
    const now = JSON.parse((await ropaInProcess(['export', register, '--out', '-'])).stdout) as ExchangeDocument;
    expect(now.activities.length).toBe(exportedThen.activities.length + 2);
    const asOf = await ropaInProcess(['export', register, '--out', '-', '--as-of', then]);
    expect(asOf.status, asOf.stderr).toBe(0);
    expect(withoutExportTime(JSON.parse(asOf.stdout) as ExchangeDocument)).toEqual(withoutExportTime(exportedThen));
  });

  it('writes it to an exchange file, and refuses another format, a moment it cannot read, and one before the history', async () => {
    const file = path.join(folder, 'then.ropa.json');
    const written = await ropaInProcess(['export', register, '--out', file, '--as-of', then]);
    expect(written.status, written.stderr).toBe(0);
    expect(withoutExportTime(JSON.parse(readFileSync(file, 'utf8')) as ExchangeDocument)).toEqual(withoutExportTime(exportedThen));
    expect((await ropaInProcess(['export', register, '--out', path.join(folder, 'then.xlsx'), '--as-of', then])).status).toBe(2);
    const unreadable = await ropaInProcess(['export', register, '--out', '-', '--as-of', 'yesterday']);
    expect(unreadable.status).toBe(2);
    expect(unreadable.stderr).toContain('--as-of yesterday');
    const before = await ropaInProcess(['export', register, '--out', '-', '--as-of', '2020-01-01']);
    expect(before.status).toBe(1);
    expect(before.stderr).toMatch(/history is kept in full from \d+ \w+ \d{4} at \d\d:\d\d UTC: as of 1 January 2020 at 00:00 UTC it cannot be rebuilt/);
  });
});

describe('ropa report --as-of', () => {
  it('writes the report of the register as it stood then, and says so on the cover', async () => {
    const file = path.join(folder, 'then.pdf');
    const made = await ropaInProcess(['report', register, '--out', file, '--as-of', then]);
    expect(made.status, made.stderr).toBe(0);
    const text = pdfText(file);
    expect(text).toContain('Register as it stood on');
    expect(text).toContain('Rebuilt from the register’s audit log');
    expect(text).not.toContain('Payroll and benefits');
    const now = path.join(folder, 'now.pdf');
    expect((await ropaInProcess(['report', register, '--out', now])).status).toBe(0);
    expect(pdfText(now)).toContain('Payroll and benefits');
    expect(pdfText(now)).not.toContain('Register as it stood on');
  });
});
