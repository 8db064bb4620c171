// Helpers for the privacy policy's tests: registers made through the CLI, several CLI runs at once, the fixture's
// facts as the policy should print them, and the visible text of the HTML and Markdown files.
import { spawn } from 'node:child_process';
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
import { ropa, tempDir, type CliRun } from '../../support/cli.ts';
import { fixturePath, repoRoot } from '../../support/fixtures.ts';
import { folded } from '../../support/pdf-tools.ts';

/** A new register file with the fixture imported, made as a person would: `ropa init`, then `ropa import`. */
export function registerFrom(fixture: string, folder = tempDir('ropa-policy-')): string {
  const register = path.join(folder, `${fixture}.ropa`);
  const created = ropa(['init', register]);
  expect(created.status, created.stderr).toBe(0);
  const imported = ropa(['import', register, fixturePath(fixture)]);
  expect(imported.status, imported.stderr).toBe(0);
  return register;
}

/** `ropa` in its own process without waiting for it, so that several policies are written at once. */
export function ropaAsync(args: string[], stateDir = tempDir('ropa-state-')): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'electron/cli/ropa.ts'), ...args], {
      cwd: repoRoot,
      env: { ...process.env, XDG_STATE_HOME: stateDir },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

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
    for (const entry of activity.legalBases ?? []) facts.push({ what: `legal basis ${entry.basis} of "${name}"`, text: folded(capitalised(catalogue.legalBases[entry.basis])) });
    for (const id of activity.processorIds ?? []) facts.push({ what: `processor of "${name}"`, text: shown(processors.get(id)?.name) });
    for (const transfer of activity.transfers ?? []) {
      facts.push({ what: `transfer country of "${name}"`, text: countryName(transfer.country, language) });
      if (transfer.recipient !== undefined) facts.push({ what: `transfer recipient of "${name}"`, text: shown(transfer.recipient) });
      if (transfer.mechanism !== undefined) facts.push({ what: `transfer mechanism ${transfer.mechanism} of "${name}"`, text: folded(capitalised(catalogue.mechanisms[transfer.mechanism])) });
    }
    if (activity.retention !== undefined) facts.push({ what: `retention of "${name}"`, text: shown(activity.retention) });
    for (const category of activity.dataCategories) {
      facts.push({ what: `data category of "${name}"`, text: shown(category.name) });
      if (category.retention !== undefined) facts.push({ what: `retention of "${name}" category`, text: shown(category.retention) });
    }
  }
  const authority = organisation.supervisoryAuthority === undefined ? knownAuthority(organisation.country) : undefined;
  if (authority !== undefined) {
    facts.push({ what: 'supervisory authority', text: authority.name });
    if (authority.email !== undefined) facts.push({ what: 'supervisory authority email', text: authority.email });
    facts.push({ what: 'supervisory authority website', text: authority.website });
  }
  return facts;
}

/** The facts not found in `text` (folded), for one readable failure message listing them all. */
export function missingFacts(text: string, facts: readonly Fact[]): string[] {
  return facts.filter((fact) => !text.includes(fact.text)).map((fact) => `${fact.what}: ${fact.text}`);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** What a browser shows of an HTML page's body: tags dropped, entities decoded, whitespace folded. */
export function htmlText(html: string): string {
  const body = html.replace(/<head>[\s\S]*<\/head>/, '').replace(/<[^>]+>/g, ' ');
  return folded(body.replace(/&(#x?[0-9a-f]+|\w+);/gi, (entity, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? entity;
  }));
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
