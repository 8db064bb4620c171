// The person's preferences kept beside the registers, in the data folder's settings (not in a register: they follow
// the person, not the file). Handlers: backend/handlers/preferences.ts.
import { command, noInput, returns } from './declare.ts';
import { INTERFACE_LANGUAGES, type InterfaceLanguage } from '../../interface/languages.ts';

/** `language` null: none chosen, the interface follows the system's language. */
export type InterfaceLanguageChoice = { language: InterfaceLanguage | null };

export const preferenceCommands = {
  interfaceLanguage: command({ input: noInput, output: returns<InterfaceLanguageChoice>(), changesRegister: false }),
  chooseInterfaceLanguage: command({
    input: ({ z }) => z.strictObject({ language: z.enum(INTERFACE_LANGUAGES).nullable() }),
    output: returns<InterfaceLanguageChoice>(),
    changesRegister: false,
  }),
} as const;
