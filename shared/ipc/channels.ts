/**
 * The two Electron IPC channels between the preload and the app shell (electron/main/app/ipc.ts). Only these
 * names cross the boundary; which command runs is an argument of the invoke channel, checked against the contract.
 */
/** `ipcRenderer.invoke(IPC_INVOKE, name, input)` → `Result` of the command. */
export const IPC_INVOKE = 'ropa:invoke';
/** Main → window: a `RopaEvent`. */
export const IPC_EVENT = 'ropa:event';
