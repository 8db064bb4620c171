// Helpers for the backend's integration tests: a backend over a temp folder, with a clock and ids the test controls.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import { createBackend } from '../../../electron/main/backend/index.ts';
import type { Backend, Host } from '../../../electron/main/backend/backend.ts';
import type { CommandInput, CommandName, CommandOutputs, RopaEvent } from '../../../shared/ipc/contract.ts';
import type { Failure } from '../../../shared/result.ts';
import { fixturePath } from '../../support/fixtures.ts';

export function tempFolder(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'ropa-backend-'));
}

export function sha256(filePath: string): string {
  return createHash('sha256').update(readFileSync(filePath)).digest('hex');
}

export function fixtureText(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

/** A clock that stands still until the test moves it. */
export function testClock(start = '2026-11-20T12:00:00Z') {
  let now = new Date(start);
  return {
    now: () => new Date(now),
    set: (value: string) => {
      now = new Date(value);
    },
    advance: (seconds: number) => {
      now = new Date(now.getTime() + seconds * 1000);
    },
  };
}

/** UUIDs that say in which order they were made: …-000000000001, …-000000000002, … */
export function sequentialIds() {
  let counter = 0;
  return () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;
}

export const noDialogs: Host = {
  nativeDialogs: false,
  chooseRegisterToOpen: async () => null,
  chooseRegisterToCreate: async () => null,
};

export type TestBackend = ReturnType<typeof startBackend>;

/** A backend over a fresh temp data folder, closed when the test ends; `call` unwraps a success, `failure` a failure. */
export function startBackend(options: { dataDir?: string; host?: Host; logged?: unknown[]; systemLanguages?: readonly string[] } = {}) {
  const dataDir = options.dataDir ?? tempFolder();
  const clock = testClock();
  const events: RopaEvent[] = [];
  const logged = options.logged ?? [];
  const backend: Backend = createBackend({
    dataDir,
    host: options.host ?? noDialogs,
    actor: 'dpo@test',
    clock: clock.now,
    newId: sequentialIds(),
    log: (message, error) => logged.push({ message, error }),
    // Refusals in English unless a test chooses otherwise, whatever the language of the machine running it.
    systemLanguages: () => options.systemLanguages ?? ['en-GB'],
  });
  backend.onEvent((event) => events.push(event));
  onTestFinished(() => backend.close());

  async function call<Name extends CommandName>(name: Name, input: CommandInput<Name>): Promise<CommandOutputs[Name]> {
    const result = await backend.invoke(name, input);
    if (!result.ok) throw new Error(`${name} failed: ${result.error.code}: ${result.error.message}`);
    return result.value as CommandOutputs[Name];
  }

  async function failure(name: CommandName, input: unknown): Promise<Failure> {
    const result = await backend.invoke(name, input);
    if (result.ok) throw new Error(`${name} succeeded but a failure was expected: ${JSON.stringify(result.value).slice(0, 200)}`);
    return result.error;
  }

  return { backend, dataDir, clock, events, logged, call, failure };
}

/** A backend with its default register open (created in the data folder). */
export async function startWithRegister(options: Parameters<typeof startBackend>[0] = {}) {
  const started = startBackend(options);
  const info = await started.backend.openInitial();
  return { ...started, registerPath: info.filePath };
}

/** The smallest valid organisation, processor and activity, to build on in a test. */
export const organisationDraft = (name = 'Sava Logistics d.o.o.') => ({ name, country: 'SI' });
export const processorDraft = (name: string, extra: Record<string, unknown> = {}) => ({ name, country: 'DE', ...extra });
export const activityDraft = (organisationId: string, name: string | Record<string, string>, extra: Record<string, unknown> = {}) => ({
  organisationId,
  role: 'controller',
  name,
  purposes: ['Paying salaries'],
  legalBases: [{ basis: 'contract' }],
  dataSubjects: ['Employees'],
  dataCategories: [{ name: 'Bank account details' }],
  retention: '10 years',
  public: true,
  status: 'active',
  ...extra,
});

/** The exchange document without the moment it was written. */
export function withoutExportTime(document: object): object {
  const { exportedAt: _exportedAt, ...content } = document as { exportedAt: string };
  return content;
}
