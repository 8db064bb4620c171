// The processors an imported register names: the register's own when the name is one of theirs (compared ignoring
// case and spacing), else a new processor record with what the file says of it.
import type { Processor } from '../model/records.ts';
import { displayText } from '../model/text.ts';
import type { CellPlace, ImportedProcessor } from './imported-register.ts';

type Options = { newId: () => string; now: () => string };

const comparable = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();

export function processorIndex(existing: readonly Processor[], options: Options, language: string) {
  const byName = new Map<string, string>();
  for (const processor of existing) byName.set(comparable(displayText(processor.name, language, language)), processor.id);
  const created: Array<Record<string, unknown>> = [];

  const add = (processor: ImportedProcessor): string => {
    const known = byName.get(comparable(processor.name));
    if (known !== undefined) return known;
    const record: Record<string, unknown> = {
      ...processor.extensions,
      id: options.newId(),
      updatedAt: options.now(),
      revision: 1,
      kind: 'processor',
      name: processor.name.trim(),
    };
    if (processor.service !== undefined) record['service'] = processor.service;
    if (processor.country !== undefined) record['country'] = processor.country;
    if (processor.dataLocations !== undefined && processor.dataLocations.length > 0) record['dataLocations'] = processor.dataLocations;
    if (processor.contact !== undefined) record['contact'] = processor.contact;
    created.push(record);
    byName.set(comparable(processor.name), record['id'] as string);
    return record['id'] as string;
  };

  return {
    add,
    /** The id of the processor named `name`: the register's, one the file describes, or a new one with only a name. */
    idOf: (name: string, place: CellPlace): string => add({ place, name, extensions: {} }),
    all: (): Array<Record<string, unknown>> => [...existing, ...created],
  };
}
