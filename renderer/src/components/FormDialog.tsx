// FormDialog: a modal dialog holding a short form (e.g. "New register…", "New processor…"). Enter submits; the
// submit button shows progress; Escape or Cancel closes. The fields are the children: plain controlled fields, or
// draft-bound fields inside a DraftFormProvider. `onSubmit` returns true to close the dialog.
import { useId, useState, type ReactNode } from 'react';
import { Button, Dialog, Form, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

export function FormDialog(props: {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: ReactNode;
  submitLabel: string;
  onSubmit: () => Promise<boolean> | boolean;
  /** A failure to show above the buttons (e.g. the backend's message). */
  error?: string | undefined;
  children: ReactNode;
}) {
  const { t } = useTranslation('common');
  const [busy, setBusy] = useState(false);
  const errorId = useId();
  return (
    <ModalOverlay className="modal-overlay" isOpen={props.isOpen} onOpenChange={props.onOpenChange} isDismissable={!busy}>
      <Modal className="modal">
        <Dialog className="dialog">
          <Heading slot="title" className="dialog-title">
            {props.title}
          </Heading>
          <Form
            className="dialog-form"
            validationBehavior="aria"
            onSubmit={(event) => {
              event.preventDefault();
              if (busy) return;
              setBusy(true);
              void Promise.resolve(props.onSubmit()).then((done) => {
                setBusy(false);
                if (done) props.onOpenChange(false);
              });
            }}
          >
            {props.description !== undefined && <div className="dialog-body">{props.description}</div>}
            <div className="dialog-fields">{props.children}</div>
            {props.error !== undefined && (
              <p className="dialog-error" role="alert" id={errorId}>
                {props.error}
              </p>
            )}
            <div className="dialog-actions">
              <Button className="button" onPress={() => props.onOpenChange(false)} isDisabled={busy}>
                {t('cancel')}
              </Button>
              <Button type="submit" className="button button-primary" isPending={busy}>
                {props.submitLabel}
              </Button>
            </div>
          </Form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
