// Where the host has no native Save dialog (the browser), the path to save to is typed here: required once the
// person tries to save, and the backend's refusal shown in the dialog until they type again. The words are the
// caller's. `onSave` writes the file and answers the refusal to show, or nothing when the dialog may close.
import { useState } from 'react';
import { FormDialog } from './FormDialog.tsx';
import { PlainTextField } from './form/PlainTextField.tsx';
import { usePathField } from './form/usePathField.ts';

export function SavePathDialog(props: {
  isOpen: boolean;
  onClose: () => void;
  title: string;
  labels: { path: string; help: string; required: string; save: string };
  onSave: (path: string) => Promise<string | undefined>;
}) {
  const pathField = usePathField(props.labels.required);
  const [refusal, setRefusal] = useState<string | undefined>(undefined);
  return (
    <FormDialog
      isOpen={props.isOpen}
      onOpenChange={(open) => {
        if (open) return;
        setRefusal(undefined);
        props.onClose();
      }}
      title={props.title}
      submitLabel={props.labels.save}
      error={refusal}
      onSubmit={async () => {
        if (!pathField.check()) return false;
        const refused = await props.onSave(pathField.path);
        setRefusal(refused);
        return refused === undefined;
      }}
    >
      <PlainTextField
        label={props.labels.path}
        description={props.labels.help}
        {...pathField.field}
        onChange={(value) => {
          pathField.field.onChange(value);
          setRefusal(undefined);
        }}
        autoFocus
      />
    </FormDialog>
  );
}
