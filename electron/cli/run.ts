// One command line, from its words to its exit code. Only the arguments, the help and the version are handled here;
// the backend and the command's own module are imported when a command actually runs (commands.ts), so that
// `ropa --version` and `ropa --help` start as fast as Node does.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Backend } from '../main/backend/backend.ts';
import { OPTIONS } from './arguments.ts';
import { CliFailure, type Output } from './cli-support.ts';
import { COMMANDS } from './commands.ts';
import { commandUsage, isCliCommandName, USAGE } from './usage.ts';

export type { Output };

/** Runs one command line; returns the exit code. Never throws. */
export async function runCli(argv: string[], output: Output): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    output.stderr(`ropa: ${(error as Error).message}. See 'ropa --help'.\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    output.stdout(`${readVersion()}\n`);
    return 0;
  }
  const [command, ...operands] = positionals;
  if (command === undefined) {
    (values.help ? output.stdout : output.stderr)(USAGE);
    return values.help ? 0 : 2;
  }
  if (!isCliCommandName(command)) {
    output.stderr(`ropa: unknown command "${command}". See 'ropa --help'.\n`);
    return 2;
  }
  if (values.help) {
    output.stdout(commandUsage(command));
    return 0;
  }
  // Loaded here, not at the top: the backend is most of the start-up time, and --version and --help need none of it.
  let backend: Backend | undefined;
  try {
    const [run, { createBackend }] = await Promise.all([COMMANDS[command](), import('../main/backend/index.ts')]);
    backend = createBackend({ dataDir: cliDataDir(), host: noDialogs });
    return await run(backend, operands, values, output);
  } catch (error) {
    const failure = error instanceof CliFailure ? error : new CliFailure((error as Error).message);
    output.stderr(`ropa: ${failure.message}\n`);
    return failure.exitCode;
  } finally {
    backend?.close();
  }
}

const noDialogs = {
  nativeDialogs: false,
  chooseRegisterToOpen: async () => null,
  chooseRegisterToCreate: async () => null,
};

/** The CLI keeps its own settings (recent files) apart from the desktop app's. */
function cliDataDir(): string {
  const base = process.env['XDG_STATE_HOME'] ?? path.join(os.homedir(), '.local', 'state');
  return path.join(base, 'ropa-desk-cli');
}

function readVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}
