// The names the app suggests for the files it saves (a new register, a report, a privacy policy, a file for a
// colleague), made in one place so that every Save dialog cleans a register's name the same way. The backend builds
// the whole file name, extension included; a host's dialog shows it as given and adds nothing.

/** A register file's extension; backups and the desktop app's file association use the same one. */
export const REGISTER_EXTENSION = '.ropa';

// Characters that Windows refuses in a file name (macOS and Linux refuse a subset), and control characters.
const FORBIDDEN = /[\p{Cc}<>:"/\\|?*]+/gu;
// Windows keeps these device names whatever the extension: `CON.ropa` cannot be created there.
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
/**
 * The cleaned name's length in UTF-8 bytes. Linux and macOS limit a file name to 255 bytes and Cyrillic letters take
 * two each; this leaves room for the longest ending added below (" – політика конфіденційності (uk).html").
 */
const MAX_BYTES = 180;

/** Cut to at most `maxBytes` of UTF-8, never inside a character (a surrogate pair or a multi-byte letter). */
function cutToBytes(text: string, maxBytes: number): string {
  let bytes = 0;
  let kept = '';
  for (const character of text) {
    bytes += Buffer.byteLength(character, 'utf8');
    if (bytes > maxBytes) break;
    kept += character;
  }
  return kept;
}

/**
 * `name` made safe as the first part of a file name on every system: no path separators (so `../../etc` cannot walk
 * out of the folder), no characters a file system refuses, no leading dot (a hidden file), no space at either end,
 * not a Windows device name, not too long. Letters of every script are kept, and so is a final dot ("Acme d.o.o."):
 * an ending always follows, so Windows, which drops a name's final dots, never sees it last. An empty result becomes
 * `fallback`.
 */
export function fileSafe(name: string, fallback: string): string {
  const cleaned = cutToBytes(
    name
      .replace(FORBIDDEN, ' ')
      .replace(/\s+/g, ' ')
      .replace(/^[.\s]+/, ''),
    MAX_BYTES,
  ).trimEnd();
  if (cleaned === '') return fallback;
  return RESERVED.test(cleaned) ? `${cleaned} ${fallback}` : cleaned;
}

/** `filePath` ending in `extension` (with its dot), which is added unless it is there in any case: `x.ROPA` stays. */
export function withExtension(filePath: string, extension: string): string {
  return filePath.toLowerCase().endsWith(extension.toLowerCase()) ? filePath : `${filePath}${extension}`;
}

/** The file a new register called `registerName` is suggested to be saved as. */
export function registerFileName(registerName: string): string {
  return `${fileSafe(registerName, 'Register')}${REGISTER_EXTENSION}`;
}

/** The words of a document's file name in the document's own language: a Bulgarian report is named in Bulgarian. */
type DocumentWords = { register: string; report: string; revision: string; organisation: string; policy: string; auditLog: string };
const DOCUMENT_WORDS: Readonly<Record<string, DocumentWords>> = {
  en: { register: 'Register', report: 'Art. 30 register', revision: 'rev', organisation: 'Organisation', policy: 'privacy policy', auditLog: 'audit log' },
  uk: {
    register: 'Реєстр',
    report: 'реєстр за ст. 30',
    revision: 'ред.',
    organisation: 'Організація',
    policy: 'політика конфіденційності',
    auditLog: 'журнал аудиту',
  },
  bg: {
    register: 'Регистър',
    report: 'регистър по чл. 30',
    revision: 'ред.',
    organisation: 'Организация',
    policy: 'политика за поверителност',
    auditLog: 'одитен журнал',
  },
  sl: {
    register: 'Evidenca',
    report: 'evidenca po členu 30',
    revision: 'razl.',
    organisation: 'Organizacija',
    policy: 'politika zasebnosti',
    auditLog: 'revizijski dnevnik',
  },
};
const wordsOf = (language: string) => DOCUMENT_WORDS[language] ?? (DOCUMENT_WORDS['en'] as (typeof DOCUMENT_WORDS)[string]);

/** The register report (Art. 30(4)), named in its language: the register's name, the language and the revision. */
export function reportFileName(registerName: string, language: string, revision: number): string {
  const words = wordsOf(language);
  return `${fileSafe(registerName, words.register)} – ${words.report} (${language}, ${words.revision} ${revision}).pdf`;
}

/** A privacy policy, named in its language: the organisation, the language and the format. */
export function policyFileName(organisation: string, language: string, extension: string): string {
  const words = wordsOf(language);
  return `${fileSafe(organisation, words.organisation)} – ${words.policy} (${language}).${extension}`;
}

/** The audit log (or the part of it a filter kept), named in its language: the register, the day it was written, the format. */
export function auditLogFileName(registerName: string, language: string, day: string, extension: string): string {
  const words = wordsOf(language);
  return `${fileSafe(registerName, words.register)} – ${words.auditLog} ${day}.${extension}`;
}

/** A file for a colleague: whose records (the owner named, else the register) and the revision; `extension` with its dot. */
export function colleagueFileName(owner: string, revision: number, extension: string): string {
  return `${fileSafe(owner, 'Register')} – for a colleague (rev ${revision})${extension}`;
}

/** What the register compared between two moments is called in a file name, in the document's language. */
const CHANGES_WORD: Readonly<Record<string, string>> = { en: 'changes', uk: 'зміни', bg: 'промени', sl: 'spremembe' };

/** The register compared between two moments (RFC 3339), named in its language: the register, the two days, the language. */
export function comparisonFileName(registerName: string, language: string, from: string, to: string): string {
  const changes = CHANGES_WORD[language] ?? 'changes';
  return `${fileSafe(registerName, wordsOf(language).register)} – ${changes} ${from.slice(0, 10)} – ${to.slice(0, 10)} (${language}).pdf`;
}
