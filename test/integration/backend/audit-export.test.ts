// The audit log exported (`exportAudit`, backend/history/audit-export.ts): the entries a filter keeps, oldest first,
// as a CSV a spreadsheet opens (one row a field changed, UTF-8 with a byte-order mark, no formula run) or as a
// landscape PDF for an auditor; words in the language asked for; a path whose ending disagrees with the format refused.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Host } from '../../../electron/main/backend/backend.ts';
import { unguardFormula } from '../../../electron/main/backend/spreadsheets/csv-formulas.ts';
import { pdfInfo, pdfText } from '../../support/pdf-tools.ts';
import { activityDraft, noDialogs, organisationDraft, processorDraft, startWithRegister, tempFolder } from './support.ts';

type Started = Awaited<ReturnType<typeof startWithRegister>>;

const FORMULA = '=HYPERLINK("https://evil.example","Click")';

/** A Ukrainian company's register: a processor renamed after an activity began to use it, its service a formula. */
async function keptRegister(started: Started) {
  const { call, clock } = started;
  await call('updateRegister', { name: 'ТОВ Зоря' });
  clock.set('2026-11-21T10:00:00Z');
  const organisation = await call('saveOrganisation', { record: organisationDraft('ТОВ Зоря') });
  const cloudy = await call('saveProcessor', { record: processorDraft('Хмарка ТОВ', { service: FORMULA }) });
  clock.set('2026-11-21T11:00:00Z');
  const payroll = await call('saveActivity', {
    record: activityDraft(organisation.id, { en: 'Payroll', uk: 'Заробітна плата' }, { processorIds: [cloudy.id], purposes: ['Paying salaries', 'Tax'] }),
  });
  clock.set('2026-11-22T09:30:00Z');
  await call('saveProcessor', { record: { ...cloudy, name: 'Хмарка Європа ТОВ' } });
  return { organisation, cloudy, payroll };
}

function readCsv(file: string): { bom: boolean; header: string[]; rows: string[][] } {
  const text = readFileSync(file, 'utf8');
  const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [header = [], ...rows] = parsed.data;
  return { bom: text.startsWith('\ufeff'), header, rows: rows.map((row) => row.map(unguardFormula)) };
}

