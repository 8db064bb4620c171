import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend } from '../main/backend/index.ts';
import type { Backend } from '../main/backend/backend.ts';
import type { ExchangeDocument } from '../../shared/exchange/read.ts';
import { serialiseExchangeDocument } from '../../shared/exchange/write.ts';
import { isReportLanguage, REPORT_LANGUAGES } from '../../shared/report/languages.ts';
import { CliFailure, call, counted, expectOperands, openRegister, type Output } from './cli-support.ts';
import { backups } from './backups-command.ts';
import { check, printFindings } from './check-command.ts';
import { mergeFile, type MergeOptions } from './merge-command.ts';
import { policy } from './policy-command.ts';
import { USAGE } from './usage.ts';

export type { Output };


/** Runs one command line; returns the exit code. Never throws. */
export async function runCli(argv: string[], output: Output): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        name: { type: 'string' },
        lang: { type: 'string' },
        out: { type: 'string', short: 'o' },
        organisation: { type: 'string' },
        'include-drafts': { type: 'boolean' },
        'diff-from-published': { type: 'boolean' },
        publish: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        'on-conflict': { type: 'string' },
        owner: { type: 'string' },
        json: { type: 'boolean' },
        'min-severity': { type: 'string' },
        'ignore-checks': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    output.stderr(`ropa: ${(error as Error).message}. See 'ropa --help'.\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    output.stdout(`${readVersion()}\n`);
    return 0;
  }
  if (values.help || positionals.length === 0) {
    (values.help ? output.stdout : output.stderr)(USAGE);
    return values.help ? 0 : 2;
  }
  const [command, ...operands] = positionals;
  const backend = createBackend({ dataDir: cliDataDir(), host: noDialogs });
  try {
    switch (command) {
      case 'init':
        return await init(backend, operands, values, output);
      case 'import':
        return await importFile(backend, operands, values, output);
      case 'export':
        return await exportFile(backend, operands, values, output);
      case 'report':
        return await report(backend, operands, values, output);
      case 'policy':
        return await policy(backend, operands, values, output);
      case 'check':
        return await check(backend, operands, values, output);
      case 'backups':
        return await backups(backend, operands, output);
      case 'undo-import': {
        expectOperands(operands, 1, 'undo-import <register.ropa>');
        await openRegister(backend, operands[0] as string);
        const undone = await call(backend, 'undoLastImport', {}, operands[0]);
        output.stdout(`The last import into ${operands[0]} is undone; the merged register is kept as ${undone.undonePath}.\n`);
        return 0;
      }
      default:
        throw new CliFailure(`unknown command "${command}". See 'ropa --help'.`, 2);
    }
  } catch (error) {
    const failure = error instanceof CliFailure ? error : new CliFailure((error as Error).message);
    output.stderr(`ropa: ${failure.message}\n`);
    return failure.exitCode;
  } finally {
    backend.close();
  }
}

const noDialogs = {
  nativeDialogs: false,
  chooseRegisterToOpen: async () => null,
  chooseRegisterToCreate: async () => null,
};

/** The CLI keeps its own settings (recent files) apart from the desktop app's. */
function cliDataDir(): string {
  const base = process.env['XDG_STATE_HOME'] ?? path.join(os.homedir(), '.local', 'state');
  return path.join(base, 'ropa-desk-cli');
}

function readVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

async function init(
  backend: Backend,
  operands: string[],
  options: { name?: string | undefined; lang?: string | undefined },
  output: Output,
): Promise<number> {
  expectOperands(operands, 1, 'init <register.ropa> [--name TEXT] [--lang CODE]');
  const registerPath = operands[0] as string;
  const created = await call(
    backend,
    'createFile',
    { path: path.resolve(registerPath), name: options.name ?? 'Register of processing activities', defaultLanguage: options.lang ?? 'en' },
    registerPath,
  );
  if ('info' in created) output.stdout(`Created ${registerPath}: "${created.info.name}", default language ${created.info.defaultLanguage}.\n`);
  return 0;
}

async function importFile(
  backend: Backend,
  operands: string[],
  options: MergeOptions,
  output: Output,
): Promise<number> {
  expectOperands(operands, 2, 'import <register.ropa> <file.ropa.json> [--dry-run] [--json] [--on-conflict fail|ours|theirs]');
  const [registerPath, filePath] = operands as [string, string];
  await openRegister(backend, registerPath);
  const info = await call(backend, 'registerInfo', {}, registerPath);
  const empty = info.counts.organisations + info.counts.processors + info.counts.activities === 0;
  if (options['dry-run'] === true || !empty) return mergeFile(backend, { filePath, options }, output);
  const summary = await call(backend, 'importRegister', { path: path.resolve(filePath) }, filePath);
  output.stdout(
    `Imported ${counted(summary.activities, 'activity', 'activities')}, ${counted(summary.processors, 'processor')} and ${counted(summary.organisations, 'organisation')} into ${registerPath}.\n`,
  );
  return 0;
}

async function exportFile(backend: Backend, operands: string[], options: { out?: string | undefined; owner?: string | undefined }, output: Output): Promise<number> {
  expectOperands(operands, 1, 'export <register.ropa> --out <file.ropa.json|.xlsx|.csv> [--owner NAME]');
  const { out, owner } = options;
  if (out === undefined) throw new CliFailure('export needs --out <file.ropa.json|.xlsx|.csv> (or --out - for the exchange file on standard output)', 2);
  const registerPath = operands[0] as string;
  await openRegister(backend, registerPath, 'read');
  if (out === '-') {
    const document: ExchangeDocument = await call(backend, 'exportRegister', {}, registerPath);
    output.stdout(serialiseExchangeDocument(document));
    return 0;
  }
  const format = out.toLowerCase().endsWith('.xlsx') ? 'xlsx' : out.toLowerCase().endsWith('.csv') ? 'csv' : 'json';
  const written = await call(
    backend,
    'exportForColleague',
    { format, path: path.resolve(out), ...(owner === undefined ? {} : { owner }) },
    out,
  );
  if ('cancelled' in written) return 1; // only a desktop dialog can be cancelled
  output.stdout(
    `Exported ${counted(written.activities, 'activity', 'activities')}, ${counted(written.processors, 'processor')} and ${counted(written.organisations, 'organisation')} to ${out}.\n`,
  );
  return 0;
}

async function report(
  backend: Backend,
  operands: string[],
  options: { out?: string | undefined; lang?: string | undefined; organisation?: string | undefined; 'include-drafts'?: boolean | undefined },
  output: Output,
): Promise<number> {
  const usage = 'report <register.ropa> --out <file.pdf> [--lang en|uk|bg|sl] [--organisation ID] [--include-drafts]';
  expectOperands(operands, 1, usage);
  if (options.out === undefined) throw new CliFailure('report needs --out <file.pdf>', 2);
  const language = options.lang ?? 'en';
  if (!isReportLanguage(language)) {
    throw new CliFailure(`--lang ${language}: the report is written in ${REPORT_LANGUAGES.join(', ')}`, 2);
  }
  const registerPath = operands[0] as string;
  await openRegister(backend, registerPath, 'read');
  const created = await call(backend, 'createReport', {
    language,
    includeDrafts: options['include-drafts'] === true,
    path: path.resolve(options.out),
    ...(options.organisation === undefined ? {} : { organisationId: options.organisation }),
  });
  if ('cancelled' in created) throw new CliFailure('the report was cancelled; nothing was written');
  for (const warning of created.warnings) output.stderr(`warning: ${warning.message}\n`);
  const findings = await printFindings(backend, options.organisation, output);
  const fallbacks = created.warnings.filter((warning) => warning.kind === 'fallback').length;
  const undrawable = created.warnings.filter((warning) => warning.kind === 'undrawable').length;
  const warnings = `${fallbacks > 0 ? `, ${counted(fallbacks, 'text', 'texts')} in another language` : ''}${undrawable > 0 ? `, ${counted(undrawable, 'text', 'texts')} with characters the PDF fonts cannot draw` : ''}`;
  output.stdout(`Wrote ${options.out}: ${counted(created.pages, 'page')}, ${counted(created.activities, 'activity', 'activities')}, language ${language}${warnings}${findings}.\n`);
  return 0;
}

