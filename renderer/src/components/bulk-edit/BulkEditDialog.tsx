// The dialog of one bulk action: its fields (the children), what it will change ("Changes the 20 selected
// activities…"), and the register's refusal, which names the records that stopped it. Closes once the change is made.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../FormDialog.tsx';
import { useFormat } from '../../i18n/format.ts';
import './bulk-edit.css';

export type BulkDialogProps = {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  /** How many records are selected. */
  count: number;
};

export function BulkEditDialog(
  props: BulkDialogProps & {
    recordType: 'activity' | 'processor';
    title: string;
    submitLabel: string;
    /** Sends the change; resolves to the refusal's message, or undefined once made. A field's own error: return false. */
    submit: () => Promise<string | undefined | false>;
    children: ReactNode;
  },
) {
  const { t } = useTranslation('bulk');
  const format = useFormat();
  const [error, setError] = useState<string | undefined>(undefined);
  return (
    <FormDialog
      isOpen={props.isOpen}
      onOpenChange={(open) => {
        if (!open) setError(undefined);
        props.onOpenChange(open);
      }}
      title={props.title}
      description={<p className="bulk-dialog-summary">{t(`summary.${props.recordType}`, { count: props.count, shown: format.number(props.count) })}</p>}
      submitLabel={props.submitLabel}
      error={error}
      onSubmit={async () => {
        const refusal = await props.submit();
        if (refusal === false) return false;
        setError(refusal);
        return refusal === undefined;
      }}
    >
      {props.children}
    </FormDialog>
  );
}
