// `ropa history <register.ropa>`: the audit log, oldest first, one entry a line (when, who, what kind, which record as
// it was named, which fields, from which file), or `--json` for the entries as data; `--record ID` and `--since DATE`
// narrow it. `--verify` checks the chain of hashes instead: exit 0 when whole, 1 naming the first entry that breaks it.
import { fieldName, historyTerm } from '../../shared/history/history-terms.ts';
import type { AuditEntry } from '../../shared/ipc/contract.ts';
import type { Backend } from '../main/backend/backend.ts';
import { call, expectOperands, openRegister, type Output } from './cli-support.ts';
import { momentOf } from './moments.ts';
import { messageLanguage, t } from './i18n.ts';

export type HistoryOptions = { json?: boolean | undefined; record?: string | undefined; since?: string | undefined; verify?: boolean | undefined };

const USAGE = 'history <register.ropa> [--json] [--record ID] [--since DATE] | ropa history <register.ropa> --verify';

/** The most entries listed: far more than any register's history, so the list is whole. */
const ALL_ENTRIES = 1_000_000;

export async function history(backend: Backend, operands: string[], options: HistoryOptions, output: Output): Promise<number> {
  expectOperands(operands, 1, USAGE);
  const registerPath = operands[0] as string;
  const since = options.since === undefined ? undefined : momentOf('--since', options.since);
  await openRegister(backend, registerPath, 'read');
  if (options.verify === true) {
    const verified = await call(backend, 'verifyAudit', {}, registerPath);
    if (verified.broken === null) {
      output.stdout(`${t('history.whole', { count: verified.entries })}\n`);
      return 0;
    }
    output.stdout(`${t('history.broken', { id: verified.broken.id, at: verified.broken.at })}\n`);
    return 1;
  }
  const input = { limit: ALL_ENTRIES, ...(options.record === undefined ? {} : { recordId: options.record }), ...(since === undefined ? {} : { since }) };
  const entries = (await call(backend, 'listAudit', input, registerPath)).reverse();
  if (options.json === true) output.stdout(`${JSON.stringify(entries, null, 2)}\n`);
  else for (const entry of entries) output.stdout(`${line(entry)}\n`);
  return 0;
}

function line(entry: AuditEntry): string {
  const name = entry.recordName === null ? entry.recordId : t('quoted', { text: entry.recordName });
  const language = messageLanguage();
  const record = `${historyTerm(language, `recordType.${entry.recordType}`)} ${name}`;
  const fields = entry.action === 'update' || entry.kind.endsWith('finding') ? entry.changes.map((change) => fieldName(language, change.field)).join(', ') : '';
  const [kind, action] = [historyTerm(language, `kind.${entry.kind}`), historyTerm(language, `action.${entry.action}`)];
  return [`#${entry.id}`, entry.at, entry.actor, kind, action, record, fields, entry.source ?? ''].filter((part) => part !== '').join('  ');
}
