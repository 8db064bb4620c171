// `ropa export <register.ropa> --out <file>`: the register for a colleague, as an exchange file (or on standard
// output with `--out -`), the spreadsheet template or a CSV of activities; `--owner` keeps one owner's activities.
import path from 'node:path';
import type { ExchangeDocument } from '../../shared/exchange/read.ts';
import { serialiseExchangeDocument } from '../../shared/exchange/write.ts';
import type { Backend } from '../main/backend/backend.ts';
import { CliFailure, call, counted, expectOperands, openRegister, type Output } from './cli-support.ts';
import { t } from './i18n.ts';

export type ExportOptions = { out?: string | undefined; owner?: string | undefined };

export async function exportFile(backend: Backend, operands: string[], options: ExportOptions, output: Output): Promise<number> {
  expectOperands(operands, 1, 'export <register.ropa> --out <file.ropa.json|.xlsx|.csv|.fides.yml> [--owner NAME]');
  const { out, owner } = options;
  if (out === undefined) throw new CliFailure(t('export.needsOut'), 2);
  const registerPath = operands[0] as string;
  await openRegister(backend, registerPath, 'read');
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
