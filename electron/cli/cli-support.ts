// What every command of the command line shares: one-line failures with their exit code, calls into the backend
// that name the file concerned, and counts in the language of the messages (i18n.ts).
import path from 'node:path';
import type { Backend } from '../main/backend/backend.ts';
import type { CommandName, CommandOutputs } from '../../shared/ipc/contract.ts';
import { t } from './i18n.ts';

export { counted } from './i18n.ts';

export type Output = { stdout: (text: string) => void; stderr: (text: string) => void };

/** A failure the person can act on: printed as one line, with its exit code. */
export class CliFailure extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}

export function expectOperands(operands: string[], count: number, usage: string): void {
  if (operands.length !== count) throw new CliFailure(t('commandLine.usage', { usage }), 2);
}

/** Calls a backend command; a failure becomes one line naming the file. */
export async function call<Name extends CommandName>(backend: Backend, name: Name, input: unknown, file?: string): Promise<CommandOutputs[Name]> {
  const result = await backend.invoke(name, input);
  if (!result.ok) {
    // A spreadsheet in no known layout is a command line to complete (with --mapping), like a missing operand.
    const exitCode = result.error.code === 'needs-mapping' ? 2 : 1;
    throw new CliFailure(file === undefined ? result.error.message : `${file}: ${result.error.message}`, exitCode);
  }
  return result.value as CommandOutputs[Name];
}

/**
 * Opens the register for the command. A command that only reads (`'read'`: a report, a policy, an export, the list of
 * backups) opens it read-only when a RoPA Desk window is writing to it; one that writes is refused, saying so.
 */
export async function openRegister(backend: Backend, registerPath: string, mode: 'read' | 'write' = 'write'): Promise<void> {
  const file = { path: path.resolve(registerPath) };
  const opened = await backend.invoke('openFile', file);
  if (opened.ok) return;
  if (mode === 'read' && opened.error.code === 'in-use') {
    await call(backend, 'openFile', { ...file, readOnly: true }, registerPath);
    return;
  }
  throw new CliFailure(`${registerPath}: ${opened.error.message}`);
}
