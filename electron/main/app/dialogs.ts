// The backend's Host in the desktop app: native dialogs to choose a register file, filtered to `.ropa`.
import path from 'node:path';
import { dialog, shell, type BrowserWindow, type FileFilter, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { DocumentKind, Host } from '../backend/backend.ts';
import { REGISTER_EXTENSION, withExtension } from '../backend/files/file-names.ts';
import { t, type ShellKey } from './i18n.ts';

/** The file type the dialogs offer: RoPA registers, `.ropa`. */
export function registerFilters(): FileFilter[] {
  return [{ name: t('fileDialog.filterName'), extensions: [REGISTER_EXTENSION.slice(1)] }];
}

const DOCUMENT_TITLES: Record<DocumentKind, ShellKey> = {
  report: 'fileDialog.reportTitle',
  policy: 'fileDialog.policyTitle',
  'colleague-file': 'fileDialog.colleagueFileTitle',
  'audit-log': 'fileDialog.auditLogTitle',
};

export function createDialogHost(parentWindow: () => BrowserWindow | null, documentsDir: () => string): Host {
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
        filters: [{ name: t('fileDialog.importFilterName'), extensions: ['json', 'ropa', 'xlsx', 'csv', 'yml', 'yaml'] }],
      };
      const parent = parentWindow();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    // The backend suggests whole file names, extension included (backend/files/file-names.ts): shown as given.
    async chooseRegisterToCreate(suggestedName) {
      const options: SaveDialogOptions = {
        title: t('fileDialog.createTitle'),
        buttonLabel: t('fileDialog.createButton'),
        defaultPath: path.join(documentsDir(), suggestedName),
        filters: registerFilters(),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const parent = parentWindow();
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      // Linux's dialogs do not add the filter's extension by themselves.
      return result.canceled || !result.filePath ? null : withExtension(result.filePath, REGISTER_EXTENSION);
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
      return withExtension(result.filePath, `.${extension}`);
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
