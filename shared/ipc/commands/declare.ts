// How a command is declared: once, with its input schema, its output type and whether it changes the register.
// Everything else (the contract's types, the preload, the renderer client, the handler table's type) is derived
// from these declarations (commands/index.ts joins them).
//
// The declarations carry no zod at run time: the sandboxed preload bundles them to learn the command names, and
// zod would grow its few lines of CommonJS a hundredfold. So an input schema is written as a function of the zod
// kit, which the backend hands over when it parses (input-schemas.ts); zod is imported here for its types only.
import type { z } from 'zod';
import type { languageCode, uuid } from '../../model/primitives.ts';

/** What an input schema is built from: zod and the register's own primitives. */
export type SchemaKit = { z: typeof z; uuid: typeof uuid; languageCode: typeof languageCode };

/** Stands for the command's output type; exists only for the type checker (at run time it is an empty object). */
export type Returns<Output> = { readonly __output: Output };

/** The output type of a command: `output: returns<ProcessingActivity>()`. */
export function returns<Output>(): Returns<Output> {
  return {} as Returns<Output>;
}

export type CommandDeclaration<Input extends z.ZodType = z.ZodType, Output = unknown> = {
  /** The schema every transport's input is parsed with, by the backend, before the handler sees it. */
  readonly input: (kit: SchemaKit) => Input;
  readonly output: Returns<Output>;
  /**
   * True when a success changes the register or which register is open: the renderer's data cache then reloads.
   * A success that only cancelled a native dialog changes nothing (renderer/src/api/ropa.ts).
   */
  readonly changesRegister: boolean;
};

/** Declares one command; the function only lets TypeScript infer the input schema and output types. */
export function command<Input extends z.ZodType, Output>(declaration: CommandDeclaration<Input, Output>): CommandDeclaration<Input, Output> {
  return declaration;
}

/** Inputs shared by several commands. */
export const noInput = ({ z }: SchemaKit) => z.strictObject({});
export const byId = ({ z, uuid }: SchemaKit) => z.strictObject({ id: uuid });
/**
 * A record to save. Records are checked by the backend against the register's own schemas, which depend on its
 * default language, so here they are only "an object".
 */
export const draft = ({ z }: SchemaKit) => z.strictObject({ record: z.record(z.string(), z.unknown()) });
