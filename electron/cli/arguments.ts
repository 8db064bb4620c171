// The options the command line accepts, in one place: parsed once in run.ts, and the type every command takes.
import type { parseArgs } from 'node:util';

export const OPTIONS = {
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
  mapping: { type: 'string' },
  sheet: { type: 'string' },
  register: { type: 'string' },
  json: { type: 'boolean' },
  'min-severity': { type: 'string' },
  'ignore-checks': { type: 'boolean' },
  record: { type: 'string' },
  since: { type: 'string' },
  verify: { type: 'boolean' },
  'as-of': { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** The options as parsed: each one given or undefined. */
export type CliOptions = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>['values'];
