// The unsaved-changes guard: an editor calls useUnsavedChangesGuard(form.dirty); anything about to throw the draft
// away (navigating, opening another record or register) awaits confirmDiscardChanges() first. Closing or reloading
// the window while a draft is dirty triggers the browser's `beforeunload` warning (in Electron the shell answers
// `will-prevent-unload`).
import { useEffect } from 'react';
import i18n from '../i18n/index.ts';
import { confirmAction } from './ConfirmDialog.tsx';

const dirtyEditors = new Set<symbol>();

function onBeforeUnload(event: BeforeUnloadEvent): void {
  if (dirtyEditors.size === 0) return;
  event.preventDefault();
  event.returnValue = '';
}

export function useUnsavedChangesGuard(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    const token = Symbol('editor');
    dirtyEditors.add(token);
    if (dirtyEditors.size === 1) window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      dirtyEditors.delete(token);
      if (dirtyEditors.size === 0) window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [dirty]);
}

export function hasUnsavedChanges(): boolean {
  return dirtyEditors.size > 0;
}

/** True when there is nothing unsaved, or the person chose to discard it. */
export async function confirmDiscardChanges(): Promise<boolean> {
  if (dirtyEditors.size === 0) return true;
  const choice = await confirmAction({
    title: i18n.t('form:unsavedTitle'),
    message: i18n.t('form:unsavedMessage'),
    confirmLabel: i18n.t('form:discardChanges'),
    cancelLabel: i18n.t('form:keepEditing'),
    destructive: true,
  });
  return choice === 'confirm';
}

/** Forget every guard (after the person chose to discard): lets the next navigation through at once. */
export function releaseUnsavedGuards(): void {
  dirtyEditors.clear();
  window.removeEventListener('beforeunload', onBeforeUnload);
}
