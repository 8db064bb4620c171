// Sends one bulk edit and tells the person how it went: the notice with Undo when records changed, a note when all of
// them already were as asked, or the register's refusal (which names the records) for the dialog to show.
import { call, type BulkEditOutcome, type CommandInput, type Result } from '../../api/index.ts';
import { formatNumber } from '../../i18n/format.ts';
import i18n from '../../i18n/index.ts';
import { notify } from '../toast.tsx';
import { showBulkEditNotice } from './bulkEditNotice.ts';

export type BulkEditCommand = 'bulkEditActivities' | 'bulkEditProcessors';

/** The selected ids, and the revision the table showed of each: a record changed meanwhile is refused, not overwritten. */
export function bulkTargets(selected: ReadonlySet<string>, revisionOf: (id: string) => number | undefined) {
  const ids = [...selected];
  const revisions: Record<string, number> = {};
  for (const id of ids) {
    const revision = revisionOf(id);
    if (revision !== undefined) revisions[id] = revision;
  }
  return { ids, revisions };
}

/**
 * Runs `name` on `input`; `title(changed)` words the notice ("Owner set on 20 activities"). Resolves to the refusal's
 * message, or undefined once done.
 */
export async function runBulkEdit<Name extends BulkEditCommand>(
  registerId: string,
  name: Name,
  input: CommandInput<Name>,
  title: (changed: number) => string,
): Promise<string | undefined> {
  const result: Result<BulkEditOutcome> = await call(name, input);
  if (!result.ok) return result.error.message;
  const { id, recordType, changed, unchanged } = result.value;
  const shown = (count: number) => formatNumber(count, i18n.language);
  if (id === null) {
    notify(i18n.t(`bulk:nothingChanged.${recordType}`, { count: unchanged, shown: shown(unchanged) }), { tone: 'info' });
    return undefined;
  }
  showBulkEditNotice({
    registerId,
    recordType,
    id,
    title: title(changed),
    ...(unchanged === 0 ? {} : { description: i18n.t(`bulk:alreadyAsAsked.${recordType}`, { count: unchanged, shown: shown(unchanged) }) }),
  });
  return undefined;
}
