import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  windows: [] as Array<{ options: Record<string, unknown> }>,
  messageBoxChoice: 0,
}));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  class BrowserWindow extends Emitter {
    readonly options: Record<string, unknown>;
    readonly webContents = new Emitter();
    show = vi.fn();
    constructor(options: Record<string, unknown>) {
      super();
      this.options = options;
      electron.windows.push(this);
    }
  }
  return {
    BrowserWindow,
    dialog: { showMessageBoxSync: vi.fn(() => electron.messageBoxChoice) },
  };
});

const { dialog } = await import('electron');
const { createMainWindow, lockedWebPreferences } = await import('../../../electron/main/app/window.ts');

type FakeWindow = EventEmitter & { options: { webPreferences: Record<string, unknown>; title: string }; webContents: EventEmitter };
const preventable = () => ({ preventDefault: vi.fn() });

describe('the application window', () => {
  beforeEach(() => {
    electron.windows.length = 0;
  });

  it('is created with locked webPreferences: isolated, sandboxed, no Node, web security on, no <webview>', () => {
    createMainWindow({ preloadPath: '/app/out/preload/index.cjs', devTools: false });
    const { webPreferences } = (electron.windows[0] as unknown as FakeWindow).options;
    expect(webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
  });

  it('sets every security preference explicitly rather than trusting defaults', () => {
    const preferences = lockedWebPreferences('/preload.cjs', true);
    for (const key of ['contextIsolation', 'sandbox', 'nodeIntegration', 'webSecurity', 'webviewTag'] as const) {
      expect(preferences, key).toHaveProperty(key);
    }
    expect(preferences.devTools).toBe(true);
  });

  it('keeps its own title: the page cannot replace the register name in the title bar', () => {
    createMainWindow({ preloadPath: '/p.cjs', devTools: false });
    const window = electron.windows[0] as unknown as FakeWindow;
    expect(window.options.title).toBe('RoPA Desk');
    const event = preventable();
    window.emit('page-title-updated', event, 'Some page title');
    expect(event.preventDefault).toHaveBeenCalled();
  });

  describe('closing with unsaved changes (the page cancels beforeunload; Electron emits will-prevent-unload)', () => {
    function closeAttempt(answer: 'Leave' | 'Stay') {
      createMainWindow({ preloadPath: '/p.cjs', devTools: false });
      const window = electron.windows[0] as unknown as FakeWindow;
      electron.messageBoxChoice = answer === 'Leave' ? 0 : 1;
      const event = preventable();
      window.webContents.emit('will-prevent-unload', event);
      const box = vi.mocked(dialog.showMessageBoxSync).mock.calls.at(-1) as unknown[] | undefined;
      return { window, event, box };
    }

    beforeEach(() => {
      vi.mocked(dialog.showMessageBoxSync).mockClear();
    });

    it('asks with a message box on the window: Leave or Stay, Stay being the default and what Esc answers', () => {
      const { window, box } = closeAttempt('Stay');
      expect(box?.[0]).toBe(window);
      expect(box?.[1]).toMatchObject({
        message: 'You have unsaved changes. Leave without saving?',
        buttons: ['Leave', 'Stay'],
        defaultId: 1,
        cancelId: 1,
      });
    });

    it('closes when the person chooses Leave (preventDefault overrides the page’s refusal)', () => {
      expect(closeAttempt('Leave').event.preventDefault).toHaveBeenCalledOnce();
    });

    it('stays open, with the draft, when the person chooses Stay', () => {
      expect(closeAttempt('Stay').event.preventDefault).not.toHaveBeenCalled();
    });
  });
});
