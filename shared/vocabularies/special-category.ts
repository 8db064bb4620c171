// Whether a typed data category is one of Art. 9(1) or Art. 10 by its name alone. One detector serves the app: the
// one that reads imported registers (import-layouts' `isSpecialCategoryName`, stems in six languages), so a name
// typed in an editor and the same name read from a spreadsheet are judged alike. The built-in special categories are
// special whatever their wording, in case a stem does not cover the official term (Slovenian "članstvo v sindikatu").
import { isSpecialCategoryName } from '../import-layouts/cell-values.ts';
import { SPECIAL_DATA_CATEGORIES } from './special-categories.ts';
import { foldForSearch } from './search-text.ts';

const BUILT_IN_SPECIAL = new Set(SPECIAL_DATA_CATEGORIES.flatMap((entry) => Object.values(entry.text).map(foldForSearch)));

/** True when `name` names a category of Art. 9(1) or Art. 10 ("Health data", "Членство в профспілках", "Genetski podatki"). */
export function isSpecialCategory(name: string): boolean {
  return BUILT_IN_SPECIAL.has(foldForSearch(name)) || isSpecialCategoryName(name);
}
