// The processors and sub-processors. Handlers: backend/handlers/processors.ts.
import { byId, command, draft, noInput, returns } from './declare.ts';
import type { Processor } from '../../model/records.ts';

export const processorCommands = {
  listProcessors: command({ input: noInput, output: returns<Processor[]>(), changesRegister: false }),
  saveProcessor: command({ input: draft, output: returns<Processor>(), changesRegister: true }),
  deleteProcessor: command({ input: byId, output: returns<{ id: string }>(), changesRegister: true }),
} as const;
