// Why the backend refused a command, in the language of whoever asked: the interface's (the desktop app, the test
// bridge) or the one the command line was given. A refusal is thrown as a RegisterError carrying its catalogue key and
// values (RegisterError.because), and worded when it leaves the backend (invoke.ts), so the same refusal reads in
// Ukrainian in the app and in English in a script. The catalogues are under ./locales, one namespace per area:
// files (reading and writing files, backups), register (what the register's rules refuse), imports (the files
// a register comes in from), history (the register viewed as of a moment). Dates, numbers and lists go through i18next's Intl formatters ({{at, datetime}}).
import { plainTextCatalogue, type BaseKey } from '../interface/plain-text-catalogue.ts';
import type { InterfaceLanguage } from '../interface/languages.ts';
import { RegisterError, type ErrorCode, type Failure, type Refusal } from '../result.ts';
import bgFiles from './locales/bg/files.json' with { type: 'json' };
import bgHistory from './locales/bg/history.json' with { type: 'json' };
import bgImports from './locales/bg/imports.json' with { type: 'json' };
import bgRegister from './locales/bg/register.json' with { type: 'json' };
import enFiles from './locales/en/files.json' with { type: 'json' };
import enHistory from './locales/en/history.json' with { type: 'json' };
import enImports from './locales/en/imports.json' with { type: 'json' };
import enRegister from './locales/en/register.json' with { type: 'json' };
import slFiles from './locales/sl/files.json' with { type: 'json' };
import slHistory from './locales/sl/history.json' with { type: 'json' };
import slImports from './locales/sl/imports.json' with { type: 'json' };
import slRegister from './locales/sl/register.json' with { type: 'json' };
import ukFiles from './locales/uk/files.json' with { type: 'json' };
import ukHistory from './locales/uk/history.json' with { type: 'json' };
import ukImports from './locales/uk/imports.json' with { type: 'json' };
import ukRegister from './locales/uk/register.json' with { type: 'json' };

const ENGLISH = { files: enFiles, register: enRegister, imports: enImports, history: enHistory };

/** Every catalogue, each with the keys of English (test/unit/shared/refusals.test.ts compares them). */
export const REFUSAL_CATALOGUES: Readonly<Record<InterfaceLanguage, Record<keyof typeof ENGLISH, Record<string, string>>>> = {
  en: ENGLISH,
  uk: { files: ukFiles, register: ukRegister, imports: ukImports, history: ukHistory },
  bg: { files: bgFiles, register: bgRegister, imports: bgImports, history: bgHistory },
  sl: { files: slFiles, register: slRegister, imports: slImports, history: slHistory },
};

/** A refusal of the catalogue, as `files:noSuchBackup`: a misspelt key fails the type check. */
export type RefusalKey = {
  [Namespace in keyof typeof ENGLISH]: `${Namespace}:${BaseKey<keyof (typeof ENGLISH)[Namespace] & string>}`;
}[keyof typeof ENGLISH];

const refusalI18n = plainTextCatalogue(REFUSAL_CATALOGUES);

/** The refusal in `language` (English where a catalogue lacks it), its values filled in. */
export function refusalText(refusal: Refusal, language: InterfaceLanguage): string {
  return refusalI18n.t(refusal.key, { ...refusal.values, lng: language });
}

/**
 * A refusal to throw: its message in English (for logs and tests), its key kept so that the transport's caller reads
 * it in their language. `values` fill the catalogue's {{placeholders}}; `count` also picks the plural form. `issues`:
 * every field or record it is about, for a form or a script to list.
 */
export function refuse(code: ErrorCode, key: RefusalKey, values: Record<string, unknown> = {}, path?: string, issues?: Failure['issues']): RegisterError {
  const refusal = { key, values };
  return new RegisterError(code, refusalText(refusal, 'en'), path, issues, refusal);
}
