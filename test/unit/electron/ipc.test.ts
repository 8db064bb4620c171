import { describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { IPC_EVENT, IPC_INVOKE } from '../../../shared/ipc/channels.ts';
import { COMMAND_NAMES, isCommandName } from '../../../shared/ipc/contract.ts';
import type { Result } from '../../../shared/result.ts';
import { pushEvent, serveCommands } from '../../../electron/main/app/ipc.ts';
import { APP_PAGE_URL, isSameOrigin } from '../../../electron/main/app/protocol.ts';

vi.mock('electron', () => ({}));

type Handler = (event: IpcMainInvokeEvent, name: unknown, input: unknown) => Promise<Result<unknown>>;

function transport(invoke = vi.fn(async (_name: string, _input: unknown): Promise<Result<unknown>> => ({ ok: true, value: 'answer' }))) {
  const handlers = new Map<string, Handler>();
  const ipcMain = {
    handle: vi.fn((channel: string, handler: Handler) => handlers.set(channel, handler)),
    removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
  };
  const onResult = vi.fn();
  const warn = vi.fn();
  const stop = serveCommands(ipcMain as never, {
    backend: { invoke },
    isAppPage: (url) => isSameOrigin(url, APP_PAGE_URL),
    onResult,
    warn,
  });
  const call = (sender: { url: string; parent: unknown } | null, name: unknown, input: unknown = {}) =>
    handlers.get(IPC_INVOKE)!({ senderFrame: sender } as unknown as IpcMainInvokeEvent, name, input);
  return { invoke, onResult, warn, call, stop, handlers };
}

const appPage = { url: 'app://ropa/index.html', parent: null };

describe('the IPC transport', () => {
  it('passes a call from the app’s own page to the backend, input untouched, and returns its Result', async () => {
    const { invoke, onResult, call } = transport();
    const input = { id: '0b8e1f0c-5d8e-4c43-9a51-3c1c8c0f5e11' };
    await expect(call(appPage, 'getActivity', input)).resolves.toEqual({ ok: true, value: 'answer' });
    expect(invoke).toHaveBeenCalledWith('getActivity', input);
    expect(onResult).toHaveBeenCalledWith('getActivity', { ok: true, value: 'answer' });
  });

  it('leaves input checking to the backend, which parses it with the contract’s schema', async () => {
    const invoke = vi.fn(async () => ({ ok: false, error: { code: 'invalid-input', message: 'id: Invalid UUID' } }) as const);
    const { call } = transport(invoke);
    const answer = await call(appPage, 'getActivity', { id: 'not-a-uuid', extra: true });
    expect(invoke).toHaveBeenCalledWith('getActivity', { id: 'not-a-uuid', extra: true });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it.each([
    ['a remote page', { url: 'https://evil.example/', parent: null }],
    ['a file:// page', { url: 'file:///home/dpo/Downloads/evil.html', parent: null }],
    ['a look-alike host', { url: 'app://ropa.evil/index.html', parent: null }],
    ['a frame inside the app page', { url: 'app://ropa/index.html', parent: {} }],
    ['a frame that is gone', null],
  ])('refuses a call from %s without reaching the backend', async (_what, sender) => {
    const { invoke, call, warn } = transport();
    const answer = await call(sender, 'exportRegister');
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(invoke).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalled();
  });

  it.each(['dropDatabase', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '', 42, null, { name: 'openFile' }])(
    'refuses the unknown command %j without reaching the backend',
    async (name) => {
      const { invoke, call } = transport();
      const answer = await call(appPage, name);
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/^Unknown command/) } });
      expect(invoke).not.toHaveBeenCalled();
    },
  );

  it('knows exactly the contract’s commands', () => {
    for (const name of COMMAND_NAMES) expect(isCommandName(name)).toBe(true);
    expect(isCommandName('__proto__')).toBe(false);
  });

  it('turns a backend that throws into a failure instead of a rejected promise', async () => {
    const { call } = transport(vi.fn(async () => Promise.reject(new Error('disk on fire'))));
    await expect(call(appPage, 'registerInfo')).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringContaining('disk on fire') },
    });
  });

  it('uses one channel, and can stop serving it', () => {
    const { handlers, stop } = transport();
    expect([...handlers.keys()]).toEqual([IPC_INVOKE]);
    stop();
    expect(handlers.size).toBe(0);
  });

  it('pushes events to a live window only', () => {
    const send = vi.fn();
    pushEvent({ send, isDestroyed: () => false }, { type: 'menu', command: 'save' });
    expect(send).toHaveBeenCalledWith(IPC_EVENT, { type: 'menu', command: 'save' });
    send.mockClear();
    pushEvent({ send, isDestroyed: () => true }, { type: 'menu', command: 'save' });
    pushEvent(null, { type: 'menu', command: 'save' });
    expect(send).not.toHaveBeenCalled();
  });
});
