import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pdfmake from 'pdfmake';
import { beforeAll, describe, expect, it } from 'vitest';
import { configurePdfmake, typesetDefinition } from '../../../electron/main/backend/reports/pdf-renderer.ts';
import { dataTable, labelledTable, PAGE, REPORT_STYLES } from '../../../shared/report/layout.ts';
import type { PdfContent, PdfDocumentDefinition } from '../../../shared/report/pdf-document.ts';
import { ropa, tempDir } from '../../support/cli.ts';
import { fixturePath, repoRoot } from '../../support/fixtures.ts';

const fontsDir = path.join(repoRoot, 'resources', 'fonts');

function definition(content: PdfContent[], language = 'en'): PdfDocumentDefinition {
  return { info: { title: 'Test', author: 'Test', subject: 'Test', creator: 'Test' }, language, ...PAGE, styles: REPORT_STYLES, content };
}

/** Renders as the backend does (typeset, then pdfmake) and gives the PDF's file. */
async function rendered(content: PdfContent[], language = 'en'): Promise<string> {
  const file = path.join(tempDir('ropa-typesetting-'), 'test.pdf');
  writeFileSync(file, await pdfmake.createPdf(typesetDefinition(definition(content, language))).getBuffer());
  return file;
}

const pageText = (file: string, page: number) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });

describe('the typesetting of the PDF documents', () => {
  beforeAll(() => configurePdfmake(fontsDir));

  it('moves a heading that would stand alone at a page foot to the next page, with its table', async () => {
    // The filler leaves room for the heading but not for the heading row and first row of the table under it.
    const file = await rendered([
      { text: 'Filler paragraph', margin: [0, 700, 0, 0] },
      { text: 'PA-0042 Heading at the foot', style: 'activity', headlineLevel: 2 },
      { text: 'What the activity is about.', italics: true },
      labelledTable(
        [
          ['Purposes', 'Selling things'],
          ['Data subjects', 'Customers'],
        ],
        '(b) Purposes of the processing',
      ),
    ]);
    expect(pageText(file, 1)).toContain('Filler paragraph');
    expect(pageText(file, 1)).not.toContain('Heading at the foot');
    expect(pageText(file, 1)).not.toContain('What the activity is about');
    for (const text of ['PA-0042 Heading at the foot', 'What the activity is about.', '(b) Purposes of the processing', 'Selling things']) {
      expect(pageText(file, 2)).toContain(text);
    }
  });

  it('keeps a table header row with the first row under it', async () => {
    const file = await rendered([{ text: 'Filler', margin: [0, 722, 0, 0] }, dataTable([60, '*'], ['Country', 'Recipient'], [['India', 'Support desk']])]);
    expect(pageText(file, 1)).not.toContain('Recipient');
    expect(pageText(file, 2)).toMatch(/Country\s+Recipient[\s\S]*India\s+Support desk/);
  });

  it('hyphenates a word too long for its narrow column at a syllable, with a visible hyphen', async () => {
    const file = await rendered([dataTable([34, '*'], ['Дейност', 'Описание'], [['обработване', 'x']])], 'bg');
    const lines = pageText(file, 1)
      .split('\n')
      .map((line) => line.trim().split(/\s{2,}/)[0] ?? '');
    const start = lines.findIndex((line) => line.startsWith('об'));
    const pieces: string[] = [];
    for (let index = start; index < lines.length && pieces.join('').replace(/-/g, '').length < 'обработване'.length; index++) pieces.push(lines[index] ?? '');
    expect(pieces.length).toBeGreaterThan(1);
    // Every line but the last ends with a hyphen, and the pieces make the word: broken only at syllables.
    for (const piece of pieces.slice(0, -1)) expect(piece).toMatch(/^\p{L}+-$/u);
    expect(pieces.join('').replace(/-/g, '')).toBe('обработване');
    expect(['обра-', 'обработ-', 'об-']).toContain(pieces[0]);
  });

  it('draws "→" and "✓" from the fallback font, in italic text too, so that no empty box is printed', async () => {
    const file = await rendered([{ text: 'Collected → stored ✓', italics: true }, 'Plain → text']);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fonts).toMatch(/DejaVuSans-Oblique/);
    expect(fonts).toMatch(/DejaVuSans\s/);
    expect(pageText(file, 1)).toContain('Collected → stored ✓');
  });

  it('puts a no-break space between an article abbreviation and its number in every text, cells and headings included', () => {
    const heading = { text: 'Under Art. 30 GDPR', style: 'section', outline: true };
    const table = dataTable(['*'], ['Basis'], [['чл. 6, пар. 1 ОРЗД']]);
    typesetDefinition(definition([heading, table], 'bg'));
    expect(heading.text).toBe('Under Art.\u00A030\u00A0GDPR');
    expect(JSON.stringify(table)).toContain('чл.\u00A06, пар.\u00A01\u00A0ОРЗД');
  });
});

describe('the register report of a register with characters no font can draw', () => {
  it('warns on standard error, naming the activity and the field, and still writes the report', () => {
    const document = JSON.parse(readFileSync(fixturePath('bytheway-en'), 'utf8')) as {
      activities: Array<{ status: string; name: string; purposes: string[] }>;
    };
    const activity = document.activities.find((candidate) => candidate.status === 'active');
    if (activity === undefined) throw new Error('The fixture has no active activity');
    activity.purposes.push('Reaching readers in 中国 → by post');
    const folder = tempDir('ropa-typesetting-cli-');
    const source = path.join(folder, 'register.ropa.json');
    writeFileSync(source, JSON.stringify(document));
    const register = path.join(folder, 'register.ropa');
    expect(ropa(['init', register]).status).toBe(0);
    expect(ropa(['import', register, source]).status).toBe(0);
    const run = ropa(['report', register, '--out', path.join(folder, 'report.pdf')]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain(
      `warning: Activity "${activity.name}" purpose ${activity.purposes.length}: characters the PDF fonts cannot draw, printed as empty boxes: 中 (U+4E2D), 国 (U+56FD)`,
    );
    expect(run.stdout).toContain('1 text with characters the PDF fonts cannot draw');
  });
});
