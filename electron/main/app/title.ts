// The title bar says which register is open: `<register name> — <file name> — RoPA Desk`.
import type { RegisterInfo } from '../../../shared/ipc/contract.ts';

export const APP_TITLE = 'RoPA Desk';

/** The file's own name, whichever separator its path uses (a Windows path read on any system, too). */
export function fileNameOf(filePath: string): string {
  return filePath.split(/[\\/]/).filter(Boolean).pop() ?? filePath;
}

export function windowTitle(info: Pick<RegisterInfo, 'name' | 'filePath'> | null): string {
  if (info === null) return APP_TITLE;
  const name = info.name.trim();
  return [name, fileNameOf(info.filePath), APP_TITLE].filter(Boolean).join(' — ');
}
