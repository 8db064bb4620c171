// settings.json in the data folder: the recent register files (newest first), the interface language the person chose,
// and whatever keys other parts of the app keep there, which are preserved when this module writes.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomicallySync } from '../files/atomic-write.ts';
import { isInterfaceLanguage, type InterfaceLanguage } from '../../../../shared/interface/languages.ts';
import type { Logger } from './logger.ts';

export const SETTINGS_FILE = 'settings.json';
export const MAX_RECENT_FILES = 10;

type Settings = { recentFiles?: unknown; [key: string]: unknown };

export function settingsStore(dataDir: string, log: Logger) {
  const file = path.join(dataDir, SETTINGS_FILE);

  const read = (): Settings => {
    if (!existsSync(file)) return {};
    try {
      const value = JSON.parse(readFileSync(file, 'utf8')) as unknown;
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Settings;
    } catch (error) {
      log(`${file} is not readable JSON; starting with empty settings`, error);
    }
    return {};
  };

  const storedRecent = (settings: Settings): string[] =>
    Array.isArray(settings.recentFiles) ? settings.recentFiles.filter((item): item is string => typeof item === 'string') : [];

  /** Writes `changes` over the settings read now; throws when the file cannot be written. */
  const write = (changes: Settings): void => {
    mkdirSync(dataDir, { recursive: true });
    writeFileAtomicallySync(file, `${JSON.stringify({ ...read(), ...changes }, null, 2)}\n`);
  };

  return {
    /** The recent register files that still exist, newest first. */
    recentFiles(): string[] {
      return storedRecent(read()).filter((filePath) => existsSync(filePath));
    },

    /** Puts `filePath` first; a failure to write settings is logged, never a reason to fail opening a register. */
    rememberRecent(filePath: string): void {
      try {
        const recent = [filePath, ...storedRecent(read()).filter((item) => item !== filePath && existsSync(item))];
        write({ recentFiles: recent.slice(0, MAX_RECENT_FILES) });
      } catch (error) {
        log(`Could not record ${filePath} among the recent files`, error);
      }
    },

    /** The interface language the person chose; null when none (or no longer a language the interface has). */
    interfaceLanguage(): InterfaceLanguage | null {
      const stored = read().interfaceLanguage;
      return isInterfaceLanguage(stored) ? stored : null;
    },

    /** Keeps the person's choice (null: follow the system); throws when the settings cannot be written. */
    chooseInterfaceLanguage(language: InterfaceLanguage | null): void {
      write({ interfaceLanguage: language });
    },
  };
}

export type SettingsStore = ReturnType<typeof settingsStore>;
