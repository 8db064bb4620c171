// The findings of the activity being edited, worked out from the draft as it is typed (the rules of shared/checks,
// with the register's organisations, processors and other activities around it), and marked accepted where a person
// accepted the same finding of the saved record.
import { useMemo } from 'react';
import { checkActivityRecord } from '../../../../shared/checks/check-record.ts';
import type { Finding } from '../../../../shared/checks/findings.ts';
import type { ProcessingActivity, ProcessingActivityDraft } from '../../../../shared/model/records.ts';
import { useCheckContext } from '../../components/findings/index.ts';

export function useActivityFindings(draft: ProcessingActivityDraft, reference: string | undefined): Finding[] {
  const { context, options } = useCheckContext();
  return useMemo(() => {
    const references = reference === undefined || draft.id === undefined ? {} : { references: { [draft.id]: reference } };
    try {
      return checkActivityRecord(judgeable(draft), context, { ...options, ...references });
    } catch {
      // A draft the form has not made whole yet: its findings come once it is.
      return [];
    }
  }, [draft, context, options, reference]);
}

/** The draft as the rules read a record: rows still being filled in (a transfer without its country) are left aside. */
function judgeable(draft: ProcessingActivityDraft): ProcessingActivity {
  const transfers = draft.transfers?.filter((transfer) => typeof transfer.country === 'string' && transfer.country !== '');
  return {
    ...draft,
    id: draft.id ?? '',
    updatedAt: draft.updatedAt ?? '',
    revision: draft.revision ?? 0,
    purposes: draft.purposes ?? [],
    dataSubjects: draft.dataSubjects ?? [],
    dataCategories: (draft.dataCategories ?? []).filter((category) => category.name !== undefined),
    ...(transfers === undefined ? {} : { transfers }),
  } as ProcessingActivity;
}
