// Updates from a colleague's file, first as a preview: the register's own export is kept when it is made for a
// colleague (by revision), so that a file coming back is merged three-way against what it was made from. Nothing
// is written by the preview.
import { parseExchangeText, type ExchangeDocument } from '../../../../shared/exchange/read.ts';
import { partOfRegister, type ExportScope } from '../../../../shared/exchange/part.ts';
import { serialiseExchangeDocument } from '../../../../shared/exchange/write.ts';
import type { AppliedMerge, MergePreview } from '../../../../shared/ipc/contract.ts';
import { applyMerge, type MergeResult } from '../../../../shared/merge/apply-merge.ts';
import type { Resolutions, UnmatchedRecord } from '../../../../shared/merge/merge-plan.ts';
import { refuse } from '../../../../shared/refusals/refusals.ts';
import { planMerge } from '../../../../shared/merge/merge-registers.ts';
import { same } from '../../../../shared/merge/values.ts';
import { displayText } from '../../../../shared/model/text.ts';
import { takeBackup } from '../backups/backups.ts';
import type { ServiceContext } from './context.ts';
import { writeMerged, type MergeKeepers } from './merge-apply.ts';
import { matchByName, withMatches } from './merge-matches.ts';
import type { CheckService } from './checks.ts';
import type { ExchangeService } from './exchange.ts';

/**
 * A colleague's file as read (colleague-files/ reads it, in a worker thread), in the terms a merge needs. Declared
 * here, by the service that merges it, so that services depend on no reader.
 */
export type ColleagueFile = {
  document: ExchangeDocument;
  fileName: string;
  /** Of the file's bytes: recorded in the audit log, and checked again when the merge is applied. */
  sha256: string;
  /** Spreadsheet rows without an id: new records, unless the person matches them to ours of the same name. */
  unmatched: UnmatchedRecord[];
  /** What the person should know about how the file was read (e.g. an edited cell that dropped kept translations). */
  warnings: string[];
};

/** What is merged: a colleague's file as read, and which of its rows without an id the person matched to ours. */
export type MergeSource = ColleagueFile & { matches?: Record<string, string> | undefined };

/** At most this many of the findings a merge would add are listed in its preview (all are counted). */
const LISTED_FINDINGS = 200;

export function mergeService(context: ServiceContext, exchange: ExchangeService, checks: CheckService, keepers: MergeKeepers) {
  const snapshots = context.repositories.snapshots;

  function plan(source: MergeSource) {
    // A register with no organisation yet can take a file that names one (another tool's layout, an exchange file).
    const ours = exchange.receivingDocument();
    const theirs = withMatches(source.document, source.unmatched, source.matches ?? {}, ours);
    const base = baseOf(ours, theirs);
    return { ours, base, plan: planMerge(ours, theirs, base) };
  }

  /** The export their file was made from, when it was this register's and is still kept. */
  function baseOf(ours: ExchangeDocument, theirs: ExchangeDocument): ExchangeDocument | undefined {
    if (theirs.register.id !== ours.register.id || theirs.baseRevision === undefined) return undefined;
    const kept = snapshots.get(theirs.baseRevision, theirs.exportedAt);
    return kept === undefined ? undefined : parseExchangeText(kept);
  }

  return {
    /**
     * The register (or the part of it in `scope`) as exported for a colleague: kept, so that the file coming back is
     * merged three-way against exactly what it contained.
     */
    exportKeepingBase(scope: ExportScope = {}): ExchangeDocument {
      return context.transaction(() => {
        const document = partOfRegister(exchange.registerDocument(), scope);
        // Read-only (another RoPA Desk writes to it), nothing can be kept: the file coming back then merges two-way.
        if (context.readOnly !== true) snapshots.keep(document.baseRevision ?? 0, document.exportedAt, serialiseExchangeDocument(document));
        return document;
      });
    },

    /** What merging the file into this register would do; nothing is written. */
    preview(source: MergeSource): Omit<MergePreview, 'path'> {
      const { ours, base, plan: merge } = plan(source);
      const { dangling, document: merged } = applyMerge(ours, merge);
      const newFindings = checks.added(merged);
      const language = ours.register.defaultLanguage;
      const nameOf = (record: Record<string, unknown> | undefined) => displayText(record?.['name'] as Parameters<typeof displayText>[0], language, language);
      return {
        fileName: source.fileName,
        sha256: source.sha256,
        threeWay: merge.threeWay,
        ...(base === undefined ? {} : { baseRevision: base.baseRevision ?? 0 }),
        counts: merge.counts,
        records: merge.records
          .filter((record) => record.outcome !== 'unchanged')
          .map((record) => ({
            type: record.type,
            id: record.id,
            name: nameOf(record.ours ?? record.theirs ?? record.base),
            outcome: record.outcome,
            fields: record.fields,
            ...(record.outcome === 'new'
              ? {}
              : record.ours === undefined
                ? { deletedIn: 'ours' as const }
                : record.theirs === undefined
                  ? { deletedIn: 'theirs' as const }
                  : {}),
          })),
        dangling,
        proposedMatches: matchByName(source.unmatched, ours),
        warnings: source.warnings,
        newFindings: newFindings.slice(0, LISTED_FINDINGS),
        newFindingCount: newFindings.length,
      };
    },

    /**
     * Merges the file into the register with the conflicts resolved as `resolutions` says: refused while a conflict
     * is unresolved or a reference would dangle. A verified copy of the register is taken first, into its backups folder.
     */
    apply(file: MergeSource, resolutions: Resolutions): AppliedMerge {
      const source = `${file.fileName} (sha256 ${file.sha256})`;
      const checked = plan(file);
      const first = applyMerge(checked.ours, checked.plan, resolutions);
      refuseUnresolved(first);
      // A file that changes nothing (merged before, or merged with itself) writes nothing, not even a copy.
      if (same(first.document, checked.ours)) return { created: 0, updated: 0, deleted: 0, backupPath: null, source };
      const revision = context.repositories.register.get().revision;
      const backupPath = takeBackup(context.db, context.filePath, 'import', context.clock());
      return context.transaction(() => {
        // Planned again only if the register changed since (another process writing the file): never merged stale.
        let result = first;
        let ours = checked.ours;
        if (context.repositories.register.get().revision !== revision) {
          const again = plan(file);
          ours = again.ours;
          result = applyMerge(ours, again.plan, resolutions);
          refuseUnresolved(result);
        }
        return { ...writeMerged(context, keepers, ours, result.document, source), backupPath, source };
      });
    },
  };
}

function refuseUnresolved(result: MergeResult): void {
  if (result.unresolved.length > 0) {
    const listed = result.unresolved.slice(0, 5).map((entry) => (entry.field === undefined ? entry.id : `${entry.id} ${entry.field}`));
    const conflicts = `${listed.join('; ')}${result.unresolved.length > 5 ? '; …' : ''}`;
    throw refuse('conflict', 'register:mergeConflictsUnresolved', { count: result.unresolved.length, conflicts });
  }
  if (result.dangling.length > 0) {
    // Each as "the record's id, its field → the id it names", which reads the same in every language.
    const listed = result.dangling.slice(0, 5).map((entry) => `${entry.id} ${entry.field} → ${entry.missing}`);
    const references = `${listed.join('; ')}${result.dangling.length > 5 ? '; …' : ''}`;
    throw refuse('invalid-input', 'register:mergeWouldDangle', { references });
  }
}

export type MergeService = ReturnType<typeof mergeService>;
