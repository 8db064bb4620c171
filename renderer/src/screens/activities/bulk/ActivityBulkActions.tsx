// The bulk actions of the Activities table, shown in its selection bar: set the owner, the status or the review
// dates of the selected activities, add or remove a processor or a security measure. Each opens its dialog; the
// change is sent with the revisions the table showed, so an activity changed meanwhile is refused, not overwritten.
import { useTranslation } from 'react-i18next';
import { BulkActionButtons, bulkTargets, runBulkEdit } from '../../../components/bulk-edit/index.ts';
import { useRegister } from '../../../navigation/RegisterContext.tsx';
import type { SendActivityChange } from './bulkDialog.ts';
import { BulkOwnerDialog } from './BulkOwnerDialog.tsx';
import { BulkProcessorDialog } from './BulkProcessorDialog.tsx';
import { BulkReviewDatesDialog } from './BulkReviewDatesDialog.tsx';
import { BulkSecurityMeasureDialog } from './BulkSecurityMeasureDialog.tsx';
import { BulkStatusDialog } from './BulkStatusDialog.tsx';

/** The actions, in the order of their buttons. */
const DIALOGS = {
  owner: BulkOwnerDialog,
  status: BulkStatusDialog,
  reviews: BulkReviewDatesDialog,
  processors: BulkProcessorDialog,
  measures: BulkSecurityMeasureDialog,
} as const;

export function ActivityBulkActions(props: { selected: ReadonlySet<string>; revisionOf: (id: string) => number | undefined }) {
  const { t } = useTranslation('bulk');
  const info = useRegister();

  const send: SendActivityChange = (change, title) => {
    return runBulkEdit(info.id, 'bulkEditActivities', { ...bulkTargets(props.selected, props.revisionOf), change }, title);
  };

  return <BulkActionButtons dialogs={DIALOGS} label={(action) => t(`activity.${action}`)} count={props.selected.size} send={send} />;
}
