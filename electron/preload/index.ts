// The sandboxed preload: maps the contract onto `window.ropa`, one named function per command plus `onEvent`.
// Nothing else crosses: no ipcRenderer, no channel names, no Electron event objects (their `sender` is ipcRenderer).
// From shared/ it takes types and the two channel names only, so the bundle is a few lines of CommonJS, no zod.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { CommandName, RopaApi, RopaEvent } from '../../shared/ipc/contract.ts';
import { IPC_EVENT, IPC_INVOKE } from '../../shared/ipc/channels.ts';
import type { Result } from '../../shared/result.ts';

// Written here as well as in the contract, so that the preload does not carry zod; `satisfies` and the check below
// fail the type check when the two lists differ, and a unit test compares them at run time.
const PRELOAD_COMMANDS = [
  'registerInfo',
  'updateRegister',
  'listOrganisations',
  'saveOrganisation',
  'deleteOrganisation',
  'listProcessors',
  'saveProcessor',
  'deleteProcessor',
  'listActivities',
  'getActivity',
  'saveActivity',
  'duplicateActivity',
  'setActivityStatus',
  'deleteActivity',
  'listAudit',
  'checkRegister',
  'acceptFinding',
  'reopenFinding',
  'exportRegister',
  'importRegister',
  'currentFile',
  'recentFiles',
  'openFile',
  'createFile',
  'openDemo',
  'createReport',
  'cancelReport',
  'revealFile',
  'previewPolicy',
  'exportPolicy',
  'publishPolicy',
  'listPolicyVersions',
  'previewMerge',
  'applyMerge',
  'undoLastImport',
  'exportForColleague',
  'listBackups',
  'restoreBackup',
] as const satisfies readonly CommandName[];

type MissingCommands = Exclude<CommandName, (typeof PRELOAD_COMMANDS)[number]>;
const everyCommandIsExposed: [MissingCommands] extends [never] ? true : MissingCommands = true;
void everyCommandIsExposed;

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

function createPreloadApi(): PreloadApi {
  const commands = Object.fromEntries(PRELOAD_COMMANDS.map((name) => [name, command(name)])) as RopaApi;
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
