// `ropa export <register.ropa> --out <file>`: the register for a colleague, as an exchange file (or on standard
// output with `--out -`), the spreadsheet template or a CSV of activities; `--owner` keeps one owner's activities.
import path from 'node:path';
import type { ExchangeDocument } from '../../shared/exchange/read.ts';
import { serialiseExchangeDocument } from '../../shared/exchange/write.ts';
import type { Backend } from '../main/backend/backend.ts';
import { writeFileAtomically } from '../main/backend/files/atomic-write.ts';
import { CliFailure, call, counted, expectOperands, openRegister, type Output } from './cli-support.ts';
import { t } from './i18n.ts';
import { momentOf } from './moments.ts';

export type ExportOptions = { out?: string | undefined; owner?: string | undefined; 'as-of'?: string | undefined };

export async function exportFile(backend: Backend, operands: string[], options: ExportOptions, output: Output): Promise<number> {
  expectOperands(operands, 1, 'export <register.ropa> --out <file.ropa.json|.xlsx|.csv|.fides.yml> [--owner NAME] [--as-of TIME]');
  const { out, owner } = options;
  if (out === undefined) throw new CliFailure(t('export.needsOut'), 2);
  const registerPath = operands[0] as string;
  await openRegister(backend, registerPath, 'read');
  if (options['as-of'] !== undefined) return exportAsOf(backend, registerPath, { out, at: options['as-of'] }, output);
  if (out === '-') {
    const document: ExchangeDocument = await call(backend, 'exportRegister', {}, registerPath);
    output.stdout(serialiseExchangeDocument(document));
    return 0;
  }
  const lower = out.toLowerCase();
  const format = lower.endsWith('.xlsx') ? 'xlsx' : lower.endsWith('.csv') ? 'csv' : lower.endsWith('.yml') || lower.endsWith('.yaml') ? 'fides' : 'json';
  const written = await call(backend, 'exportForColleague', { format, path: path.resolve(out), ...(owner === undefined ? {} : { owner }) }, out);
  if ('cancelled' in written) return 1; // only a desktop dialog can be cancelled
  const activities = counted(written.activities, 'activity');
  const [processors, organisations] = [counted(written.processors, 'processor'), counted(written.organisations, 'organisation')];
  output.stdout(`${t('export.done', { activities, processors, organisations, file: out })}\n`);
  return 0;
}

/**
 * `--as-of TIME`: the register as it stood then, rebuilt from its audit log, as an exchange file (or on standard
 * output). Only the exchange format: the spreadsheet and the manifest are made from the register as it is now.
 */
async function exportAsOf(backend: Backend, registerPath: string, { out, at }: { out: string; at: string }, output: Output): Promise<number> {
  if (out !== '-' && !out.toLowerCase().endsWith('.json')) throw new CliFailure(t('export.asOfExchangeOnly', { file: out }), 2);
  const moment = momentOf('--as-of', at);
  const document: ExchangeDocument = await call(backend, 'exportRegisterAsOf', { at: moment }, registerPath);
  if (out === '-') {
    output.stdout(serialiseExchangeDocument(document));
    return 0;
  }
  await writeFileAtomically(path.resolve(out), serialiseExchangeDocument(document));
  const activities = counted(document.activities.length, 'activity');
  const [processors, organisations] = [counted(document.processors.length, 'processor'), counted(document.organisations.length, 'organisation')];
  output.stdout(`${t('export.doneAsOf', { activities, processors, organisations, file: out, at: moment })}\n`);
  return 0;
}
