// The wiring every record editor (activity, organisation, processor) shares: the loader's "just created here" seed
// and wait for a fresh answer, the not-found panel, and in the editor the draft form whose save says so and opens a
// new record under its id, Delete that asks first, then says so and closes, Close, and the translation language.
// Each screen keeps its own fields, messages and extra actions:
//   const justSaved = new Map<string, Organisation>();
//   const editor = useRecordEditor({ screen: 'organisations', namespace: 'organisations', justSaved, initial, isNew, schema, nameOf, save });
//   const remove = () => editor.remove({ message: (name) => …, call: (id) => call('deleteOrganisation', { id }) });
// The namespace must have `created`, `saved`, `deleteTitle`, `deleteConfirm`, `deleteFailed` and `deleted`.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Result } from '../../../shared/result.ts';
import { navigate, type Screen } from '../navigation/routing.ts';
import { EmptyState } from './bits.tsx';
import { confirmAction } from './ConfirmDialog.tsx';
import { useDraftForm, type DraftForm } from './form/useDraftForm.ts';
import { notify, notifyFailure } from './toast.tsx';

/** The value `store` holds for `id` when the loader first renders, used once, then forgotten (removed from `store`). */
export function useSeed<R>(store: Map<string, R>, id: string): R | undefined {
  const [seed] = useState(() => store.get(id));
  useEffect(() => {
    store.delete(id);
  }, [store, id]);
  return seed;
}

/**
 * True from the first render where `fresh` holds (a fresh answer, not one cached from before a change) on: the editor
 * starts from that answer, then keeps its own state, so later reloads (after its own saves) do not reset it.
 */
export function useReadyOnce(fresh: boolean): boolean {
  const [ready, setReady] = useState(false);
  if (!ready && fresh) setReady(true);
  return ready;
}

/** The editor's place when its record cannot be shown: a message and Close (back to the screen's list). */
export function EditorNotFound(props: { label: string; title: string; screen: Screen }) {
  const { t } = useTranslation();
  return (
    <section className="editor-panel" aria-label={props.label}>
      <EmptyState
        title={props.title}
        actions={
          <Button className="button" onPress={() => void navigate(props.screen, null)}>
            {t('common:close')}
          </Button>
        }
      />
    </section>
  );
}

export type RecordEditorOptions<T extends { id?: string }, R> = {
  /** The screen the record lives on: where a new record opens and where Close and Delete go back to. */
  screen: Screen;
  /** The translation namespace of the screen's messages. */
  namespace: string;
  /** Records just created here, so the loader shows them at once under their new id (see useSeed). */
  justSaved: Map<string, R>;
  initial: T;
  isNew: boolean;
  schema: z.ZodType;
  nameOf: (record: T) => string;
  /** Asks the register to save the draft. */
  save: (draft: T) => Promise<Result<T>>;
  /** Called first after each successful save. */
  onSaved?: (saved: T) => void;
  /**
   * Asked before each save (after the form's own checks), with the draft and the record as last loaded or saved;
   * false: not saved, and nothing more said (the person chose so, e.g. in confirmSimilarName's question).
   */
  confirmSave?: (draft: T, saved: T) => Promise<boolean>;
};

export type RemoveOptions = {
  /** The confirmation's message, given the record's name. */
  message: (name: string) => ReactNode;
  /** Asks the register to delete the record. */
  call: (id: string) => Promise<Result<unknown>>;
  /** The title of the failure message; `deleteFailed` unless given. */
  failedTitle?: string;
  /** A third choice in the confirmation (e.g. Retire instead), and what it does. */
  secondary?: { label: string; choose: () => Promise<void> };
};

export type RecordEditor<T> = {
  form: DraftForm<T>;
  translationLanguage: string | null;
  setTranslationLanguage: (language: string | null) => void;
  /** Asks first; once deleted, forgets the seed, says so and goes back to the list. */
  remove: (options: RemoveOptions) => Promise<void>;
  /** Back to the list (the panel asked about unsaved changes already). */
  close: () => void;
};

export function useRecordEditor<T extends { id?: string }, R>(options: RecordEditorOptions<T, R>): RecordEditor<T> {
  const { screen, justSaved, isNew, nameOf, onSaved, confirmSave } = options;
  const { t } = useTranslation(options.namespace);
  const [translationLanguage, setTranslationLanguage] = useState<string | null>(null);
  const lastSaved = useRef(options.initial);

  const form = useDraftForm<T>({
    initial: options.initial,
    schema: options.schema,
    onSave: options.save,
    ...(confirmSave === undefined ? {} : { beforeSave: (draft: T) => confirmSave(draft, lastSaved.current) }),
    onSaved: (saved) => {
      lastSaved.current = saved;
      onSaved?.(saved);
      notify(t(isNew ? 'created' : 'saved', { name: nameOf(saved) }));
      if (isNew && saved.id !== undefined) {
        // The register answers a save with the complete record.
        justSaved.set(saved.id, saved as unknown as R);
        void navigate(screen, saved.id, { replace: true, force: true });
      }
    },
  });

  const remove = async (remove: RemoveOptions) => {
    const draft = form.draft;
    const id = draft.id;
    if (id === undefined) return;
    const name = nameOf(draft);
    const choice = await confirmAction({
      title: t('deleteTitle'),
      message: remove.message(name),
      confirmLabel: t('deleteConfirm'),
      destructive: true,
      ...(remove.secondary !== undefined ? { secondaryLabel: remove.secondary.label } : {}),
    });
    if (choice === 'secondary' && remove.secondary !== undefined) return remove.secondary.choose();
    if (choice !== 'confirm') return;
    const result = await remove.call(id);
    if (!result.ok) return notifyFailure(remove.failedTitle ?? t('deleteFailed'), result.error);
    justSaved.delete(id);
    notify(t('deleted', { name }));
    void navigate(screen, null, { force: true });
  };

  return {
    form,
    translationLanguage,
    setTranslationLanguage,
    remove,
    close: () => void navigate(screen, null, { force: true }),
  };
}
