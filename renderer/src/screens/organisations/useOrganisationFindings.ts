// The findings of the organisation being edited, from its draft as it is typed: its contact details, its Art. 27
// representative (needed outside the EEA, not inside) and its DPO's contact.
import { useMemo } from 'react';
import { checkOrganisationRecord } from '../../../../shared/checks/check-record.ts';
import type { Finding } from '../../../../shared/checks/findings.ts';
import type { Organisation, OrganisationDraft } from '../../../../shared/model/records.ts';
import { useCheckContext } from '../../components/findings/index.ts';
import { withoutEmptyGroups } from './emptyGroups.ts';

export function useOrganisationFindings(draft: Partial<OrganisationDraft>): Finding[] {
  const { context, options } = useCheckContext();
  return useMemo(() => {
    if (draft.country === undefined || draft.name === undefined) return [];
    try {
      // As it will be saved: a group whose every field was emptied (a representative cleared) is no group at all.
      return checkOrganisationRecord(
        { ...withoutEmptyGroups(draft), id: draft.id ?? '', updatedAt: draft.updatedAt ?? '', revision: draft.revision ?? 0 } as Organisation,
        context,
        options,
      );
    } catch {
      return [];
    }
  }, [draft, context, options]);
}
