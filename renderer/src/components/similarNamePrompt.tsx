// Before a record is saved under a new name (created, or renamed), the editor asks when another record of the same type
// has nearly that name (shared/model/similar-names.ts): "An activity named “X” already exists: save anyway, or open it?"
// The comparison uses the records the screen already lists; while the list is loading, nothing is asked.
import i18n from '../i18n/index.ts';
import { findSimilarName, nameKey } from '../../../shared/model/similar-names.ts';
import { displayText, textLanguages, textIn, type Text } from '../../../shared/model/text.ts';
import { navigate } from '../navigation/routing.ts';
import { confirmAction } from './ConfirmDialog.tsx';

type Named = { id?: string | undefined; name?: Text | undefined };

/** Every language's text of a name, for the comparison. */
function namesIn(name: Text | undefined, defaultLanguage: string): string[] {
  return textLanguages(name, defaultLanguage).flatMap((language) => textIn(name, language, defaultLanguage) ?? []);
}

export type SimilarNameCheck = {
  screen: 'activities' | 'processors';
  /** The records of the same type, as the screen lists them; undefined while loading. */
  records: ReadonlyArray<{ id: string; name: Text }> | undefined;
  defaultLanguage: string;
};

/**
 * Asks about a nearly identical name when `draft` is new or renamed since `saved`; resolves true to save. "Open the
 * other" goes to that record (the unsaved-changes guard asks first) and resolves false, as does Cancel.
 */
export async function confirmSimilarName(check: SimilarNameCheck, draft: Named, saved: Named): Promise<boolean> {
  const { records, defaultLanguage } = check;
  const names = namesIn(draft.name, defaultLanguage);
  if (records === undefined || names.length === 0) return true;
  const renamed = draft.id === undefined || names.map(nameKey).join('\n') !== namesIn(saved.name, defaultLanguage).map(nameKey).join('\n');
  if (!renamed) return true;
  const namesOf = (record: { name: Text }) => namesIn(record.name, defaultLanguage);
  const other = names.map((name) => findSimilarName(name, records, namesOf, draft.id)).find((found) => found !== undefined);
  if (other === undefined) return true;
  const kind = check.screen === 'activities' ? 'activity' : 'processor';
  const choice = await confirmAction({
    title: i18n.t('duplicates:title'),
    message: (
      <>
        <p>{i18n.t(`duplicates:${kind}`, { name: displayText(other.name, i18n.language, defaultLanguage) })}</p>
        <p className="dialog-note">{i18n.t('duplicates:hint')}</p>
      </>
    ),
    confirmLabel: i18n.t('duplicates:saveAnyway'),
    secondaryLabel: i18n.t('duplicates:openOther'),
  });
  if (choice === 'secondary') void navigate(check.screen, other.id);
  return choice === 'confirm';
}
