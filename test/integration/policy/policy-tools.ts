// Helpers for the privacy policy's tests: registers made through the CLI, several jobs at once, the fixture's facts as
// the policy should print them, and the visible text of the HTML and Markdown files.
import { transferStanding } from '../../../shared/checks/transfer-standing.ts';
import { isVagueRetention } from '../../../shared/checks/rules/retention-terms.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { readExchangeDocument, type ExchangeDocument } from '../../../shared/exchange/read.ts';
import type { Organisation, ProcessingActivity } from '../../../shared/model/records.ts';
import { displayText, type Text } from '../../../shared/model/text.ts';
import { policyCatalogue } from '../../../shared/policy/catalogue/index.ts';
import { plainText, type PrivacyPolicy } from '../../../shared/policy/policy-document.ts';
import type { ReportLanguage } from '../../../shared/report/languages.ts';
import { knownAuthority } from '../../../shared/policy/supervisory-authorities.ts';
import { tempDir } from '../../support/cli.ts';
import { ropaInProcess } from '../../support/cli-in-process.ts';
import { fixturePath } from '../../support/fixtures.ts';
import { folded } from '../../support/pdf-tools.ts';

/**
 * A new register file with the fixture imported, made as a person would: `ropa init`, then `ropa import`. In-process
 * (the same runCli as `ropa`, without a Node start per command, see cli-in-process.ts): these registers are what the
 * policy tests work on, not what they test. Several may be made at once.
 */
export async function registerFrom(fixture: string, folder = tempDir('ropa-policy-')): Promise<string> {
  const register = path.join(folder, `${fixture}.ropa`);
  const created = await ropaInProcess(['init', register]);
  expect(created.status, created.stderr).toBe(0);
  const imported = await ropaInProcess(['import', register, fixturePath(fixture)]);
  expect(imported.status, imported.stderr).toBe(0);
  return register;
}

/** registerFrom, by the name the tests that make both fixtures' registers at once call it. */
export const registerFromAsync = registerFrom;

/** Runs `work` over `items`, at most `limit` at a time (the build machines have two cores). */
export async function inBatches<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export function fixtureDocument(fixture: string): ExchangeDocument {
  return readExchangeDocument(JSON.parse(readFileSync(fixturePath(fixture), 'utf8')));
}

/** The activities a policy speaks of: the organisation's own, active and public, as (joint) controller. */
export function policyActivities(document: ExchangeDocument, organisation: Organisation): ProcessingActivity[] {
  return document.activities.filter(
    (activity) => activity.organisationId === organisation.id && activity.status === 'active' && activity.public && activity.role !== 'processor',
  );
}

export function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** A country's name as people reading the policy in `language` know it. */
export function countryName(code: string, language: ReportLanguage): string {
  return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
}

/** One fact the policy must state, and where in the register it comes from (for the failure message). */
export type Fact = { what: string; text: string };

/**
 * Everything of the register that belongs in the policy, as it should be printed in `language`: texts in that
 * language or, where the register has none, in its default language; the catalogue's wording for the legal bases
 * and transfer mechanisms; country names in that language.
 */
export function expectedFacts(document: ExchangeDocument, language: ReportLanguage): Fact[] {
  const defaultLanguage = document.register.defaultLanguage;
  const shown = (text: Text | undefined) => folded(displayText(text, language, defaultLanguage));
  const catalogue = policyCatalogue(language);
  const [organisation] = document.organisations;
  if (organisation === undefined) throw new Error('the fixture has no organisation');
  const facts: Fact[] = [{ what: 'controller name', text: shown(organisation.name) }];
  if (organisation.email !== undefined) facts.push({ what: 'controller email', text: organisation.email });
  if (organisation.website !== undefined) facts.push({ what: 'controller website', text: organisation.website });
  if (organisation.phone !== undefined) facts.push({ what: 'controller telephone', text: organisation.phone });
  if (organisation.address !== undefined) facts.push({ what: 'controller address', text: folded(organisation.address) });
  const activities = policyActivities(document, organisation);
  const processors = new Map(document.processors.map((processor) => [processor.id, processor]));
  for (const activity of activities) {
    const name = shown(activity.name);
    facts.push({ what: `activity name`, text: name });
    for (const purpose of activity.purposes) facts.push({ what: `purpose of "${name}"`, text: shown(purpose) });
    for (const entry of activity.legalBases ?? [])
      facts.push({ what: `legal basis ${entry.basis} of "${name}"`, text: folded(capitalised(catalogue.legalBases[entry.basis])) });
    for (const id of activity.processorIds ?? []) facts.push({ what: `processor of "${name}"`, text: shown(processors.get(id)?.name) });
    // Data sent to an EEA country never leave the EEA, and a transfer without a valid tool is left out: the policy
    // lists only transfers outside the EEA that a tool covers.
    const listed = (activity.transfers ?? []).filter((entry) => transferStanding(entry, processors.get(entry.processorId ?? '')).kind === 'covered');
    for (const transfer of listed) {
      facts.push({ what: `transfer country of "${name}"`, text: countryName(transfer.country, language) });
      if (transfer.recipient !== undefined) facts.push({ what: `transfer recipient of "${name}"`, text: shown(transfer.recipient) });
      if (transfer.mechanism !== undefined)
        facts.push({ what: `transfer mechanism ${transfer.mechanism} of "${name}"`, text: folded(capitalised(catalogue.mechanisms[transfer.mechanism])) });
    }
    // A time limit that sets no limit ("not stated in the policy") is the DPO's gap, left out of the policy.
    const published = (retention: Text | undefined) => retention !== undefined && !isVagueRetention(displayText(retention, defaultLanguage, defaultLanguage));
    if (published(activity.retention)) facts.push({ what: `retention of "${name}"`, text: shown(activity.retention) });
    for (const category of activity.dataCategories) {
      facts.push({ what: `data category of "${name}"`, text: shown(category.name) });
      if (published(category.retention)) facts.push({ what: `retention of "${name}" category`, text: shown(category.retention) });
    }
  }
  const authority = organisation.supervisoryAuthority === undefined ? knownAuthority(organisation.country, language) : undefined;
  if (authority !== undefined) {
    facts.push({ what: 'supervisory authority', text: authority.name });
    if (authority.email !== undefined) facts.push({ what: 'supervisory authority email', text: authority.email });
    facts.push({ what: 'supervisory authority website', text: authority.website });
  }
  return facts;
}

