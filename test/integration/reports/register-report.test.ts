import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readExchangeDocument, type ExchangeDocument } from '../../../shared/exchange/read.ts';
import { displayText } from '../../../shared/model/text.ts';
import { counted, inLanguage, t } from '../../../electron/cli/i18n.ts';
import { tempDir } from '../../support/cli.ts';
// In-process: these tests are about the report a command writes, not about the process; the same runCli, arguments,
// output and exit codes, without a Node start per command (see cli-in-process.ts).
import { ropaInProcess as ropa } from '../../support/cli-in-process.ts';
import { fixturePath } from '../../support/fixtures.ts';
import { folded, pdfBookmarks, pdfInfo, pdfText } from '../../support/pdf-tools.ts';
import { sharedSetup } from '../../support/shared-setup.ts';

/** Each fixture in its own language and in English, as `npx ropa report` writes it (--lang is also the messages' language). */
const CASES = [
  { fixture: 'bytheway-en', language: 'en' },
  { fixture: 'bytheway-en', language: 'uk' },
  { fixture: 'btc-sl', language: 'sl' },
  { fixture: 'btc-sl', language: 'en' },
] as const;

const LETTERS_30_1 = ['(a)', '(b)', '(c)', '(d)', '(e)', '(f)', '(g)'];

/** Each fixture imported once (`ropa init`, `ropa import`); a test works on its own copy of the file. */
const imported = sharedSetup(async () => {
  const folder = tempDir('ropa-report-fixtures-');
  const registers: Record<string, string> = {};
  for (const fixture of new Set(CASES.map((entry) => entry.fixture))) {
    const register = path.join(folder, `${fixture}.ropa`);
    expect((await ropa(['init', register])).status).toBe(0);
    const run = await ropa(['import', register, fixturePath(fixture)]);
    expect(run.stderr).toBe('');
    registers[fixture] = register;
  }
  return registers;
});

/** A new register file holding the fixture, as `ropa init` and `ropa import` leave it. */
function registerFrom(fixture: string): string {
  const source = imported()[fixture];
  if (source === undefined) throw new Error(`${fixture} is not imported by the shared setup`);
  const register = path.join(tempDir('ropa-report-'), `${fixture}.ropa`);
  copyFileSync(source, register);
  return register;
}

describe.each(CASES)('the register report of $fixture in $language', ({ fixture, language }) => {
  const document: ExchangeDocument = readExchangeDocument(JSON.parse(readFileSync(fixturePath(fixture), 'utf8')));
  const defaultLanguage = document.register.defaultLanguage;
  const shown = (text: Parameters<typeof displayText>[0]) => folded(displayText(text, language, defaultLanguage));
  let pdf: string;
  let text: string;
  let stderr: string;
  let stdout: string;

  // One report per case, shared by its tests; if writing it fails, each test fails with that error (not skipped).
  sharedSetup(async () => {
    const register = registerFrom(fixture);
    pdf = path.join(tempDir('ropa-report-out-'), `${fixture}-${language}.pdf`);
    const run = await ropa(['report', register, '--out', pdf, '--lang', language]);
    expect(run.status, run.stderr).toBe(0);
    stderr = run.stderr;
    stdout = run.stdout;
    text = pdfText(pdf);
  });

  it('names every active activity', () => {
    const active = document.activities.filter((activity) => activity.status === 'active');
    expect(active.length).toBeGreaterThan(0);
    for (const activity of active) expect(text).toContain(shown(activity.name));
  });

  it('names every processor the activities use', () => {
    const used = new Set(document.activities.filter((a) => a.status === 'active').flatMap((a) => a.processorIds ?? []));
    for (const processor of document.processors.filter((p) => used.has(p.id))) expect(text).toContain(shown(processor.name));
  });

  it('prints every retention text', () => {
    for (const activity of document.activities.filter((a) => a.status === 'active')) {
      if (activity.retention !== undefined) expect(text).toContain(shown(activity.retention));
      for (const category of activity.dataCategories) if (category.retention !== undefined) expect(text).toContain(shown(category.retention));
    }
  });

  it('heads the items of Art. 30(1) with their letters (a) to (g)', () => {
    for (const letter of LETTERS_30_1) expect(text).toMatch(new RegExp(`\\${letter.slice(0, 2)}\\) \\p{L}`, 'u'));
  });

  it('has a plausible number of pages, and its title, author and language set', () => {
    const info = pdfInfo(pdf);
    const pages = Number(info['Pages']);
    const activities = document.activities.filter((a) => a.status === 'active').length;
    expect(pages).toBeGreaterThanOrEqual(5 + activities);
    expect(pages).toBeLessThan(10 + activities * 6);
    expect(info['Title']).toContain(shown(document.organisations[0]!.name));
    expect(info['Author']).toBe(shown(document.organisations[0]!.name));
    expect(info['Creator']).toBe('RoPA Desk');
    expect(stdout).toContain(inLanguage(language, () => counted(pages, 'page')));
    expect(readFileSync(pdf, 'latin1')).toMatch(new RegExp(`/Lang \\(${language}\\)`));
  });

  it('has a bookmark for each part, annex and activity, pointing into the document', () => {
    const bookmarks = pdfBookmarks(pdf);
    const pages = Number(pdfInfo(pdf)['Pages']);
    const active = document.activities.filter((a) => a.status === 'active');
    // Summary, Part I, Annexes A–C, and one per activity (no Part II: neither fixture acts as processor).
    expect(bookmarks).toHaveLength(5 + active.length);
    for (const activity of active) expect(bookmarks.some((mark) => mark.title.includes(shown(activity.name)))).toBe(true);
    for (const mark of bookmarks) expect(mark.page).toBeGreaterThanOrEqual(3);
    for (const mark of bookmarks) expect(mark.page).toBeLessThanOrEqual(pages);
  });

  it('numbers every page "X of Y" in the footer', () => {
    const pages = Number(pdfInfo(pdf)['Pages']);
    const last = new RegExp(`\\b${pages}\\b[^·]*\\b${pages}\\b · `);
    expect(text).toMatch(last);
  });

  it('reports texts printed in another language, and the register checks’ errors and warnings, on stderr, one per line', () => {
    const lines = stderr.split('\n').filter((line) => line !== '');
    const prefixes = inLanguage(language, () => [t('warning', { message: '' }), `${t('severity.error')}: `, `${t('severity.warning')}: `]);
    for (const line of lines)
      expect(
        prefixes.some((prefix) => line.startsWith(prefix)),
        line,
      ).toBe(true);
    // Each finding names its rule, to look up in `ropa check`.
    for (const line of lines.filter((entry) => !entry.includes('printed in'))) expect(line).toMatch(/\[[a-z-]+\]$/);
    if (language !== defaultLanguage) expect(stderr).toMatch(/printed in (English|Slovenian)/);
  });
});

