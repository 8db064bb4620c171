// One command line, from its words to its exit code. Only the arguments, the help and the version are handled here;
// the backend, the command's own module and the catalogue of messages (i18n.ts) are imported when a command actually
// runs (commands.ts) or the command line is refused, so that `ropa --version` and `ropa --help` start as fast as Node does.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { InterfaceLanguage } from '../../shared/interface/languages.ts';
import type { Backend } from '../main/backend/backend.ts';
import { OPTIONS, type CliOptions } from './arguments.ts';
import type { Output } from './cli-support.ts';
import { COMMANDS } from './commands.ts';
import { commandUsage, isCliCommandName, USAGE, type CliCommandName } from './usage.ts';

export type { Output };

/** The environment a command line runs in: the locale (LC_ALL, LC_MESSAGES, LANG) and XDG_STATE_HOME. */
export type Environment = Readonly<Record<string, string | undefined>>;

type Messages = typeof import('./i18n.ts');

/** Runs one command line; returns the exit code. Never throws. */
export async function runCli(argv: string[], output: Output, environment: Environment = process.env): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    return refuse(output, langOf(argv), environment, (messages) => wrongArguments(argv, error as Error, messages));
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
    return refuse(output, values.lang, environment, (messages) => messages.t('commandLine.unknownCommand', { command }));
  }
  if (values.help) {
    output.stdout(commandUsage(command));
    return 0;
  }
  const messages = await import('./i18n.ts');
  const messageLanguage = messages.messageLanguageOf(values.lang, environment);
  return messages.inLanguage(messageLanguage, () => runCommand(command, { operands, values, messageLanguage, environment }, output));
}

type Run = { operands: string[]; values: CliOptions; messageLanguage: InterfaceLanguage; environment: Environment };

async function runCommand(command: CliCommandName, run: Run, output: Output): Promise<number> {
  // Loaded here, not at the top: the backend is most of the start-up time, and --version and --help need none of it.
  let backend: Backend | undefined;
  const { CliFailure } = await import('./cli-support.ts');
  try {
    const [commandRun, { createBackend }] = await Promise.all([COMMANDS[command](), import('../main/backend/index.ts')]);
    // The backend's refusals come back in the language of the command line's own messages.
    backend = createBackend({ dataDir: cliDataDir(run.environment), host: noDialogs, messageLanguage: run.messageLanguage });
    return await commandRun(backend, run.operands, run.values, output);
  } catch (error) {
    const failure = error instanceof CliFailure ? error : new CliFailure((error as Error).message);
    output.stderr(`ropa: ${failure.message}\n`);
    return failure.exitCode;
  } finally {
    backend?.close();
  }
}

/** A command line refused before any command ran: one line in the person's language, exit code 2. */
async function refuse(output: Output, lang: string | undefined, environment: Environment, message: (messages: Messages) => string): Promise<number> {
  const messages = await import('./i18n.ts');
  output.stderr(`ropa: ${messages.inLanguage(messages.messageLanguageOf(lang, environment), () => message(messages))}\n`);
  return 2;
}

/** The --lang of a command line that strict parsing refused, as far as it can be read. */
function langOf(argv: string[]): string | undefined {
  const { lang } = parseArgs({ args: argv, allowPositionals: true, strict: false, options: OPTIONS }).values;
  return typeof lang === 'string' ? lang : undefined;
}

/** What is wrong with the options, found the way strict parsing finds it, in words of the catalogue. */
function wrongArguments(argv: string[], error: Error, { t }: Messages): string {
  const { tokens } = parseArgs({ args: argv, allowPositionals: true, strict: false, tokens: true, options: OPTIONS });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = token.rawName;
    if (!Object.hasOwn(OPTIONS, token.name)) return t('commandLine.unknownOption', { option });
    const { type } = OPTIONS[token.name as keyof typeof OPTIONS];
    if (type === 'string' && (token.value === undefined || (!token.inlineValue && token.value.length > 1 && token.value.startsWith('-')))) {
      return t('commandLine.optionNeedsValue', { option });
    }
    if (type === 'boolean' && token.value !== undefined) return t('commandLine.optionTakesNoValue', { option });
  }
  return t('commandLine.wrong', { reason: error.message.replace(/\.$/, '') });
}

const noDialogs = {
  nativeDialogs: false,
  chooseRegisterToOpen: async () => null,
  chooseRegisterToCreate: async () => null,
};

/** The CLI keeps its own settings (recent files) apart from the desktop app's. */
function cliDataDir(environment: Environment): string {
  const base = environment['XDG_STATE_HOME'] ?? path.join(os.homedir(), '.local', 'state');
  return path.join(base, 'ropa-desk-cli');
}

function readVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}
