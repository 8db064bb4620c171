// A stand-in for the register backend behind `window.ropa`, for the renderer's component tests. The test gives one
// handler per command it expects (typed by the contract); the stand-in answers through the same door the preload
// opens, so the screen under test runs its real `call` (renderer/src/api/ropa.ts) and its real data cache:
//
//   const backend = installStandIn({ listProcessors: () => [processor], saveProcessor: ({ record }) => saved });
//   …
//   expect(backend.sent('saveProcessor')).toEqual([{ record: expect.objectContaining({ name: 'Acme' }) }]);
//
// Like the real backend it parses each input with the command's own schema first: a screen sending what the backend
// would refuse gets the same `invalid-input` failure, and its test fails (the setup file asks `takeRefusedInputs()`),
// as that is a bug of the screen whatever the test is about. It copies inputs and answers as IPC does, so neither side
// can change the other's objects. A command the test gave no handler for is answered with a failure that names it.
import {
  COMMAND_NAMES,
  type CommandInput,
  type CommandName,
  type CommandOutputs,
  type ParsedCommandInput,
  type RopaEvent,
} from '../../../shared/ipc/contract.ts';
import { inputSchemaOf } from '../../../shared/ipc/input-schemas.ts';
import type { Failure, Result } from '../../../shared/result.ts';
import type { WindowRopa } from '../../../renderer/src/api/ropa.ts';

/** A handler's way to answer with a failure (a refusal of the register) instead of a value. */
export class Refusal {
  readonly failure: Failure;
  constructor(failure: Failure) {
    this.failure = failure;
  }
}

/** `refuse('names no recipient', { issues: [{ path: 'record.name', message: 'is required' }] })`; code `invalid-input` unless given. */
export function refuse(message: string, details: Partial<Omit<Failure, 'message'>> = {}): Refusal {
  return new Refusal({ code: 'invalid-input', ...details, message });
}

type Answer<Output> = Output | Refusal;

/** One function per command the test expects, given the input as the backend would have parsed it. */
export type StandInHandlers = Partial<{
  [Name in CommandName]: (input: ParsedCommandInput<Name>) => Answer<CommandOutputs[Name]> | Promise<Answer<CommandOutputs[Name]>>;
}>;

/** A command the page sent, in the order sent; `answered` is false when it had no handler, or its input was refused. */
export type SentCommand = { [Name in CommandName]: { name: Name; input: CommandInput<Name>; answered: boolean } }[CommandName];

export type StandIn = {
  /** Every command sent since the stand-in was installed. */
  readonly calls: readonly SentCommand[];
  /** The inputs of one command, in the order sent. */
  sent<Name extends CommandName>(name: Name): Array<CommandInput<Name>>;
  /** The commands sent that were not answered: what to add when a screen shows a "no handler" failure. */
  unanswered(): CommandName[];
  /** Pushes an event, as the desktop shell does (a menu command, the progress of an import). */
  emit(event: RopaEvent): void;
};

/** Says which command had no handler: it shows on the screen (or in `unanswered()`) when a test forgot one. */
export function noHandlerMessage(name: CommandName): string {
  return `The stand-in backend has no handler for "${name}".`;
}

// The renderer subscribes to events once per window (renderer/src/api/store.ts) and keeps that subscription: the
// listeners outlive each test's stand-in, so that a later test's `emit` still reaches the page.
const eventListeners = new Set<(event: RopaEvent) => void>();

/** The inputs the command schemas refused since last asked: the page sent what the real backend would refuse. */
let refusedInputs: string[] = [];

/** Returns, and forgets, the inputs refused since the last call (the setup file fails the test that sent them). */
export function takeRefusedInputs(): string[] {
  const taken = refusedInputs;
  refusedInputs = [];
  return taken;
}

/** Puts a stand-in backend behind `window.ropa` (replacing any earlier one); the setup file removes it after each test. */
export function installStandIn(handlers: StandInHandlers): StandIn {
  const calls: SentCommand[] = [];

  async function answer(name: CommandName, input: unknown): Promise<Result<unknown>> {
    // What the preload does: the input crosses by structured clone, so the record of it is what was sent then.
    const sent = structuredClone(input);
    const entry = { name, input: sent, answered: false } as SentCommand;
    calls.push(entry);
    const handler = handlers[name] as ((input: unknown) => unknown) | undefined;
    if (handler === undefined) return { ok: false, error: { code: 'internal', message: noHandlerMessage(name) } };
    const parsed = inputSchemaOf(name).safeParse(sent);
    if (!parsed.success) {
      const message = `The stand-in backend refused the input of "${name}" (${JSON.stringify(sent)}): ${parsed.error.message}`;
      refusedInputs.push(message);
      return { ok: false, error: { code: 'invalid-input', message } };
    }
    entry.answered = true;
    const value = await handler(parsed.data);
    if (value instanceof Refusal) return { ok: false, error: structuredClone(value.failure) };
    return { ok: true, value: structuredClone(value) };
  }

  const commands = Object.fromEntries(COMMAND_NAMES.map((name) => [name, (input: unknown) => answer(name, input)])) as unknown as WindowRopa;
  window.ropa = {
    ...commands,
    onEvent(listener) {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
  };

  return {
    calls,
    sent: <Name extends CommandName>(name: Name) =>
      calls.filter((call): call is Extract<SentCommand, { name: Name }> => call.name === name).map((call) => call.input as CommandInput<Name>),
    unanswered: () => [...new Set(calls.filter((call) => !call.answered).map((call) => call.name))],
    emit: (event) => {
      for (const listener of eventListeners) listener(event);
    },
  };
}

/** Takes the stand-in away (the setup file calls it after each test). */
export function removeStandIn(): void {
  delete window.ropa;
}
