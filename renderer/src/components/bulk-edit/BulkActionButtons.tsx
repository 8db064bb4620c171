// The buttons of a table's bulk actions, each opening its own dialog (one open at a time), every dialog given the
// number selected and `send`, which makes the change on the selected records.
import { useState, type ComponentType } from 'react';
import { Button } from 'react-aria-components';
import type { BulkDialogProps } from './BulkEditDialog.tsx';

export function BulkActionButtons<Action extends string, Send>(props: {
  /** Each action's dialog, in the order the buttons are shown. */
  dialogs: Readonly<Record<Action, ComponentType<BulkDialogProps & { send: Send }>>>;
  label: (action: Action) => string;
  count: number;
  send: Send;
}) {
  const [open, setOpen] = useState<Action | null>(null);
  const actions = Object.keys(props.dialogs) as Action[];
  return (
    <>
      {actions.map((action) => (
        <Button key={action} className="button button-small" onPress={() => setOpen(action)}>
          {props.label(action)}
        </Button>
      ))}
      {actions.map((action) => {
        const Dialog: ComponentType<BulkDialogProps & { send: Send }> = props.dialogs[action];
        return (
          <Dialog key={action} isOpen={open === action} onOpenChange={(isOpen) => setOpen(isOpen ? action : null)} count={props.count} send={props.send} />
        );
      })}
    </>
  );
}