/** The facts `contains` does not find, for one readable failure message listing them all. */
export function missingFacts(contains: (phrase: string) => boolean, facts: readonly Fact[]): string[] {
  return facts.filter((fact) => !contains(fact.text)).map((fact) => `${fact.what}: ${fact.text}`);
}

/**
 * Whether a PDF's text (as pdftotext gives it, folded) contains `phrase`. A PDF is not a stream of text: a line may
 * break after a hyphen or slash (and pdftotext then drops the hyphen: "e-" / "mail" comes back as "email"), and a
 * table row that breaks across a page has its cells' lines interleaved with each other, the page footer and the
 * repeated header row. So hyphens between letters are ignored, and the phrase's words must appear in order, each
 * within a few words of the one before, rather than side by side.
 */
export function pdfContains(text: string, phrase: string, maxGap = 40): boolean {
  // A line may break inside a word (hyphenated), after a slash, or between the parts of a provision ("6(1)" / "(d)").
  const words = (value: string) =>
    folded(value.replace(/(\p{L})- ?(?=\p{L})/gu, '$1').replace(/(\p{L})\/ (?=\p{L})/gu, '$1/'))
      .replace(/\) (?=\()/g, ')')
      .split(' ');
  const haystack = words(text);
  const needle = words(phrase);
  const [first, ...rest] = needle;
  if (first === undefined || first === '') return true;
  if (rest.length === 0) return haystack.some((word) => word.includes(first));
  const last = rest.pop() as string;
  // The first word may follow punctuation ("(Article"), the last be followed by it ("GDPR)."); the others are whole.
  const matches = (index: number, word: string, position: 'middle' | 'last') => {
    const candidate = haystack[index] ?? '';
    return position === 'last' ? candidate.startsWith(word) : candidate === word;
  };
  for (let start = 0; start < haystack.length; start++) {
    if (!(haystack[start] ?? '').endsWith(first)) continue;
    let at = start;
    let found = true;
    for (const [word, position] of [...rest.map((word) => [word, 'middle'] as const), [last, 'last'] as const]) {
      let next = at + 1;
      while (next <= at + maxGap && next < haystack.length && !matches(next, word, position)) next++;
      if (next > at + maxGap || next >= haystack.length) {
        found = false;
        break;
      }
      at = next;
    }
    if (found) return true;
  }
  return false;
}

/** The PDF's text without its page footers ("Organisation · version line · 3 / 7"), which fall inside paragraphs. */
export function withoutPageFooters(text: string, organisation: string): string {
  const escaped = organisation.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return folded(text.replace(new RegExp(`${escaped} · [^·]+ · \\d+ / \\d+`, 'g'), ' '));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** What a browser shows of an HTML page's body: tags dropped, entities decoded, whitespace folded. */
export function htmlText(html: string): string {
  const body = html.replace(/<head>[\s\S]*<\/head>/, '').replace(/<[^>]+>/g, ' ');
  return folded(
    body.replace(/&(#x?[0-9a-f]+|\w+);/gi, (entity, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name] ?? entity;
    }),
  );
}

/** What a Markdown viewer shows: escapes, <br> and link targets dropped, whitespace folded (tables' pipes stay). */
export function markdownText(markdown: string): string {
  return folded(
    markdown
      .replace(/\]\(<[^>]*>\)/g, ']')
      .replace(/<br>/g, ' ')
      .replace(/<a id="[^"]*"><\/a>/g, ' ')
      .replace(/\\([\\`*_[\]<>#|.+-])/g, '$1'),
  );
}

/** Every paragraph and list item of the policy, as plain text, with the section it is in. */
export function paragraphsAndItems(policy: PrivacyPolicy): Array<{ section: string; text: string }> {
  return policy.sections.flatMap((section) =>
    section.blocks.flatMap((block) => {
      if (block.kind === 'paragraph') return [{ section: section.id, text: plainText(block.text) }];
      if (block.kind === 'list') return block.items.map((item) => ({ section: section.id, text: plainText(item) }));
      return [];
    }),
  );
}

/** Texts that betray a value that was never filled in. */
export const PLACEHOLDERS: ReadonlyArray<[string, RegExp]> = [
  ['undefined', /\bundefined\b/],
  ['null', /\bnull\b/],
  ['[object …]', /\[object /],
  ['{{', /\{\{/],
  ['}}', /\}\}/],
  ['TODO', /\bTODO\b/],
  ['N/A', /\bN\/A\b/i],
  ['NaN', /\bNaN\b/],
];

export function placeholdersIn(text: string): string[] {
  return PLACEHOLDERS.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
}
