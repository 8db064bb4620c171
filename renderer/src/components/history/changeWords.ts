// A changed field's name and values in the interface language: the name as the record's editor labels it (the
// register's own fields, and what the log records besides, by the history's terms), coded values (a status, a role, a
// legal basis) by the vocabulary's words, and everything else as the merge preview and the comparison show it.
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../api/index.ts';
import { useFormat } from '../../i18n/format.ts';
import { useFieldLabel } from '../record-values/fieldLabels.ts';

/** Fields holding a country's code (or a list of them): shown by the country's name. */
const COUNTRY_FIELDS: ReadonlySet<string> = new Set(['country', 'dataLocations']);

/** Fields holding a code of the vocabulary (or a list of them), and the vocabulary's group of words for it. */
const CODED: Partial<Record<string, string>> = { status: 'status', role: 'role', kind: 'processorKind', specialCategoryConditions: 'specialCondition' };

/** The word's first letter in capitals, as a label starts. */
export function capitalised(text: string, language: string): string {
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
}

/** A field's name as the history says it in a sentence or a list ("legal bases"). */
export function useFieldTerm(): (field: string) => string {
  const { t } = useTranslation('history');
  return (field) => t([`historyTerms:field.${field}`, `history:field.${field}`], { defaultValue: field });
}

/** A field's name as the head of its line of before and after: the editor's label where the record's editor has one. */
export function useChangeLabel(): (entry: Pick<AuditEntry, 'kind' | 'recordType'>, field: string) => string {
  const { t, i18n } = useTranslation('history');
  const editorLabel = useFieldLabel();
  const term = useFieldTerm();
  return (entry, field) => {
    // A decision on a finding records the reason before and after, under the rule (and field) it was about.
    if (entry.kind === 'accept-finding' || entry.kind === 'reopen-finding') return t('entry.findingReason', { rule: field });
    if (entry.recordType !== 'register') {
      const label = editorLabel(entry.recordType, field);
      if (label !== field) return label;
    }
    return capitalised(term(field), i18n.language);
  };
}

/** The value with its codes in words (`legal-obligation` as "Legal obligation"), to be described as any other. */
export function useWordedValue(): (field: string, value: unknown) => unknown {
  const { t } = useTranslation('vocabulary');
  const format = useFormat();
  const word = (group: string, code: unknown) => (typeof code === 'string' ? t(`${group}.${code}`, { defaultValue: code }) : code);
  const country = (code: unknown) => (typeof code === 'string' ? format.country(code) : code);
  return (field, value) => {
    if (COUNTRY_FIELDS.has(field)) return Array.isArray(value) ? value.map(country) : country(value);
    const group = CODED[field];
    if (group !== undefined) return Array.isArray(value) ? value.map((code) => word(group, code)) : word(group, value);
    if (field === 'legalBases' && Array.isArray(value))
      return value.map((item: unknown) =>
        typeof item === 'object' && item !== null && 'basis' in item ? { ...item, basis: word('legalBasis', (item as { basis: unknown }).basis) } : item,
      );
    return value;
  };
}

/** The fields an entry changed, as a short list ("purposes, legal bases, retention …"): its first four by name. */
export function useChangedFields(): (entry: Pick<AuditEntry, 'changes'>) => string {
  const term = useFieldTerm();
  return (entry) => {
    const fields = entry.changes.map((change) => term(change.field));
    return fields.slice(0, 4).join(', ') + (fields.length > 4 ? ' …' : '');
  };
}
