// The sandboxed preload: maps the contract onto `window.ropa`, one named function per command plus `onEvent`.
// Nothing else crosses: no ipcRenderer, no channel names, no Electron event objects (their `sender` is ipcRenderer).
// From shared/ it takes the command list (shared/ipc/commands/, zod-free: each input schema is a function of a zod
// the backend hands over), types and the two channel names, so the bundle stays a small CommonJS file, no zod.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { COMMAND_NAMES, type CommandName } from '../../shared/ipc/commands/index.ts';
import type { RopaApi, RopaEvent } from '../../shared/ipc/contract.ts';
import { IPC_EVENT, IPC_INVOKE } from '../../shared/ipc/channels.ts';
import type { Result } from '../../shared/result.ts';

/** `window.ropa` in the desktop app: the contract's commands and the shell's events. */
export type PreloadApi = RopaApi & {
  /** Listens to events from the shell (menu commands, a register opened); returns the unsubscribe. */
  onEvent(listener: (event: RopaEvent) => void): () => void;
};

function command(name: CommandName) {
  return (input: unknown): Promise<Result<unknown>> =>
    ipcRenderer.invoke(IPC_INVOKE, name, input).then(
      (result: Result<unknown>) => result,
      // The promise of RopaApi never rejects: a broken channel is a failure like any other.
      (error: unknown) => ({
        ok: false,
        error: { code: 'internal', message: `The app did not answer: ${(error as Error)?.message ?? String(error)}` },
      }),
    );
}

/** The API the preload exposes as `window.ropa`: one function per declared command, and `onEvent`. */
function createPreloadApi(): PreloadApi {
  const commands = Object.fromEntries(COMMAND_NAMES.map((name) => [name, command(name)])) as RopaApi;
  return {
    ...commands,
    onEvent(listener) {
      const forward = (_event: IpcRendererEvent, payload: RopaEvent) => listener(payload);
      ipcRenderer.on(IPC_EVENT, forward);
      return () => {
        ipcRenderer.removeListener(IPC_EVENT, forward);
      };
    },
  };
}

contextBridge.exposeInMainWorld('ropa', createPreloadApi());
