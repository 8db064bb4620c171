// The backend's Host in the desktop app: native dialogs to choose a register file, filtered to `.ropa`.
import path from 'node:path';
import { dialog, type BrowserWindow, type FileFilter, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { Host } from '../backend/backend.ts';

export const REGISTER_FILTERS: FileFilter[] = [{ name: 'RoPA register', extensions: ['ropa'] }];
const EXTENSION = '.ropa';

/** A file name made from a register's name: no path separators or characters that file systems refuse. */
export function suggestedFileName(registerName: string): string {
  const base = registerName
    .replace(/[\p{Cc}<>:"/\\|?*]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+/, '')
    .slice(0, 120)
    // Windows refuses names that end in a dot or a space.
    .replace(/[.\s]+$/, '');
  return `${base || 'Register'}${EXTENSION}`;
}

/** Linux's dialogs do not add the filter's extension by themselves. */
export function withRegisterExtension(filePath: string): string {
  return filePath.toLowerCase().endsWith(EXTENSION) ? filePath : `${filePath}${EXTENSION}`;
}

export function createDialogHost(
  parentWindow: () => BrowserWindow | null,
  documentsDir: () => string,
): Host {
  return {
    nativeDialogs: true,
    async chooseRegisterToOpen() {
      const options: OpenDialogOptions = {
        title: 'Open register',
        buttonLabel: 'Open',
        properties: ['openFile'],
        filters: REGISTER_FILTERS,
      };
      const parent = parentWindow();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseRegisterToCreate(suggestedName) {
      const options: SaveDialogOptions = {
        title: 'New register',
        buttonLabel: 'Create',
        defaultPath: path.join(documentsDir(), suggestedFileName(suggestedName)),
        filters: REGISTER_FILTERS,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const parent = parentWindow();
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : withRegisterExtension(result.filePath);
    },
  };
}
