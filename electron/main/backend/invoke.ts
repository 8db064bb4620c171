// Running one command for a transport: parse the input with the contract's schema, call the handler, and turn
// whatever happens into a Result. Nothing thrown inside the backend ever reaches a transport.
import { isCommandName, type CommandName } from '../../../shared/ipc/commands/index.ts';
import { inputSchemaOf } from '../../../shared/ipc/input-schemas.ts';
import { fieldIssues, firstIssue } from '../../../shared/model/issues.ts';
import type { InterfaceLanguage } from '../../../shared/interface/languages.ts';
import { refusalText, refuse } from '../../../shared/refusals/refusals.ts';
import { ok, RegisterError, type Result } from '../../../shared/result.ts';
import { describeSqliteError } from './db/connection.ts';
import type { HandlerTable } from './handlers/handler-table.ts';
import type { Logger } from './session/logger.ts';

/** `language` says in which language the caller reads a refusal, asked anew for each: the person may switch. */
export function createInvoker(handlers: HandlerTable, log: Logger, language: () => InterfaceLanguage) {
  const failed = (error: RegisterError): Result<never> => ({ ok: false, error: error.toFailure((refusal) => refusalText(refusal, language())) });
  return async function invoke(name: CommandName, input: unknown): Promise<Result<unknown>> {
    if (!isCommandName(name)) return failed(refuse('invalid-input', 'register:notACommand', { name: String(name) }));
    // Commands without arguments may be called with nothing at all.
    const parsed = inputSchemaOf(name).safeParse(input === undefined ? {} : input, { reportInput: true });
    if (!parsed.success) {
      const first = firstIssue(parsed.error);
      return failed(new RegisterError('invalid-input', first.line, first.path, fieldIssues(parsed.error)));
    }
    try {
      // The table is keyed by the same name, so this handler takes exactly this command's parsed input.
      const handler = handlers[name] as (input: unknown) => unknown;
      return ok(await handler(parsed.data));
    } catch (error) {
      const known = error instanceof RegisterError ? error : describeSqliteError(error);
      if (known !== undefined) return failed(known);
      log(`The command ${name} failed unexpectedly`, error);
      return failed(refuse('internal', 'register:unexpected', { command: name, reason: error instanceof Error ? error.message : String(error) }));
    }
  };
}