describe('Annex B of the BY THE WAY register', () => {
  it('lists the US transfer through DigitalOcean for every activity, each with its transfer tool “Not recorded”, and no transfer to Germany', async () => {
    const register = registerFrom('bytheway-en');
    const pdf = path.join(tempDir('ropa-report-out-'), 'annex-b.pdf');
    expect((await ropa(['report', register, '--out', pdf])).status).toBe(0);
    const annexB = pdfText(pdf).split('Annex B. Transfers to third countries and international organisations').at(-1)?.split('Annex C.')[0] ?? '';
    const rows = [
      ...annexB.matchAll(
        /PA-\d{4} United States DigitalOcean LLC Not recorded Not recorded for this activity: follows from where the processor keeps the data/g,
      ),
    ];
    expect(rows).toHaveLength(9);
    expect(annexB).not.toContain('Germany');
  });
});

describe('ropa report on bad input', () => {
  it('refuses an unknown language with one line and exit code 2, writing nothing', async () => {
    const register = registerFrom('bytheway-en');
    const out = path.join(tempDir(), 'report.pdf');
    const run = await ropa(['report', register, '--out', out, '--lang', 'de']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual(['ropa: --lang de: the report is written in en, uk, bg, sl']);
    expect(existsSync(out)).toBe(false);
  });

  it('says so when the register does not exist', async () => {
    const missing = path.join(tempDir(), 'nowhere.ropa');
    const run = await ropa(['report', missing, '--out', path.join(tempDir(), 'r.pdf')]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('nowhere.ropa');
  });

  it('refuses a folder that does not exist before rendering, and leaves no file behind', async () => {
    const register = registerFrom('bytheway-en');
    const folder = tempDir();
    const out = path.join(folder, 'missing', 'report.pdf');
    const run = await ropa(['report', register, '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(`ropa: Cannot save the report to ${out}: the folder ${path.dirname(out)} does not exist`);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('refuses a destination whose folder is a file, and a name that is not .pdf', async () => {
    const register = registerFrom('bytheway-en');
    const file = path.join(tempDir(), 'notes.txt');
    writeFileSync(file, 'not a folder');
    const inFile = await ropa(['report', register, '--out', path.join(file, 'report.pdf')]);
    expect(inFile.status).toBe(1);
    expect(inFile.stderr.trim()).toBe(`ropa: Cannot save the report to ${path.join(file, 'report.pdf')}: ${file} is a file, not a folder`);
    const folder = tempDir();
    const notPdf = await ropa(['report', register, '--out', path.join(folder, 'report.docx')]);
    expect(notPdf.status).toBe(1);
    expect(notPdf.stderr).toContain('give a file name ending in .pdf');
    expect(readdirSync(folder)).toEqual([]);
  });

  it('writes the report whole or not at all: no temporary file is left beside it', async () => {
    const register = registerFrom('bytheway-en');
    const folder = tempDir();
    expect((await ropa(['report', register, '--out', path.join(folder, 'report.pdf')])).status).toBe(0);
    expect(readdirSync(folder)).toEqual(['report.pdf']);
  });
});
