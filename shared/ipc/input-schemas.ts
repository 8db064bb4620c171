// The commands' input schemas, built from their declarations (commands/) with zod: what the backend parses every
// transport's input with. Built when a command is first used, so a process that runs one command builds one schema.
import { z } from 'zod';
import { languageCode, uuid } from '../model/primitives.ts';
import { COMMANDS, type CommandName, type Commands } from './commands/index.ts';
import type { SchemaKit } from './commands/declare.ts';

export type InputSchema<Name extends CommandName> = ReturnType<Commands[Name]['input']>;

const kit: SchemaKit = { z, uuid, languageCode };
const built = new Map<CommandName, z.ZodType>();

/** The schema `name`'s input is parsed with. */
export function inputSchemaOf<Name extends CommandName>(name: Name): InputSchema<Name> {
  let schema = built.get(name);
  if (schema === undefined) {
    schema = COMMANDS[name].input(kit);
    built.set(name, schema);
  }
  // The map is keyed by the command, so this is the schema its declaration built.
  return schema as InputSchema<Name>;
}
