// A record field's name as its editor shows it ("Legal bases (Art. 6)"), for the merge preview, the history and the comparison.
import { useTranslation } from 'react-i18next';
import type { RecordType } from '../../../../shared/model/records.ts';

const NAMESPACES: Record<RecordType, string> = { organisation: 'organisations', processor: 'processors', activity: 'activities' };

/** Fields whose editor label has another key than the field's name. */
const ALIASES: Partial<Record<string, string>> = {
  'activity processorIds': 'processors',
  'activity organisationId': 'organisation',
  'processor parentId': 'parent',
};

export function useFieldLabel(): (type: RecordType, field: string) => string {
  const { t } = useTranslation('import');
  return (type, field) => {
    const key = ALIASES[`${type} ${field}`] ?? field;
    return t([`${NAMESPACES[type]}:field.${key}`, `import:field.${field}`], { defaultValue: field });
  };
}
