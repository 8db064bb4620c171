import { execFileSync } from 'node:child_process';

/** The text of a PDF as poppler's pdftotext gives it back, whitespace (line and cell breaks) folded to one space. */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }).replace(/\s+/g, ' ');
}

/** pdfinfo's fields (Title, Author, Pages…) by name. */
export function pdfInfo(file: string): Record<string, string> {
  const text = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(
    text
      .split('\n')
      .filter((line) => line.includes(':'))
      .map((line) => {
        const colon = line.indexOf(':');
        return [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
      }),
  );
}

/** The PDF's bookmarks (outline) as poppler's pdftohtml lists them: title and page, nesting flattened. */
export function pdfBookmarks(file: string): Array<{ title: string; page: number }> {
  const xml = execFileSync('pdftohtml', ['-xml', '-stdout', '-i', '-q', file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const unescape = (text: string) =>
    text
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'");
  return [...xml.matchAll(/<item page="(\d+)">([^<]*)<\/item>/g)].map((match) => ({ page: Number(match[1]), title: unescape(match[2] ?? '') }));
}

export function folded(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
