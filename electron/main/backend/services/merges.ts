// Updates from a colleague's file, first as a preview: the register's own export is kept when it is made for a
// colleague (by revision), so that a file coming back is merged three-way against what it was made from. Nothing
// is written by the preview.
import { parseExchangeText, type ExchangeDocument } from '../../../../shared/exchange/read.ts';
import { serialiseExchangeDocument } from '../../../../shared/exchange/write.ts';
import type { MergePreview } from '../../../../shared/ipc/contract.ts';
import { applyMerge } from '../../../../shared/merge/apply-merge.ts';
import { planMerge } from '../../../../shared/merge/merge-registers.ts';
import { displayText } from '../../../../shared/model/text.ts';
import type { ServiceContext } from './context.ts';
import { sha256Of, type ExchangeService } from './exchange.ts';

export function mergeService(context: ServiceContext, exchange: ExchangeService) {
  const snapshots = context.repositories.snapshots;

  /** The export their file was made from, when it was this register's and is still kept. */
  function baseOf(ours: ExchangeDocument, theirs: ExchangeDocument): ExchangeDocument | undefined {
    if (theirs.register.id !== ours.register.id || theirs.baseRevision === undefined) return undefined;
    const kept = snapshots.get(theirs.baseRevision);
    return kept === undefined ? undefined : parseExchangeText(kept);
  }

  return {
    /** The register as exported for a colleague: kept, so that the file coming back can be merged three-way. */
    exportForColleague(): ExchangeDocument {
      return context.transaction(() => {
        const document = exchange.exportRegister();
        snapshots.keep(document.baseRevision ?? 0, document.exportedAt, serialiseExchangeDocument(document));
        return document;
      });
    },

    /** What merging `text` (an exchange file) into this register would do; nothing is written. */
    preview(input: { text: string; fileName?: string | undefined }): MergePreview {
      const theirs = parseExchangeText(input.text);
      const ours = exchange.exportRegister();
      const base = baseOf(ours, theirs);
      const plan = planMerge(ours, theirs, base);
      const { dangling } = applyMerge(ours, plan);
      const language = ours.register.defaultLanguage;
      const nameOf = (record: Record<string, unknown> | undefined) => displayText(record?.['name'] as Parameters<typeof displayText>[0], language, language);
      return {
        fileName: input.fileName ?? 'exchange file',
        sha256: sha256Of(input.text),
        threeWay: plan.threeWay,
        ...(base === undefined ? {} : { baseRevision: base.baseRevision ?? 0 }),
        counts: plan.counts,
        records: plan.records
          .filter((record) => record.outcome !== 'unchanged')
          .map((record) => ({ type: record.type, id: record.id, name: nameOf(record.ours ?? record.theirs ?? record.base), outcome: record.outcome, fields: record.fields })),
        dangling,
      };
    },
  };
}

export type MergeService = ReturnType<typeof mergeService>;
