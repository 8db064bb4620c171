// The column mappings saved in the register: a DPO's spreadsheet in no known layout is mapped once, and the mapping
// is offered again for the next file with the same headers.
import { columnMappingSchema } from '../../../../shared/import-layouts/column-mapping-schema.ts';
import { headerKey, type ColumnMapping } from '../../../../shared/import-layouts/column-mapping.ts';
import type { SavedColumnMapping } from '../../../../shared/ipc/commands/column-mappings.ts';
import { refuse } from '../../../../shared/refusals/refusals.ts';
import type { StoredColumnMapping } from '../repositories/column-mapping-repository.ts';
import type { ServiceContext } from './context.ts';

/** A stored mapping read back; one that no longer reads (written by a later version) is left out, not an error. */
function readStored(stored: StoredColumnMapping): SavedColumnMapping | undefined {
  let json: unknown;
  try {
    json = JSON.parse(stored.mapping);
  } catch {
    return undefined;
  }
  const parsed = columnMappingSchema.safeParse(json);
  return parsed.success ? { name: stored.name, mapping: { ...parsed.data, name: stored.name }, savedBy: stored.savedBy, savedAt: stored.savedAt } : undefined;
}

export function columnMappingService(context: ServiceContext) {
  const { columnMappings } = context.repositories;
  return {
    list: (): SavedColumnMapping[] => columnMappings.list().flatMap((stored) => readStored(stored) ?? []),
    /** The mapping saved for a file with these headers, if any (the latest saved, when several were). */
    forHeaders(headers: readonly string[]): SavedColumnMapping | undefined {
      const stored = columnMappings.forHeaders(headerKey(headers));
      return stored === undefined ? undefined : readStored(stored);
    },
    /** Saves `mapping` under its name for files with these headers; a mapping of the same name is replaced. */
    save(mapping: ColumnMapping): SavedColumnMapping {
      if (context.readOnly === true) throw refuse('in-use', 'register:mappingNotSavedReadOnly');
      const name = mapping.name?.trim();
      if (name === undefined || name === '') throw refuse('invalid-input', 'register:mappingNeedsName', {}, 'name');
      const saved = { name, headerKey: headerKey(mapping.columns.map((column) => column.header)), savedBy: context.actor, savedAt: context.now() };
      context.transaction(() => columnMappings.save({ ...saved, mapping: JSON.stringify({ ...mapping, name }) }));
      return { name, mapping: { ...mapping, name }, savedBy: saved.savedBy, savedAt: saved.savedAt };
    },
    delete(name: string): void {
      if (!columnMappings.delete(name)) throw refuse('not-found', 'register:noSuchMapping', { name }, 'name');
    },
  };
}

export type ColumnMappingService = ReturnType<typeof columnMappingService>;
