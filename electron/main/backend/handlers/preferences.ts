// Handlers of the person's preferences (declared in shared/ipc/commands/preferences.ts), kept by the session's
// settings; a new choice of language is announced to the shell and the window (event `interface-language`).
import type { preferenceCommands } from '../../../../shared/ipc/commands/preferences.ts';
import type { HandlerContext } from './context.ts';
import type { HandlersOf } from './handler-table.ts';

export function preferenceHandlers({ session }: HandlerContext): HandlersOf<typeof preferenceCommands> {
  return {
    interfaceLanguage: () => ({ language: session.interfaceLanguage() }),
    chooseInterfaceLanguage: ({ language }) => ({ language: session.chooseInterfaceLanguage(language) }),
  };
}
