// Unsaved changes in the page. The page has one signal for them, the standard one: while a draft is dirty it keeps a
// `beforeunload` listener that cancels the event (renderer/src/components/unsavedChanges.ts). The shell uses it twice:
//  - closing or reloading the window: Chromium asks the page, the page refuses, Electron emits `will-prevent-unload`
//    and, unless told otherwise, silently keeps the window open; window.ts asks the person instead (leaveSync).
//  - opening another register on the shell's own initiative (Open recent, the demo, a file from a second start or
//    the Finder): the page would drop its draft when the register changes under it, so the shell first dispatches a
//    synthetic, cancelable `beforeunload` in the page; cancelled means dirty, and the person is asked (leaveGuard).
// No channel, command or event of the contract is involved, and the page needs no code beyond its guard.
import { dialog, type BrowserWindow, type MessageBoxOptions, type WebContents } from 'electron';
import { t } from './i18n.ts';
import { APP_TITLE } from './title.ts';

const LEAVE = 0;
const STAY = 1;

/** "You have unsaved changes. Leave without saving?" Leave / Stay; Stay is the default, and what Esc answers. */
export function leaveQuestion(): MessageBoxOptions {
  return {
    type: 'warning',
    buttons: [t('unsaved.leave'), t('unsaved.stay')],
    defaultId: STAY,
    cancelId: STAY,
    noLink: true,
    title: APP_TITLE,
    message: t('unsaved.message'),
    detail: t('unsaved.detail'),
  };
}

/** Asks, blocking (a `will-prevent-unload` handler must decide before it returns); true to leave. */
export function leaveSync(window: BrowserWindow): boolean {
  return dialog.showMessageBoxSync(window, leaveQuestion()) === LEAVE;
}

/** Asks with a message box attached to the window; true to leave. */
export async function leave(window: BrowserWindow): Promise<boolean> {
  const { response } = await dialog.showMessageBox(window, leaveQuestion());
  return response === LEAVE;
}

/**
 * Run in the page's main world, where its listeners live: true when a `beforeunload` listener cancels the event.
 * Nothing unloads; `dispatchEvent` only runs the listeners (which cancel by preventDefault or returnValue).
 */
export const UNSAVED_CHANGES_PROBE = "!window.dispatchEvent(new Event('beforeunload', { cancelable: true }))";

/** How long a busy page has to answer; a page that does not answer may hold changes, so the person is asked. */
export const PROBE_TIMEOUT_MS = 2000;

/**
 * True when the page holds unsaved changes. A page that is gone, crashed or still loading holds none (its probe
 * fails or cannot cancel); a page that does not answer in time is taken to hold some.
 */
export async function pageHasUnsavedChanges(contents: Pick<WebContents, 'isDestroyed' | 'mainFrame'>, timeoutMs = PROBE_TIMEOUT_MS): Promise<boolean> {
  let probe: Promise<unknown>;
  try {
    if (contents.isDestroyed()) return false;
    // The frame's executeJavaScript runs at once; the web contents' own would wait for the page to finish loading.
    probe = contents.mainFrame.executeJavaScript(UNSAVED_CHANGES_PROBE);
  } catch {
    return false;
  }
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(true), timeoutMs);
  });
  try {
    return await Promise.race([
      probe.then(
        (answer) => answer === true,
        () => false,
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The question the controller asks before it opens another register: true when there is nothing unsaved, no
 * window to lose it in, or the person chose to leave.
 */
export function leaveGuard(window: () => BrowserWindow | null): () => Promise<boolean> {
  return async () => {
    const current = window();
    if (!current || current.isDestroyed()) return true;
    if (!(await pageHasUnsavedChanges(current.webContents))) return true;
    // The window may have closed while the page answered.
    return current.isDestroyed() ? true : leave(current);
  };
}
