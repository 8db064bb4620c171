// The only module that touches `window.ropa` (the Electron preload's API, or the test bridge's script in a browser).
// Everything else in the UI calls `call(...)` from here, so every command has one typed, never-throwing entry point.
import { changesRegister } from '../../../shared/ipc/commands/index.ts';
import type { CommandInput, CommandName, CommandOutputs, RopaApi, RopaEvent } from '../../../shared/ipc/contract.ts';
import type { Result } from '../../../shared/result.ts';

/** What the window offers: the contract's commands plus, where the transport can push, an event subscription. */
export type WindowRopa = RopaApi & { onEvent?: (listener: (event: RopaEvent) => void) => () => void };

declare global {
  interface Window {
    ropa?: WindowRopa;
  }
}

const mutationListeners = new Set<(name: CommandName) => void>();

/** Called after every successful mutation (the data cache subscribes; see store.ts). */
export function onMutation(listener: (name: CommandName) => void): () => void {
  mutationListeners.add(listener);
  return () => mutationListeners.delete(listener);
}

/** True when the page runs with a backend behind it (the desktop app, or a browser with the test bridge). */
export function hasBackend(): boolean {
  return typeof window !== 'undefined' && window.ropa !== undefined;
}

/** Runs one command of the register backend. Never rejects: a failure comes back as `{ ok: false, error }`. */
export async function call<Name extends CommandName>(name: Name, input: CommandInput<Name>): Promise<Result<CommandOutputs[Name]>> {
  const ropa = window.ropa;
  if (ropa === undefined) {
    return { ok: false, error: { code: 'io', message: 'No register backend is connected to this window.' } };
  }
  let result: Result<CommandOutputs[Name]>;
  try {
    const command = ropa[name] as (input: CommandInput<Name>) => Promise<Result<CommandOutputs[Name]>>;
    result = await command(input);
  } catch (error) {
    result = { ok: false, error: { code: 'internal', message: error instanceof Error ? error.message : String(error) } };
  }
  // The command's declaration says whether it changes the register (shared/ipc/commands/): then the cache reloads.
  if (result.ok && changesRegister(name)) {
    // A cancelled native dialog changes nothing.
    const value = result.value as unknown;
    const cancelled = typeof value === 'object' && value !== null && 'cancelled' in value;
    if (!cancelled) for (const listener of mutationListeners) listener(name);
  }
  return result;
}

/** Subscribes to events the shell pushes (register opened from the menu, menu commands). A no-op where unsupported. */
export function subscribeEvents(listener: (event: RopaEvent) => void): () => void {
  const subscribe = window.ropa?.onEvent;
  if (subscribe === undefined) return () => {};
  return subscribe(listener);
}
