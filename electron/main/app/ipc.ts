// The Electron transport of the register backend: one invoke channel carrying (command name, input). Before the
// backend sees a call, the sender must be the top frame of the app's own page and the name a command of the
// contract; the backend then parses the input with the command's schema. Answers are Results, never throws.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { isCommandName, type CommandName, type RopaEvent } from '../../../shared/ipc/contract.ts';
import { IPC_EVENT, IPC_INVOKE } from '../../../shared/ipc/channels.ts';
import { fail, type Result } from '../../../shared/result.ts';
import type { Backend } from '../backend/backend.ts';

/** True when the message comes from the top frame of a page that `isAppPage` recognises as the app's own. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, isAppPage: (url: string) => boolean) {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppPage(frame.url);
}

export type CommandTransportOptions = {
  backend: Pick<Backend, 'invoke'>;
  /** The page the app serves (app://ropa/, or the dev server in development). */
  isAppPage: (url: string) => boolean;
  /** Told of every answered call, so the shell can follow the open register (title, Recent menu). */
  onResult?: (name: CommandName, result: Result<unknown>) => void;
  warn?: (message: string) => void;
};

export function serveCommands(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  { backend, isAppPage, onResult, warn = console.warn }: CommandTransportOptions,
): () => void {
  ipcMain.handle(IPC_INVOKE, async (event, name: unknown, input: unknown): Promise<Result<unknown>> => {
    if (!isTrustedSender(event, isAppPage)) {
      warn(`Refused an IPC call from ${event.senderFrame?.url ?? 'a destroyed frame'}: not the app's own page.`);
      return fail('invalid-input', "Refused: the request did not come from RoPA Desk's own page.");
    }
    if (!isCommandName(name)) {
      return fail('invalid-input', `Unknown command${typeof name === 'string' ? ` "${name.slice(0, 80)}"` : ''}.`);
    }
    let result: Result<unknown>;
    try {
      result = await backend.invoke(name, input);
    } catch (error) {
      result = fail('internal', `The register backend failed: ${(error as Error)?.message ?? String(error)}`);
    }
    onResult?.(name, result);
    return result;
  });
  return () => ipcMain.removeHandler(IPC_INVOKE);
}

/** Pushes an event to the window's page (a menu command, another register opened). */
export function pushEvent(contents: Pick<WebContents, 'send' | 'isDestroyed'> | null, event: RopaEvent): void {
  if (contents && !contents.isDestroyed()) contents.send(IPC_EVENT, event);
}
