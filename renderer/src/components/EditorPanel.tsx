// EditorPanel: the frame of a record editor. A header with the title, an "Unsaved changes" marker, Save (also
// Ctrl/Cmd+S and the desktop menu's File › Save), extra actions and Close (also Escape, when no list, menu or dialog
// is open to take it; asks first when there are unsaved changes); an optional notice (e.g. "Copy of … created as a
// draft"); a summary of the problems that stop a save (each a button that moves to the field); then the form itself
// (children) in a scrolling body, inside a DraftFormProvider so fields can bind by path. Registers the
// unsaved-changes guard while the draft is dirty.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button, Toolbar } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useRopaEvent } from '../api/index.ts';
import { useRegister } from '../navigation/RegisterContext.tsx';
import { DraftFormProvider, useIssueText } from './form/DraftFormContext.tsx';
import type { DraftForm } from './form/useDraftForm.ts';
import { confirmDiscardChanges, useUnsavedChangesGuard } from './unsavedChanges.ts';
import './editor-panel.css';

export type EditorPanelProps<T> = {
  form: DraftForm<T>;
  title: string;
  /** A line under the title (e.g. the reference and revision). */
  subtitle?: ReactNode;
  /** The register's default language, for translatable fields. */
  defaultLanguage: string;
  /** The translation shown beside each text (null: none). */
  translationLanguage?: string | null;
  /** Controls in the header after Save: Duplicate, Retire, Delete, a translation picker… */
  actions?: ReactNode;
  /** Closes the editor (Close, or Escape); asks first when there are unsaved changes. */
  onClose?: () => void;
  /** A line under the header about how the record came to be (e.g. "Copy of … created as a draft"). */
  notice?: ReactNode;
  saveLabel?: string;
  /** Accessible name of the region, e.g. "Activity editor". */
  label: string;
  className?: string;
  children: ReactNode;
};

export function EditorPanel<T>(props: EditorPanelProps<T>) {
  const { t } = useTranslation('form');
  const issueText = useIssueText();
  const titleId = useId();
  const { form } = props;
  // A register open read-only (viewed as of a moment, or written by another RoPA Desk): its records are shown, not edited.
  const { readOnly } = useRegister();
  useUnsavedChangesGuard(form.dirty);

  const saveRef = useRef(form.save);
  useEffect(() => {
    saveRef.current = readOnly ? async () => false : form.save;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void saveRef.current();
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);

  useRopaEvent((event) => {
    if (event.type === 'menu' && event.command === 'save') void saveRef.current();
  });

  const close = async () => {
    if (props.onClose === undefined) return;
    if (form.dirty && !(await confirmDiscardChanges())) return;
    props.onClose();
  };
  const closeRef = useRef(close);
  useEffect(() => {
    closeRef.current = close;
  });

  // Escape closes the editor when focus is in it, on a row of the table beside it, or nowhere, unless a list, menu or
  // dialog is open: those close first (this listener runs before theirs, while they are still open).
  const panelRef = useRef<HTMLElement>(null);
  const closable = props.onClose !== undefined;
  useEffect(() => {
    if (!closable) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return;
      const panel = panelRef.current;
      const target = event.target instanceof Node ? event.target : null;
      if (panel === null || target === null) return;
      const onRowBeside = target instanceof HTMLElement && target.getAttribute('role') === 'row' && panel.closest('.screen')?.contains(target) === true;
      if (!(target === document.body || panel.contains(target) || onRowBeside)) return;
      if (document.querySelector('.popover, .modal-overlay, [role="dialog"], [role="alertdialog"]') !== null) return;
      event.preventDefault();
      void closeRef.current();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [closable]);

  const shownIssues = form.attempted ? form.orderedIssues() : [];
  return (
    <section ref={panelRef} className={`editor-panel ${props.className ?? ''}`} aria-label={props.label}>
      <header className="editor-header">
        <div className="editor-heading">
          <h2 id={titleId} className="editor-title" title={props.title}>
            {props.title}
          </h2>
          <div className="editor-subtitle">
            {props.subtitle}
            {form.dirty && (
              <span className="unsaved-marker" role="status">
                <span className="unsaved-dot" aria-hidden="true" />
                {t('unsaved')}
              </span>
            )}
          </div>
        </div>
        <Toolbar className="editor-toolbar" aria-label={t('editorActions')}>
          {!readOnly && (
            <Button className="button button-primary" onPress={() => void form.save()} isPending={form.saving} aria-keyshortcuts="Control+S Meta+S">
              {form.saving ? t('saving') : (props.saveLabel ?? t('save'))}
            </Button>
          )}
          {/* Duplicate, Retire, Delete…: each would change the register. */}
          {!readOnly && props.actions}
          {props.onClose !== undefined && (
            <Button className="button button-quiet" onPress={() => void close()} aria-keyshortcuts="Escape">
              {t('close')}
            </Button>
          )}
        </Toolbar>
      </header>
      {props.notice !== undefined && props.notice !== null && <div className="editor-notice">{props.notice}</div>}
      {(shownIssues.length > 0 || form.saveError !== undefined) && (
        <div className="error-summary" role="alert">
          {form.saveError !== undefined && <p className="error-summary-title">{t('saveFailed', { message: form.saveError.message })}</p>}
          {shownIssues.length > 0 && (
            <>
              <p className="error-summary-title">{t('cannotSave', { count: shownIssues.length })}</p>
              <ul>
                {shownIssues.map((issue, index) => {
                  const field = form.fieldFor(issue.path);
                  const text = t('issue', { label: field?.label ?? issue.path, message: issueText(issue.message) });
                  return (
                    <li key={`${issue.path}-${index}`}>
                      <Button className="link-button" onPress={() => form.focusIssue(issue.path)}>
                        {text}
                      </Button>
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </div>
      )}
      <DraftFormProvider form={form} defaultLanguage={props.defaultLanguage} translationLanguage={props.translationLanguage ?? null}>
        <div className="editor-body">{props.children}</div>
      </DraftFormProvider>
    </section>
  );
}

/** A titled section of an editor (e.g. "(b) Purposes" with its one-line explanation). */
export function EditorSection(props: { id?: string; title: string; explanation?: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="editor-section" aria-labelledby={headingId} id={props.id}>
      <h3 id={headingId} className="editor-section-title">
        {props.title}
      </h3>
      {props.explanation !== undefined && <p className="editor-section-explanation">{props.explanation}</p>}
      <div className="editor-section-body">{props.children}</div>
    </section>
  );
}
