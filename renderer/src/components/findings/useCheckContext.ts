// What an editor needs to check its draft as it is typed: the register around the record (organisations, processors,
// the other activities), the language findings are worded in, and the acceptances given to the saved records.
import { useMemo } from 'react';
import type { RecordContext } from '../../../../shared/checks/check-record.ts';
import type { PresentOptions } from '../../../../shared/checks/check-register.ts';
import { useQuery } from '../../api/index.ts';
import { today } from '../../i18n/format.ts';
import { useRegister } from '../../navigation/RegisterContext.tsx';
import { useFindingLanguage, useRegisterCheck } from './useRegisterCheck.ts';

export type CheckContext = { context: RecordContext; options: PresentOptions };

export function useCheckContext(): CheckContext {
  const info = useRegister();
  const language = useFindingLanguage();
  const organisations = useQuery('listOrganisations', {});
  const processors = useQuery('listProcessors', {});
  const summaries = useQuery('listActivities', {});
  const check = useRegisterCheck();
  return useMemo(
    () => ({
      context: {
        organisations: organisations.data ?? [],
        processors: processors.data ?? [],
        activities: summaries.data ?? [],
        defaultLanguage: info.defaultLanguage,
        today: today(),
      },
      options: { language, acceptances: check.data?.acceptances ?? [] },
    }),
    [organisations.data, processors.data, summaries.data, info.defaultLanguage, language, check.data],
  );
}
