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

  it('asks before unsaved changes are lost, and closes only when the person discards them', () => {
    createMainWindow({ preloadPath: '/p.cjs', devTools: false });
    const window = electron.windows[0] as unknown as FakeWindow;

    electron.messageBoxChoice = 1; // Keep editing
    const keep = preventable();
    window.webContents.emit('will-prevent-unload', keep);
    expect(keep.preventDefault).not.toHaveBeenCalled();

    electron.messageBoxChoice = 0; // Discard changes
    const discard = preventable();
    window.webContents.emit('will-prevent-unload', discard);
    expect(discard.preventDefault).toHaveBeenCalled();
  });
});
