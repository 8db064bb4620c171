// The findings of the processor being edited, from its draft as it is typed: its country, its Art. 28 contract (needed
// once an active activity uses it) and names that duplicate another processor's.
import { useMemo } from 'react';
import { checkProcessorRecord } from '../../../../shared/checks/check-record.ts';
import type { Finding } from '../../../../shared/checks/findings.ts';
import type { Processor, ProcessorDraft } from '../../../../shared/model/records.ts';
import { useCheckContext } from '../../components/findings/index.ts';

/** The processor as its editor holds it: a draft whose name may still be empty. */
export type ProcessorForm = Omit<ProcessorDraft, 'name'> & { name?: ProcessorDraft['name'] };

export function useProcessorFindings(draft: ProcessorForm): Finding[] {
  const { context, options } = useCheckContext();
  return useMemo(() => {
    if (draft.name === undefined) return [];
    try {
      return checkProcessorRecord(
        { ...draft, id: draft.id ?? '', updatedAt: draft.updatedAt ?? '', revision: draft.revision ?? 0 } as Processor,
        context,
        options,
      );
    } catch {
      return [];
    }
  }, [draft, context, options]);
}
