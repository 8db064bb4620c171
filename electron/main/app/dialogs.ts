// The backend's Host in the desktop app: native dialogs to choose a register file, filtered to `.ropa`.
import path from 'node:path';
import { dialog, shell, type BrowserWindow, type FileFilter, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { DocumentKind, Host } from '../backend/backend.ts';
import { t, type ShellKey } from './i18n.ts';

const EXTENSION = '.ropa';

/** The file type the dialogs offer: RoPA registers, `.ropa`. */
export function registerFilters(): FileFilter[] {
  return [{ name: t('fileDialog.filterName'), extensions: ['ropa'] }];
}

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

const DOCUMENT_TITLES: Record<DocumentKind, ShellKey> = {
  report: 'fileDialog.reportTitle',
  policy: 'fileDialog.policyTitle',
  'colleague-file': 'fileDialog.colleagueFileTitle',
};

export function createDialogHost(
  parentWindow: () => BrowserWindow | null,
  documentsDir: () => string,
): Host {
  return {
    nativeDialogs: true,
    async chooseRegisterToOpen() {
      const options: OpenDialogOptions = {
        title: t('fileDialog.openTitle'),
        buttonLabel: t('fileDialog.openButton'),
        properties: ['openFile'],
        filters: registerFilters(),
      };
      const parent = parentWindow();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseColleagueFile() {
      const options: OpenDialogOptions = {
        title: t('fileDialog.importTitle'),
        buttonLabel: t('fileDialog.importButton'),
        properties: ['openFile'],
        filters: [{ name: t('fileDialog.importFilterName'), extensions: ['json', 'ropa', 'xlsx', 'csv'] }],
      };
      const parent = parentWindow();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseRegisterToCreate(suggestedName) {
      const options: SaveDialogOptions = {
        title: t('fileDialog.createTitle'),
        buttonLabel: t('fileDialog.createButton'),
        defaultPath: path.join(documentsDir(), suggestedFileName(suggestedName)),
        filters: registerFilters(),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const parent = parentWindow();
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : withRegisterExtension(result.filePath);
    },
    async chooseDocumentDestination(document, suggestedName, extension) {
      const options: SaveDialogOptions = {
        title: t(DOCUMENT_TITLES[document]),
        buttonLabel: t('fileDialog.reportButton'),
        defaultPath: path.join(documentsDir(), suggestedName),
        filters: [{ name: t(`fileDialog.${extension}FilterName`), extensions: [extension] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const parent = parentWindow();
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      return result.filePath.toLowerCase().endsWith(`.${extension}`) ? result.filePath : `${result.filePath}.${extension}`;
    },
    async revealFile(filePath, how) {
      // Only files the app itself just wrote reach here (the renderer passes back the path the backend returned).
      if (how === 'show-in-folder') {
        shell.showItemInFolder(filePath);
        return true;
      }
      return (await shell.openPath(filePath)) === '';
    },
  };
}
