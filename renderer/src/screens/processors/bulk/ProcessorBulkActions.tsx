// The bulk actions of the Processors table, shown in its selection bar. Processors have no owner, status or review
// dates; what a DPO changes on several at once is where they keep the data and what kind of recipient they are.
// The change is sent with the revisions the table showed, so a processor changed meanwhile is refused.
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { bulkTargets, runBulkEdit } from '../../../components/bulk-edit/index.ts';
import { useRegister } from '../../../navigation/RegisterContext.tsx';
import type { SendProcessorChange } from './bulkDialog.ts';
import { BulkDataLocationDialog } from './BulkDataLocationDialog.tsx';
import { BulkKindDialog } from './BulkKindDialog.tsx';

const ACTIONS = ['locations', 'kind'] as const;
type Action = (typeof ACTIONS)[number];

const DIALOGS = { locations: BulkDataLocationDialog, kind: BulkKindDialog } as const;

export function ProcessorBulkActions(props: { selected: ReadonlySet<string>; revisionOf: (id: string) => number | undefined }) {
  const { t } = useTranslation('bulk');
  const info = useRegister();
  const [open, setOpen] = useState<Action | null>(null);

  const send: SendProcessorChange = (change, title) => {
    return runBulkEdit(info.id, 'bulkEditProcessors', { ...bulkTargets(props.selected, props.revisionOf), change }, title);
  };

  return (
    <>
      {ACTIONS.map((action) => (
        <Button key={action} className="button button-small" onPress={() => setOpen(action)}>
          {t(`processor.${action}`)}
        </Button>
      ))}
      {ACTIONS.map((action) => {
        const Dialog = DIALOGS[action];
        return (
          <Dialog key={action} isOpen={open === action} onOpenChange={(isOpen) => setOpen(isOpen ? action : null)} count={props.selected.size} send={send} />
        );
      })}
    </>
  );
}
