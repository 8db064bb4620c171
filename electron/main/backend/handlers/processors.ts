// Handlers of the processors (declared in shared/ipc/commands/processors.ts).
import type { processorCommands } from '../../../../shared/ipc/commands/processors.ts';
import type { ProcessorService } from '../services/processors.ts';
import { openServices, type HandlerContext } from './context.ts';
import type { HandlersOf } from './handler-table.ts';

export function processorHandlers({ session }: HandlerContext): HandlersOf<typeof processorCommands> {
  const processors = (): ProcessorService => openServices(session).processors;
  return {
    listProcessors: () => processors().list(),
    saveProcessor: ({ record }) => processors().save(record),
    deleteProcessor: ({ id }) => processors().delete(id),
  };
}