describe('the audit log exported as CSV', () => {
  it('writes one row a field changed, in Ukrainian, oldest first, and reads back whole with its Cyrillic and formula', async () => {
    const started = await startWithRegister();
    const { cloudy } = await keptRegister(started);
    const file = path.join(tempFolder(), 'журнал.csv');
    const exported = await started.call('exportAudit', { format: 'csv', language: 'uk', path: file });
    // Written in this session: the page may open it (no host here can, so nothing is opened, and nothing refused).
    expect(await started.call('revealFile', { path: file, how: 'show-in-folder' })).toEqual({ revealed: false });

    const { bom, header, rows } = readCsv(file);
    expect(bom).toBe(true);
    expect(exported).toEqual({ path: file, format: 'csv', entries: 6, bytes: readFileSync(file).byteLength });
    expect(header).toEqual([
      'Запис журналу',
      'Коли (UTC)',
      'Хто',
      'Вид',
      'Дія',
      'Тип запису реєстру',
      'Назва (на той час)',
      'Ідентифікатор запису реєстру',
      'Поле',
      'Було',
      'Стало',
      'Джерело',
    ]);
    // The register's creation changed no field: one row, its field, before and after empty.
    expect(rows[0]?.slice(2, 12)).toEqual(['dpo@test', 'зміна', 'додано', 'реєстр', 'Register of processing activities', rows[0]?.[7], '', '', '', '']);
    const row = (field: string, recordName: string) => rows.find((candidate) => candidate[8] === field && candidate[6] === recordName);
    // The formula comes back as typed; in the file, it cannot run.
    expect(row('послуга', 'Хмарка ТОВ')?.[10]).toBe(FORMULA);
    expect(readFileSync(file, 'utf8')).toContain(`'${FORMULA.replace(/"/g, '""')}`);
    // A list joined, a text with its translation, a processor by the name it had when the activity was made.
    expect(row('цілі', 'Payroll')?.[10]).toBe('Paying salaries; Tax');
    expect(row('назва', 'Payroll')?.[10]).toBe('Payroll [uk] Заробітна плата');
    expect(row('розпорядники', 'Payroll')?.[10]).toBe('Хмарка ТОВ');
    expect(row('назва', 'Хмарка Європа ТОВ')?.slice(9, 11)).toEqual(['Хмарка ТОВ', 'Хмарка Європа ТОВ']);
    expect(row('назва', 'Хмарка Європа ТОВ')?.slice(0, 8)).toEqual([
      rows.at(-1)?.[0],
      '2026-11-22T09:30:00Z',
      'dpo@test',
      'зміна',
      'змінено',
      'розпорядник',
      'Хмарка Європа ТОВ',
      cloudy.id,
    ]);
    // Oldest first.
    const ids = rows.map((candidate) => Number(candidate[0]));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it('writes only the entries the filter keeps', async () => {
    const started = await startWithRegister();
    const { cloudy } = await keptRegister(started);
    const file = path.join(tempFolder(), 'cloudy.csv');
    const exported = await started.call('exportAudit', { format: 'csv', language: 'en', path: file, recordId: cloudy.id, until: '2026-11-21T23:59:59Z' });
    const { header, rows } = readCsv(file);
    expect(exported).toMatchObject({ entries: 1 });
    expect(header.slice(8, 11)).toEqual(['Field', 'Before', 'After']);
    expect(new Set(rows.map((row) => `${row[1]} ${row[3]} ${row[4]} ${row[6]}`))).toEqual(new Set(['2026-11-21T10:00:00Z change added Хмарка ТОВ']));
  });
});

describe('the audit log exported as PDF', () => {
  it('is a landscape table of the entries, in Ukrainian, saying which entries it holds', async () => {
    const started = await startWithRegister();
    const { cloudy } = await keptRegister(started);
    const file = path.join(tempFolder(), 'cloudy.pdf');
    const exported = await started.call('exportAudit', { format: 'pdf', language: 'uk', path: file, recordId: cloudy.id, since: '2026-11-21T00:00:00+02:00' });

    expect(exported).toMatchObject({ path: file, format: 'pdf', entries: 2 });
    expect(pdfInfo(file)['Page size']).toMatch(/^841\.89 x 595\.2\d pts/);
    const text = pdfText(file);
    expect(text).toContain('Журнал аудиту реєстру «ТОВ Зоря»');
    expect(text).toContain('2 записи');
    expect(text).toContain('Фільтр: розпорядник «Хмарка Європа ТОВ»; з 20 листопада 2026 р., 22:00 UTC');
    expect(text).toContain('Хмарка ТОВ → Хмарка Європа ТОВ');
    expect(text).toContain('послуга:');
    expect(text).toContain(FORMULA);
    expect(text).not.toContain('Payroll');
  });

  it('says when nothing was filtered, and how many entries', async () => {
    const started = await startWithRegister();
    await keptRegister(started);
    const file = path.join(tempFolder(), 'all.pdf');
    await started.call('exportAudit', { format: 'pdf', language: 'en', path: file });
    const text = pdfText(file);
    expect(text).toContain('Audit log of ТОВ Зоря');
    expect(text).toContain('6 entries');
    expect(text).toContain('All entries, no filter');
    expect(text).toContain('processors: Хмарка ТОВ');
  });

  it('lays out a second PDF as the first: no word that fits its column is broken with hyphens', async () => {
    const started = await startWithRegister();
    await keptRegister(started);
    const folder = tempFolder();
    await started.call('exportAudit', { format: 'pdf', language: 'en', path: path.join(folder, 'first.pdf') });
    await started.call('exportAudit', { format: 'pdf', language: 'bg', path: path.join(folder, 'second.pdf') });
    const text = pdfText(path.join(folder, 'second.pdf'));
    expect(text).toContain('промяна добавено регистър');
    expect(text).toContain('Запис в регистъра');
  });
});

describe('where the audit log is saved', () => {
  it('refuses a path whose ending is not the format asked for, naming the file, and writes nothing', async () => {
    const started = await startWithRegister();
    const folder = tempFolder();
    const refused = await started.failure('exportAudit', { format: 'csv', language: 'en', path: path.join(folder, 'log.pdf') });
    expect(refused).toMatchObject({ code: 'invalid-input', path: 'path' });
    expect(refused.message).toContain('log.pdf');
    expect(refused.message).toContain('.csv');
    expect(readdirSync(folder)).toEqual([]);
  });

  it('asks the host where, suggesting the register, the words and the day; a cancelled dialog writes nothing', async () => {
    const folder = tempFolder();
    const asked: Array<[string, string, string]> = [];
    let answer: string | null = null;
    const host: Host = {
      ...noDialogs,
      chooseDocumentDestination: async (document, suggested, extension) => {
        asked.push([document, suggested, extension]);
        return answer;
      },
    };
    const started = await startWithRegister({ host });
    await keptRegister(started);
    expect(await started.call('exportAudit', { format: 'pdf', language: 'bg' })).toEqual({ cancelled: true });
    answer = path.join(folder, 'chosen.csv');
    const exported = await started.call('exportAudit', { format: 'csv', language: 'sl' });
    expect(asked).toEqual([
      ['audit-log', 'ТОВ Зоря – одитен журнал 2026-11-22.pdf', 'pdf'],
      ['audit-log', 'ТОВ Зоря – revizijski dnevnik 2026-11-22.csv', 'csv'],
    ]);
    expect(exported).toMatchObject({ path: answer, entries: 6 });
    expect(readdirSync(folder)).toEqual(['chosen.csv']);
  });

  it('needs a path where the host cannot ask', async () => {
    const started = await startWithRegister();
    const refused = await started.failure('exportAudit', { format: 'csv', language: 'en' });
    expect(refused.message).toContain('audit-log.csv');
    expect(existsSync(path.join(started.dataDir, 'audit-log.csv'))).toBe(false);
  });
});
