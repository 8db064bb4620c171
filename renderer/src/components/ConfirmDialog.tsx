// ConfirmDialog: a modal alert dialog that asks before something is removed or lost, says what will happen, and
// offers an optional second way out (e.g. "Retire instead" before deleting). Use it declaratively
// (<ConfirmDialog isOpen … />) or imperatively with `await confirmAction({...})`, which needs <ConfirmHost />
// mounted once (App does that) and resolves to 'confirm', 'secondary' or 'cancel'.
import { useLayoutEffect, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import i18n from '../i18n/index.ts';

export type ConfirmOptions = {
  title: string;
  /** What will happen, in plain words ("Delete the activity “Payroll” (A-0012) and its history?"). */
  message: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  /** Styles the confirm button as dangerous (red). */
  destructive?: boolean;
  /** A third button, e.g. "Retire instead". */
  secondaryLabel?: string;
};

export type ConfirmChoice = 'confirm' | 'secondary' | 'cancel';

export function ConfirmDialog(props: ConfirmOptions & { isOpen: boolean; onChoice: (choice: ConfirmChoice) => void }) {
  // A paragraph cut short (controls.css clamps each to a few lines, for a record's very long name) shows its whole text
  // on hover.
  const body = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    for (const paragraph of body.current?.querySelectorAll('p') ?? []) {
      if (paragraph.scrollHeight > paragraph.clientHeight + 1) paragraph.title = paragraph.textContent ?? '';
    }
  });
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen={props.isOpen}
      isDismissable
      onOpenChange={(open) => {
        if (!open) props.onChoice('cancel');
      }}
    >
      <Modal className="modal">
        <Dialog role="alertdialog" className="dialog">
          <Heading slot="title" className="dialog-title">
            {props.title}
          </Heading>
          <div className="dialog-body" ref={body}>
            {typeof props.message === 'string' ? <p>{props.message}</p> : props.message}
          </div>
          <div className="dialog-actions">
            <Button className="button" onPress={() => props.onChoice('cancel')} autoFocus>
              {props.cancelLabel ?? i18n.t('common:cancel')}
            </Button>
            {props.secondaryLabel !== undefined && (
              <Button className="button" onPress={() => props.onChoice('secondary')}>
                {props.secondaryLabel}
              </Button>
            )}
            <Button className={props.destructive === true ? 'button button-danger' : 'button button-primary'} onPress={() => props.onChoice('confirm')}>
              {props.confirmLabel}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

type Request = ConfirmOptions & { resolve: (choice: ConfirmChoice) => void };

let current: Request | null = null;
const listeners = new Set<() => void>();
const queue: Request[] = [];

function show(next: Request | null): void {
  current = next;
  for (const listener of listeners) listener();
}

/** Asks, and resolves with the person's choice. One question at a time; later ones wait their turn. */
export function confirmAction(options: ConfirmOptions): Promise<ConfirmChoice> {
  return new Promise((resolve) => {
    const request = { ...options, resolve };
    if (current === null) show(request);
    else queue.push(request);
  });
}

/** Mount once near the root: shows the questions asked with `confirmAction`. */
export function ConfirmHost() {
  const request = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
  if (request === null) return null;
  return (
    <ConfirmDialog
      {...request}
      isOpen
      onChoice={(choice) => {
        request.resolve(choice);
        show(queue.shift() ?? null);
      }}
    />
  );
}
