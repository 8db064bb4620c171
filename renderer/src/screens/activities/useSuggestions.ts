// The suggestions of one list field of the activity editor: the built-in list in the register's default language
// plus every text the register's activities already use there (read once with `listVocabulary`, again after a save).
// Built once per list, not per row: a large register's index holds tens of thousands of texts.
import { useMemo } from 'react';
import type { VocabularyField } from '../../../../shared/ipc/commands/activities.ts';
import {
  DATA_CATEGORIES,
  DATA_SUBJECTS,
  RECIPIENTS,
  SECURITY_MEASURES,
  suggestionIndex,
  type SuggestionIndex,
  type VocabularyEntry,
} from '../../../../shared/vocabularies/index.ts';
import { useQuery } from '../../api/index.ts';
import { useRegister } from '../../navigation/RegisterContext.tsx';

const BUILT_IN: Readonly<Record<VocabularyField, readonly VocabularyEntry[]>> = {
  dataCategories: DATA_CATEGORIES,
  dataSubjects: DATA_SUBJECTS,
  recipients: RECIPIENTS,
  securityMeasures: SECURITY_MEASURES,
};

export function useSuggestions(field: VocabularyField): SuggestionIndex {
  const info = useRegister();
  // Without the register's values (not read yet, or the read failed) the built-in list still helps.
  const used = useQuery('listVocabulary', { field });
  return useMemo(
    () => suggestionIndex(BUILT_IN[field], used.data ?? [], info.defaultLanguage, { detectSpecial: field === 'dataCategories' }),
    [field, used.data, info.defaultLanguage],
  );
}
