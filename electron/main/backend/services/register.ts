import type { RegisterInfo } from '../../../../shared/ipc/contract.ts';
import { refuse } from '../../../../shared/refusals/refusals.ts';
import type { ServiceContext } from './context.ts';
import { registerHistoryBody } from '../repositories/index.ts';

/** The register as a whole: its name, default language and revision. */
export function registerService(context: ServiceContext) {
  const { register } = context.repositories;

  const info = (): RegisterInfo => {
    const row = register.get();
    return {
      id: row.id,
      name: row.name,
      defaultLanguage: row.defaultLanguage,
      revision: row.revision,
      filePath: context.asOf?.livePath ?? context.filePath,
      readOnly: context.readOnly === true,
      asOf: context.asOf?.at ?? null,
      counts: register.counts(),
    };
  };

  return {
    info,

    update(change: { name?: string | undefined; defaultLanguage?: string | undefined }): RegisterInfo {
      return context.transaction(() => {
        const before = register.get();
        const changes: Array<{ field: string; old: unknown; new: unknown }> = [];
        if (change.name !== undefined && change.name !== before.name) {
          register.rename(change.name);
          changes.push({ field: 'name', old: before.name, new: change.name });
        }
        if (change.defaultLanguage !== undefined && change.defaultLanguage !== before.defaultLanguage) {
          // A plain text means "written in the default language": changing it would silently relabel every text.
          const counts = register.counts();
          if (counts.organisations + counts.processors + counts.activities > 0) {
            throw refuse('not-empty', 'register:defaultLanguageOnlyWhenEmpty', { language: before.defaultLanguage }, 'defaultLanguage');
          }
          register.setDefaultLanguage(change.defaultLanguage);
          changes.push({ field: 'defaultLanguage', old: before.defaultLanguage, new: change.defaultLanguage });
        }
        if (changes.length > 0) {
          const body = registerHistoryBody(register.get());
          context.recordChange({ at: context.now(), recordType: 'register', recordId: before.id, action: 'update', changes, source: null, body });
        }
        return info();
      });
    },
  };
}

export type RegisterService = ReturnType<typeof registerService>;
