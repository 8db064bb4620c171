// The bulk actions of the Processors table, shown in its selection bar. Processors have no owner, status or review
// dates; what a DPO changes on several at once is where they keep the data and what kind of recipient they are.
// The change is sent with the revisions the table showed, so a processor changed meanwhile is refused.
import { useTranslation } from 'react-i18next';
import { BulkActionButtons, bulkTargets, runBulkEdit } from '../../../components/bulk-edit/index.ts';
import { useRegister } from '../../../navigation/RegisterContext.tsx';
import type { SendProcessorChange } from './bulkDialog.ts';
import { BulkDataLocationDialog } from './BulkDataLocationDialog.tsx';
import { BulkKindDialog } from './BulkKindDialog.tsx';

/** The actions, in the order of their buttons. */
const DIALOGS = { locations: BulkDataLocationDialog, kind: BulkKindDialog } as const;

export function ProcessorBulkActions(props: { selected: ReadonlySet<string>; revisionOf: (id: string) => number | undefined }) {
  const { t } = useTranslation('bulk');
  const info = useRegister();

  const send: SendProcessorChange = (change, title) => {
    return runBulkEdit(info.id, 'bulkEditProcessors', { ...bulkTargets(props.selected, props.revisionOf), change }, title);
  };

  return <BulkActionButtons dialogs={DIALOGS} label={(action) => t(`processor.${action}`)} count={props.selected.size} send={send} />;
}
