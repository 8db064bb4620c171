import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import type { ExchangeDocument } from '../../../shared/exchange/read.ts';
import type { LegalBasis } from '../../../shared/model/vocabulary.ts';
import { buildPrivacyPolicy } from '../../../shared/policy/build-policy.ts';
import { policyCatalogue } from '../../../shared/policy/catalogue/index.ts';
import { plainText, type PrivacyPolicy } from '../../../shared/policy/policy-document.ts';
import { policyMarkdown } from '../../../shared/policy/render/markdown.ts';
import { REPORT_LANGUAGES, type ReportLanguage } from '../../../shared/report/languages.ts';
import { inLanguage, t } from '../../../electron/cli/i18n.ts';
import { ropa, tempDir, type CliRun } from '../../support/cli.ts';
import { ropaInProcess } from '../../support/cli-in-process.ts';
import { FIXTURES } from '../../support/fixtures.ts';
import { sharedSetup } from '../../support/shared-setup.ts';
import { pdfInfo, pdfText } from '../../support/pdf-tools.ts';
import {
  expectedFacts,
  fixtureDocument,
  htmlText,
  inBatches,
  markdownText,
  missingFacts,
  paragraphsAndItems,
  pdfContains,
  placeholdersIn,
  policyActivities,
  registerFrom,
  registerFromAsync,
  withoutPageFooters,
} from './policy-tools.ts';

type Fixture = (typeof FIXTURES)[number];
const FORMATS = ['html', 'md', 'pdf'] as const;
type Format = (typeof FORMATS)[number];

/** What `ropa policy --out` wrote, the text a reader of that file sees (whitespace folded), and whether it says `phrase`. */
type Written = { file: string; run: CliRun; content: string; text: string; contains: (phrase: string) => boolean };

const GENERATED_AT = new Date('2026-12-01T10:00:00Z');

/** Neither fixture records its supervisory authority: the policy names the lead authority of its country. */
const AUTHORITY: Record<Fixture, string> = {
  'bytheway-en': 'Уповноважений Верховної Ради України з прав людини',
  'btc-sl': 'Informacijski pooblaščenec Republike Slovenije',
};

const written = new Map<string, Written>();
const key = (fixture: Fixture, language: ReportLanguage, format: Format) => `${fixture}/${language}.${format}`;
function output(fixture: Fixture, language: ReportLanguage, format: Format): Written {
  const found = written.get(key(fixture, language, format));
  if (found === undefined) throw new Error(`${key(fixture, language, format)} was not written`);
  return found;
}

function visibleText(format: Format, file: string, content: string, organisation: string): string {
  if (format === 'pdf') return withoutPageFooters(pdfText(file), organisation);
  return format === 'html' ? htmlText(content) : markdownText(content);
}

/**
 * The 24 files (two fixtures × four languages × three formats), each written once by the CLI, two at a time (two cores),
 * in this process (the same runCli as `ropa`, without a Node start per file). No time limit: on a busy machine this
 * takes minutes; and if it fails, each test fails with its error (sharedSetup) instead of 224 tests being skipped.
 */
sharedSetup(async () => {
  const registers = Object.fromEntries(await Promise.all(FIXTURES.map(async (fixture) => [fixture, await registerFromAsync(fixture)]))) as Record<
    Fixture,
    string
  >;
  const folder = tempDir('ropa-policy-out-');
  const jobs = FIXTURES.flatMap((fixture) => REPORT_LANGUAGES.flatMap((language) => FORMATS.map((format) => ({ fixture, language, format }))));
  await inBatches(jobs, 2, async ({ fixture, language, format }) => {
    const file = path.join(folder, `${fixture}-${language}.${format}`);
    // Both fixtures have errors in what the policy publishes (no EU representative, no contact): written anyway, since
    // these tests are about the text; the holding back is tested in policy-blocking.test.ts.
    const run = await ropaInProcess(['policy', registers[fixture], '--out', file, '--lang', language, '--ignore-checks']);
    expect(run.status, run.stderr).toBe(0);
    const content = readFileSync(file, format === 'pdf' ? 'latin1' : 'utf8');
    const text = visibleText(format, file, content, fixtureDocument(fixture).organisations[0]!.name as string);
    const contains = format === 'pdf' ? (phrase: string) => pdfContains(text, phrase) : (phrase: string) => text.includes(phrase);
    written.set(key(fixture, language, format), { file, run, content, text, contains });
  });
});

