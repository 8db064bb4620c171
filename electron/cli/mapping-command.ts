// `ropa mapping suggest <file> [--sheet NAME] [--register R]`: the column mapping the app would suggest for a
// spreadsheet, as JSON on standard output (to edit, then give to `ropa import --mapping`), and on standard error
// each column's target and what the first rows would become. With --register, a mapping saved in that register for
// the same headers is offered first.
import path from 'node:path';
import type { MappingSuggestion } from '../../shared/ipc/commands/column-mappings.ts';
import type { Backend } from '../main/backend/backend.ts';
import { CliFailure, call, counted, openRegister, type Output } from './cli-support.ts';
import { t } from './i18n.ts';

export type MappingOptions = { sheet?: string | undefined; register?: string | undefined };

const USAGE = 'mapping suggest <file.xlsx|.csv> [--sheet NAME] [--register <register.ropa>]';

function describe(suggestion: MappingSuggestion): string {
  const activities = counted(suggestion.activityCount, 'activity');
  const lines = [t('mapping.summary', { file: suggestion.fileName, sheet: suggestion.sheet, activities })];
  if (suggestion.savedAs !== undefined) lines.push(t('mapping.savedAs', { name: suggestion.savedAs }));
  if (suggestion.layout !== null) lines.push(t('mapping.knownLayout', { layout: suggestion.layout }));
  for (const column of suggestion.mapping.columns) lines.push(`  ${JSON.stringify(column.header)} → ${column.target}`);
  for (const finding of suggestion.findings.slice(0, 10)) {
    lines.push(`  ${t('mapping.row', { sheet: finding.place.sheet, row: finding.place.row, message: finding.message })}`);
  }
  return `${lines.join('\n')}\n`;
}

export async function mapping(backend: Backend, operands: string[], options: MappingOptions, output: Output): Promise<number> {
  const [action, filePath, ...rest] = operands;
  if (action !== 'suggest' || filePath === undefined || rest.length > 0) throw new CliFailure(t('commandLine.usage', { usage: USAGE }), 2);
  if (options.register !== undefined) await openRegister(backend, options.register, 'read');
  const suggestion = await call(
    backend,
    'suggestColumnMapping',
    { path: path.resolve(filePath), ...(options.sheet === undefined ? {} : { sheet: options.sheet }) },
    filePath,
  );
  output.stdout(`${JSON.stringify(suggestion.mapping, null, 2)}\n`);
  output.stderr(describe(suggestion));
  return 0;
}
