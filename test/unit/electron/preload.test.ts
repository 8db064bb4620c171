import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_EVENT, IPC_INVOKE } from '../../../shared/ipc/channels.ts';
import { COMMAND_NAMES, type RopaEvent } from '../../../shared/ipc/contract.ts';
import type { PreloadApi } from '../../../electron/preload/index.ts';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  listeners: new Map<string, Set<(...args: unknown[]) => void>>(),
  invoke: null as unknown as ReturnType<typeof vi.fn>,
}));

vi.mock('electron', () => {
  electron.invoke = vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'from main' }));
  return {
    contextBridge: { exposeInMainWorld: vi.fn((key: string, api: unknown) => electron.exposed.set(key, api)) },
    ipcRenderer: {
      invoke: electron.invoke,
      on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
        const set = electron.listeners.get(channel) ?? new Set();
        set.add(listener);
        electron.listeners.set(channel, set);
      }),
      removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
        electron.listeners.get(channel)?.delete(listener);
      }),
    },
  };
});

let ropa: PreloadApi;

beforeAll(async () => {
  await import('../../../electron/preload/index.ts');
  ropa = electron.exposed.get('ropa') as PreloadApi;
});

function emitFromMain(event: RopaEvent) {
  const ipcEvent = { sender: 'the ipcRenderer itself: must not reach the page' };
  for (const listener of electron.listeners.get(IPC_EVENT) ?? []) listener(ipcEvent, event);
}

describe('the preload', () => {
  it('exposes window.ropa and nothing else', () => {
    expect([...electron.exposed.keys()]).toEqual(['ropa']);
  });

  it('offers exactly one function per command of the contract, plus onEvent', () => {
    expect(Object.keys(ropa).sort()).toEqual([...COMMAND_NAMES, 'onEvent'].sort());
    for (const value of Object.values(ropa)) expect(typeof value).toBe('function');
  });

  it('does not hand out ipcRenderer, invoke or send', () => {
    const keys = Object.keys(ropa);
    for (const forbidden of ['ipcRenderer', 'invoke', 'send', 'on', 'sendSync', 'require', 'process']) {
      expect(keys).not.toContain(forbidden);
    }
  });

  it('sends a command over the invoke channel with its name and input', async () => {
    await expect(ropa.listActivities({})).resolves.toEqual({ ok: true, value: 'from main' });
    expect(electron.invoke).toHaveBeenLastCalledWith(IPC_INVOKE, 'listActivities', {});
    await ropa.openFile({ path: '/home/dpo/acme.ropa' });
    expect(electron.invoke).toHaveBeenLastCalledWith(IPC_INVOKE, 'openFile', { path: '/home/dpo/acme.ropa' });
  });

  it('sends each command under its own name', async () => {
    for (const name of COMMAND_NAMES) {
      await (ropa[name] as (input: unknown) => Promise<unknown>)({});
      expect(electron.invoke).toHaveBeenLastCalledWith(IPC_INVOKE, name, {});
    }
  });

  it('never rejects: a broken channel becomes a failure', async () => {
    electron.invoke.mockRejectedValueOnce(new Error('channel closed'));
    await expect(ropa.registerInfo({})).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringContaining('channel closed') },
    });
  });

  it('delivers events to a listener without Electron’s event object, until unsubscribed', () => {
    const listener = vi.fn();
    const unsubscribe = ropa.onEvent(listener);
    emitFromMain({ type: 'menu', command: 'save' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith({ type: 'menu', command: 'save' });

    unsubscribe();
    emitFromMain({ type: 'menu', command: 'save' });
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
