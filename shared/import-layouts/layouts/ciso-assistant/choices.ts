// CISO Assistant writes a choice field as its key (`privacy_legitimate_interests`) in the API and the data wizard, and
// as its label ("Legitimate Interests") on screen and in some exports. Both are read, as are the keys it used before
// its April 2025 migration added the `privacy_` prefix (`legitimate_interests`).

/** One choice of a CISO Assistant field: its key without the `privacy_` prefix, and its English label. */
export type CisoChoice = { key: string; label: string };

/** The words of a key or label as compared: `privacy_adaptationOrAlteration` and "Adaptation or Alteration" agree. */
function comparable(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/^privacy_/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Looks a cell up among `choices`, by key (prefixed or not) or by label; undefined when it is none of them. */
export function findChoice<Choice extends CisoChoice>(choices: readonly Choice[], cell: string): Choice | undefined {
  const wanted = comparable(cell);
  if (wanted === '') return undefined;
  return choices.find((choice) => comparable(choice.key) === wanted || comparable(choice.label) === wanted);
}

/** The key as CISO Assistant stores it today, prefix included: what its data wizard reads back. */
export function storedKey(choice: CisoChoice): string {
  return `privacy_${choice.key}`;
}

/**
 * A category as a register names it: the entry's own name, with its category's label when that adds something
 * ("CV and cover letter (Professional Qualifications)"); the label alone when the entry has no name.
 */
export function nameWithCategory(name: string, categoryLabel: string): string {
  if (name === '') return categoryLabel;
  if (categoryLabel === '') return name;
  const lowerName = name.toLowerCase();
  return lowerName.includes(categoryLabel.toLowerCase()) ? name : `${name} (${categoryLabel})`;
}
