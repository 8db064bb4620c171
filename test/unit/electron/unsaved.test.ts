// Unsaved changes in the page, as the shell learns of them (a synthetic beforeunload) and asks about them.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, WebContents } from 'electron';

const electron = vi.hoisted(() => ({
  showMessageBox: vi.fn(async (_window: unknown, _options: unknown) => ({ response: 1, checkboxChecked: false })),
  showMessageBoxSync: vi.fn((_window: unknown, _options: unknown) => 1),
}));
vi.mock('electron', () => ({ dialog: electron }));

const { leaveGuard, leaveQuestion, pageHasUnsavedChanges, UNSAVED_CHANGES_PROBE } = await import('../../../electron/main/app/unsaved.ts');

/** A web contents whose page answers the probe with `answer` (or never, or by throwing). */
function contents(answer: () => Promise<unknown>, destroyed = false) {
  const executeJavaScript = vi.fn((_code: string) => answer());
  return {
    contents: { isDestroyed: () => destroyed, mainFrame: { executeJavaScript } } as unknown as WebContents,
    executeJavaScript,
  };
}

function window(answer: () => Promise<unknown>, destroyed = false) {
  return { isDestroyed: () => destroyed, webContents: contents(answer).contents } as unknown as BrowserWindow;
}

/** Runs the probe against a page-like EventTarget standing for `window`. */
function runProbe(page: EventTarget): unknown {
  return new Function('window', `return ${UNSAVED_CHANGES_PROBE}`)(page);
}

describe('the probe run in the page', () => {
  it('is true when a beforeunload listener cancels the event (the page’s guard while a draft is dirty)', () => {
    const page = new EventTarget();
    page.addEventListener('beforeunload', (event) => event.preventDefault());
    expect(runProbe(page)).toBe(true);
  });

  it('is false when no listener cancels it (nothing unsaved), and unloads nothing', () => {
    const page = new EventTarget();
    const listener = vi.fn();
    page.addEventListener('beforeunload', listener);
    expect(runProbe(page)).toBe(false);
    expect(listener).toHaveBeenCalledOnce();
    expect(runProbe(new EventTarget())).toBe(false);
  });
});

describe('whether the page holds unsaved changes', () => {
  it('asks the page’s main frame with the probe', async () => {
    const page = contents(async () => true);
    await expect(pageHasUnsavedChanges(page.contents)).resolves.toBe(true);
    expect(page.executeJavaScript).toHaveBeenCalledWith(UNSAVED_CHANGES_PROBE);
  });

  it('is no when the page says so, or answers anything but true', async () => {
    await expect(pageHasUnsavedChanges(contents(async () => false).contents)).resolves.toBe(false);
    await expect(pageHasUnsavedChanges(contents(async () => 'yes').contents)).resolves.toBe(false);
  });

  it('is no when there is no page to ask: destroyed, crashed or navigating (the probe fails)', async () => {
    await expect(pageHasUnsavedChanges(contents(async () => true, true).contents)).resolves.toBe(false);
    await expect(pageHasUnsavedChanges(contents(() => Promise.reject(new Error('frame disposed'))).contents)).resolves.toBe(false);
    const throwing = {
      isDestroyed: () => false,
      get mainFrame(): never {
        throw new Error('Object has been destroyed');
      },
    } as unknown as WebContents;
    await expect(pageHasUnsavedChanges(throwing)).resolves.toBe(false);
  });

  it('is yes when a busy page does not answer in time: better to ask than to lose a draft', async () => {
    await expect(pageHasUnsavedChanges(contents(() => new Promise(() => {})).contents, 10)).resolves.toBe(true);
  });
});

describe('the question', () => {
  it('is “You have unsaved changes. Leave without saving?” with Leave and Stay; Stay is the default and Esc', () => {
    expect(leaveQuestion()).toMatchObject({
      type: 'warning',
      message: 'You have unsaved changes. Leave without saving?',
      buttons: ['Leave', 'Stay'],
      defaultId: 1,
      cancelId: 1,
    });
  });
});

describe('before the shell opens another register', () => {
  beforeEach(() => {
    electron.showMessageBox.mockClear();
  });

  it('goes ahead without a word when nothing is unsaved, or there is no window', async () => {
    await expect(leaveGuard(() => window(async () => false))()).resolves.toBe(true);
    await expect(leaveGuard(() => null)()).resolves.toBe(true);
    await expect(leaveGuard(() => window(async () => true, true))()).resolves.toBe(true);
    expect(electron.showMessageBox).not.toHaveBeenCalled();
  });

  it('asks on the window when a draft is dirty, and goes ahead when the person chooses Leave', async () => {
    const dirty = window(async () => true);
    electron.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    await expect(leaveGuard(() => dirty)()).resolves.toBe(true);
    expect(electron.showMessageBox).toHaveBeenCalledWith(dirty, expect.objectContaining({ buttons: ['Leave', 'Stay'] }));
  });

  it('stops when the person chooses Stay', async () => {
    electron.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    await expect(leaveGuard(() => window(async () => true))()).resolves.toBe(false);
    expect(electron.showMessageBox).toHaveBeenCalledOnce();
  });
});
