// Headers and form labels as the layouts compare them. A DPO's copy of a regulator's template drifts from the original
// (a capital letter, an accent, "(if applicable)" deleted, a colon added), so labels are compared in this plain form.

/** The remarks a template adds to a label, which say nothing of what the column holds. */
const REMARKS = /\((?:if applicable|if possible|if relevant|where applicable|optional|le cas echeant|si pertinent|si applicable|facultatif)\)/g;

/** `Retention schedule (if possible):` and `retention  schedule` both as `retention schedule`; `Délai` as `delai`. */
export function plainLabel(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u00b0/g, 'o')
    .replace(REMARKS, ' ')
    .replace(/\s*\/\s*/g, ' / ')
    .replace(/[*:?.\s]+$/g, '')
    .replace(/^[*\s]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The `x-` field a column or label no field takes is kept under: `x-ico-location-of-personal-data`. */
export function extensionKey<Prefix extends 'ico' | 'cnil'>(prefix: Prefix, label: string): `x-${Prefix}-${string}` {
  const slug = plainLabel(label)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return `x-${prefix}-${slug === '' ? 'column' : slug}`;
}

/** Whether a cell holds anything but blanks. */
export const isFilled = (cell: string | undefined): cell is string => cell !== undefined && cell.trim() !== '';