/** The rights a person has under the bases used, as the GDPR gives them (not as the code under test computes them). */
function rightsExpected(document: ExchangeDocument) {
  const activities = policyActivities(document, document.organisations[0]!);
  const bases = new Set<LegalBasis>(activities.flatMap((activity) => (activity.legalBases ?? []).map((entry) => entry.basis)));
  const consent = bases.has('consent') || activities.some((activity) => activity.specialCategoryConditions?.includes('art9-2-a') === true);
  // Art. 22 only for decisions recorded as solely automated with legal or similarly significant effects.
  const automated = activities.some(
    (activity) => activity.automatedDecisionMaking?.solelyAutomated === true && activity.automatedDecisionMaking.significantEffects,
  );
  return {
    withdrawal: consent,
    portability: consent || bases.has('contract'),
    objection: bases.has('legitimate-interests') || bases.has('public-task'),
    objectionMarketing: true,
    automated,
  };
}

const CASES = FIXTURES.flatMap((fixture) => REPORT_LANGUAGES.map((language) => ({ fixture, language })));

describe.each(CASES)('the privacy policy of $fixture in $language', ({ fixture, language }) => {
  const document = fixtureDocument(fixture);
  const catalogue = policyCatalogue(language);
  const organisation = document.organisations[0]!;

  it('speaks of every activity of the fixture: all are active, public and the organisation’s own as controller', () => {
    // The fixtures have no draft, retired, internal or processor activity; the filtering itself is tested below.
    expect(policyActivities(document, organisation)).toHaveLength(document.activities.length);
    expect(organisation.supervisoryAuthority).toBeUndefined();
  });

  it.each(FORMATS)('states every fact of the register that belongs in the policy, as %s', (format) => {
    const { contains } = output(fixture, language, format);
    const facts = expectedFacts(document, language);
    expect(facts.length).toBeGreaterThan(20);
    expect(missingFacts(contains, facts)).toEqual([]);
    expect(contains(AUTHORITY[fixture])).toBe(true);
  });

  it.each(FORMATS)('does not state what is not in this register (the other fixture’s purposes), as %s', (format) => {
    // A control for the checks above, the PDF's in particular: its words-in-order reading must not find anything.
    const other = fixtureDocument(FIXTURES.find((name) => name !== fixture)!);
    const purposes = expectedFacts(other, language).filter((fact) => fact.what.startsWith('purpose'));
    const { contains } = output(fixture, language, format);
    expect(purposes.length).toBeGreaterThan(4);
    expect(purposes.filter((fact) => contains(fact.text))).toEqual([]);
  });

  it.each(FORMATS)('states the rights the legal bases give, and no other, as %s', (format) => {
    const { contains } = output(fixture, language, format);
    const expected = rightsExpected(document);
    for (const right of ['access', 'rectification', 'erasure', 'restriction'] as const) expect(contains(catalogue.rights[right]), right).toBe(true);
    for (const [right, applies] of Object.entries(expected)) {
      expect(contains(catalogue.rights[right as keyof typeof expected]), `${right} ${applies ? 'should' : 'should not'} be stated`).toBe(applies);
    }
    expect(contains(catalogue.rights.complaint)).toBe(true);
  });

  it.each(FORMATS)('prints no placeholder for a missing value, as %s', (format) => {
    expect(placeholdersIn(output(fixture, language, format).text)).toEqual([]);
  });

  // --lang is also the language of the messages: the line and the warnings are worded in it.
  it.each(FORMATS)('was written with exit code 0 and one line saying so, as %s', (format) => {
    const { run, file } = output(fixture, language, format);
    expect(run.status).toBe(0);
    const [written, warning] = inLanguage(language, () => [
      t('policy.written', { file, language, format: format.toUpperCase(), warnings: '' }),
      t('warning', { message: '' }),
    ]);
    const escaped = written.replace(/\.$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(run.stdout).toMatch(new RegExp(`^${escaped}(, \\d+ [^,.]+)?\\.\\n$`));
    for (const line of run.stderr.split('\n').filter((line) => line !== '')) expect(line.startsWith(warning), line).toBe(true);
  });

  describe('as HTML', () => {
    it('is valid HTML', async () => {
      // The recommended rules, all of them: the inline <style> element is the file's only styling, and no rule
      // of the recommended set objects to it, so nothing needs to be switched off.
      const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
      const report = await validator.validateString(output(fixture, language, 'html').content);
      const messages = report.results.flatMap((result) =>
        result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
      );
      expect(messages).toEqual([]);
      expect(report.valid).toBe(true);
    });

    it('declares its language on the <html> element', () => {
      const { content } = output(fixture, language, 'html');
      expect(content).toMatch(new RegExp(`^<!DOCTYPE html>\\s*<html lang="${language}">`));
    });

    it('loads nothing from elsewhere: no scripts, images, stylesheets or fonts; web addresses only as links', () => {
      const { content } = output(fixture, language, 'html');
      expect(content).not.toMatch(/\ssrc\s*=/i);
      expect(content).not.toMatch(/<link\b/i);
      expect(content).not.toMatch(/<(script|img|iframe|object|embed|video|audio|source)\b/i);
      const style = content.match(/<style>([\s\S]*?)<\/style>/)?.[1] ?? '';
      expect(style).not.toMatch(/url\(|@import/i);
      // Every attribute holding a web address is the href of a link a reader may follow.
      const tags = [...content.matchAll(/<([a-z][a-z0-9]*)\b([^>]*)>/gi)];
      for (const [tag, name, attributes] of tags) {
        for (const [, attribute, value] of (attributes ?? '').matchAll(/([\w:-]+)="([^"]*)"/g)) {
          if (/https?:\/\//i.test(value ?? '')) expect({ tag, attribute }).toEqual({ tag, attribute: name === 'a' ? 'href' : '(no web address here)' });
        }
      }
    });

    it('has a table of contents in <nav> whose links lead to sections that exist, one per numbered section', () => {
      const { content } = output(fixture, language, 'html');
      const nav = content.match(/<nav\b[^>]*>([\s\S]*?)<\/nav>/)?.[1];
      expect(nav).toBeDefined();
      const targets = [...(nav ?? '').matchAll(/href="#([^"]+)"/g)].map((match) => match[1]);
      const ids = new Set([...content.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
      const sections = [...content.matchAll(/<section id="([^"]+)"/g)].map((match) => match[1]);
      expect(targets.length).toBeGreaterThan(5);
      for (const target of targets) expect(ids.has(target), `#${target}`).toBe(true);
      expect(targets).toEqual(sections);
      expect(new Set(ids).size).toBe([...content.matchAll(/\sid="([^"]+)"/g)].length);
    });
  });

  it('as Markdown, has a table of contents whose links lead to anchors that exist', () => {
    const { content } = output(fixture, language, 'md');
    const targets = [...content.matchAll(/^\d+\. \[[^\]]*\]\(#([^)]+)\)$/gm)].map((match) => match[1]);
    const anchors = [...content.matchAll(/^<a id="([^"]+)"><\/a>$/gm)].map((match) => match[1]);
    expect(targets.length).toBeGreaterThan(5);
    expect(targets).toEqual(anchors);
  });

  it('as PDF, has the policy’s title, the organisation as author and the language set', () => {
    const { file, content } = output(fixture, language, 'pdf');
    const info = pdfInfo(file);
    expect(info['Title']).toContain(catalogue.title);
    expect(info['Author']).toBe(organisation.name);
    expect(info['Creator']).toBe('RoPA Desk');
    expect(content).toMatch(new RegExp(`/Lang \\(${language}\\)`));
  });

  describe('as a document', () => {
    const policy = buildPrivacyPolicy({ register: document, language, generatedAt: GENERATED_AT });

    it('has no empty section, paragraph, list or table', () => {
      for (const section of policy.sections) {
        expect(section.blocks.length, section.id).toBeGreaterThan(0);
        for (const block of section.blocks) {
          if (block.kind === 'paragraph') expect(plainText(block.text).trim(), section.id).not.toBe('');
          if (block.kind === 'subheading') expect(block.text.trim(), section.id).not.toBe('');
          if (block.kind === 'list') {
            expect(block.items.length, section.id).toBeGreaterThan(0);
            for (const item of block.items) expect(plainText(item).trim(), section.id).not.toBe('');
          }
          if (block.kind === 'table') {
            expect(block.rows.length, section.id).toBeGreaterThan(0);
            for (const row of block.rows) expect(row, section.id).toHaveLength(block.header.length);
          }
        }
      }
    });

    it('numbers its sections 1 to n without a gap, and no title appears twice', () => {
      expect(policy.sections.map((section) => section.number)).toEqual(policy.sections.map((_, index) => index + 1));
      const titles = policy.sections.map((section) => section.title);
      expect(new Set(titles).size).toBe(titles.length);
      expect(new Set(policy.sections.map((section) => section.id)).size).toBe(policy.sections.length);
    });

    it('says nothing twice: no paragraph, list item or table row is repeated', () => {
      const texts = paragraphsAndItems(policy);
      const seen = new Map<string, string>();
      const repeated: string[] = [];
      for (const { section, text } of texts) {
        const earlier = seen.get(text);
        if (earlier !== undefined) repeated.push(`"${text}" in ${earlier} and ${section}`);
        seen.set(text, section);
      }
      expect(repeated).toEqual([]);
      for (const section of policy.sections) {
        for (const block of section.blocks) {
          if (block.kind !== 'table') continue;
          const rows = block.rows.map((row) => JSON.stringify(row));
          expect(new Set(rows).size, section.id).toBe(rows.length);
        }
      }
    });
  });
});

describe('the warnings for the DPO', () => {
  it('name each missing translation once, a processor’s name too', () => {
    // btc-sl in English: every text falls back to Slovenian, the processors' names among them.
    const policy = buildPrivacyPolicy({ register: fixtureDocument('btc-sl'), language: 'en', generatedAt: GENERATED_AT });
    const messages = policy.warnings.map((warning) => warning.message);
    expect(messages).toContain('Processor "Ponudnik bančnih storitev" name: no English text, printed in Slovenian');
    const repeated = [...new Set(messages.filter((message, index) => messages.indexOf(message) !== index))];
    expect(repeated).toEqual([]);
  });
});

describe('which activities the policy speaks of', () => {
  it('only those active, public and of the organisation as controller: no draft, retired, internal or processor activity', () => {
    const document = structuredClone(fixtureDocument('btc-sl'));
    const [kept, draft, retired, internal, asProcessor] = document.activities;
    if (kept === undefined || draft === undefined || retired === undefined || internal === undefined || asProcessor === undefined)
      throw new Error('btc-sl has five activities');
    draft.status = 'draft';
    retired.status = 'retired';
    internal.public = false;
    asProcessor.role = 'processor';
    const markdown = markdownText(policyMarkdown(buildPrivacyPolicy({ register: document, language: 'sl', generatedAt: GENERATED_AT })));
    expect(markdown).toContain(kept.name as string);
    for (const activity of [draft, retired, internal, asProcessor]) {
      expect(markdown).not.toContain(activity.name as string);
      for (const purpose of activity.purposes) expect(markdown).not.toContain(purpose as string);
    }
  });
});

describe('transfers outside the EEA', () => {
  it('lists a transfer to a third country with its safeguard in plain words, and none to an EEA country', () => {
    const document = structuredClone(fixtureDocument('bytheway-en'));
    const [first] = document.activities;
    if (first === undefined) throw new Error('bytheway-en has activities');
    first.transfers = [
      { country: 'DE', recipient: 'Hosting in Frankfurt', mechanism: 'adequacy' },
      { country: 'US', recipient: 'Mail provider in Virginia', mechanism: 'scc' },
    ];
    for (const other of document.activities.slice(1)) delete other.transfers;
    const policy = buildPrivacyPolicy({ register: document, language: 'en', generatedAt: GENERATED_AT });
    const transfers = policy.sections.find((section) => section.id === 'transfers');
    const text = JSON.stringify(transfers?.blocks);
    expect(text).toContain('Mail provider in Virginia');
    expect(text).toContain('United States');
    expect(text).toContain('Standard data protection clauses adopted by the European Commission');
    expect(text).not.toContain('Hosting in Frankfurt');
  });

  it('says nothing where the register records none but has not confirmed none (BTC), and "we do not transfer" once it is confirmed', () => {
    const document = structuredClone(fixtureDocument('btc-sl'));
    const unconfirmed = buildPrivacyPolicy({ register: document, language: 'en', generatedAt: GENERATED_AT });
    expect(unconfirmed.sections.map((section) => section.id)).not.toContain('transfers');
    expect(JSON.stringify(unconfirmed)).not.toContain('We do not transfer');
    for (const activity of document.activities) activity.confirmedNone = [...(activity.confirmedNone ?? []), 'transfers'];
    for (const processor of document.processors) processor.country = 'SI';
    const confirmed = buildPrivacyPolicy({ register: document, language: 'en', generatedAt: GENERATED_AT });
    const transfers = confirmed.sections.find((section) => section.id === 'transfers');
    expect(JSON.stringify(transfers?.blocks)).toContain('We do not transfer your personal data to countries outside the European Economic Area');
  });
});

describe('the rights the policy states follow the legal bases', () => {
  /** The btc-sl register with every activity on `bases` (and solely automated decisions with significant effects only where `automated`). */
  function policyOn(bases: LegalBasis[], language: ReportLanguage, automated = false): PrivacyPolicy {
    const document = structuredClone(fixtureDocument('btc-sl'));
    for (const activity of document.activities) {
      activity.legalBases = bases.map((basis) =>
        basis === 'legitimate-interests' || basis === 'public-task' ? { basis, detail: 'Zakon o varstvu osebnih podatkov' } : { basis },
      );
      if (automated && activity.automatedDecisions !== undefined) {
        activity.automatedDecisionMaking = {
          solelyAutomated: true,
          significantEffects: true,
          profiling: true,
          logic: 'Ocena iz zgodovine nakupov',
          consequences: 'Ponudba je lahko zavrnjena',
        };
      }
    }
    return buildPrivacyPolicy({ register: document, language, generatedAt: GENERATED_AT });
  }
  const rightsOf = (policy: PrivacyPolicy) => markdownText(policyMarkdown(policy));

  it('the btc-sl register, on consent and a legal obligation, mentions withdrawal of consent and the objection to direct marketing, not the general objection', () => {
    const document = fixtureDocument('btc-sl');
    const bases = new Set(document.activities.flatMap((activity) => (activity.legalBases ?? []).map((entry) => entry.basis)));
    expect([...bases].sort()).toEqual(['consent', 'legal-obligation']);
    for (const language of REPORT_LANGUAGES) {
      const catalogue = policyCatalogue(language);
      const text = rightsOf(buildPrivacyPolicy({ register: document, language, generatedAt: GENERATED_AT }));
      expect(text).toContain(catalogue.rights.withdrawal);
      expect(text).toContain(catalogue.rights.objectionMarketing);
      expect(text).not.toContain(catalogue.rights.objection);
      if (language === 'en')
        expect([catalogue.rights.objection, catalogue.rights.objectionMarketing]).toEqual([expect.stringMatching(/21\(1\)/), expect.stringMatching(/21\(2\)/)]);
    }
  });

  it.each(REPORT_LANGUAGES)('on a contract and a legal obligation only (%s): portability, no withdrawal, no general objection', (language) => {
    const catalogue = policyCatalogue(language);
    const text = rightsOf(policyOn(['contract', 'legal-obligation'], language));
    expect(text).toContain(catalogue.rights.portability);
    expect(text).toContain(catalogue.rights.objectionMarketing);
    expect(text).not.toContain(catalogue.rights.withdrawal);
    expect(text).not.toContain(catalogue.rights.objection);
    expect(text).not.toContain(catalogue.rights.automated);
  });

  it.each(REPORT_LANGUAGES)('on a public task (%s): the general objection, no portability, no withdrawal', (language) => {
    const catalogue = policyCatalogue(language);
    const text = rightsOf(policyOn(['public-task'], language));
    expect(text).toContain(catalogue.rights.objection);
    expect(text).toContain(catalogue.rights.objectionMarketing);
    expect(text).not.toContain(catalogue.rights.portability);
    expect(text).not.toContain(catalogue.rights.withdrawal);
  });

  it.each(REPORT_LANGUAGES)('on legitimate interests (%s): the general objection, and the interest relied on named', (language) => {
    const catalogue = policyCatalogue(language);
    const text = rightsOf(policyOn(['legitimate-interests'], language));
    expect(text).toContain(catalogue.rights.objection);
    expect(text).toContain(`${catalogue.purposes.legitimateInterest} Zakon o varstvu osebnih podatkov`);
    expect(text).not.toContain(catalogue.rights.portability);
  });

  it.each(REPORT_LANGUAGES)('with automated decisions recorded (%s): the Art. 22 right and the automated-decisions section', (language) => {
    const catalogue = policyCatalogue(language);
    const policy = policyOn(['consent'], language, true);
    expect(rightsOf(policy)).toContain(catalogue.rights.automated);
    expect(policy.sections.map((section) => section.id)).toContain('automated');
    expect(policyOn(['consent'], language, false).sections.map((section) => section.id)).not.toContain('automated');
  });
});

describe('ropa policy on bad input', () => {
  const made = sharedSetup(() => registerFrom('btc-sl'));

  it('refuses an unknown language with one line and exit code 2, writing nothing', () => {
    const folder = tempDir();
    const run = ropa(['policy', made(), '--out', path.join(folder, 'policy.html'), '--lang', 'de']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual(['ropa: --lang de: the policy is written in en, uk, bg, sl']);
    expect(run.stdout).toBe('');
    expect(readdirSync(folder)).toEqual([]);
  });

  it('refuses a file name that is not .html, .md or .pdf with exit code 2, writing nothing', () => {
    const folder = tempDir();
    const out = path.join(folder, 'policy.txt');
    const run = ropa(['policy', made(), '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([`ropa: --out ${out}: the policy is written as .html, .md or .pdf`]);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('refuses a folder that does not exist with exit code 1, and leaves no file behind', () => {
    const folder = tempDir();
    const out = path.join(folder, 'missing', 'policy.html');
    const run = ropa(['policy', made(), '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n').filter((line) => line.startsWith('ropa: '))).toEqual([
      `ropa: Cannot save the privacy policy to ${out}: the folder ${path.dirname(out)} does not exist`,
    ]);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(folder)).toEqual([]);
  });
});
