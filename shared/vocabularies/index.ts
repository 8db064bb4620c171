// The built-in suggestion lists and the search over them and a register's own values (see suggestion-index.ts).
export { VOCABULARY_LANGUAGES, isVocabularyLanguage } from './entry.ts';
export type { SpecialArticle, VocabularyEntry, VocabularyLanguage, VocabularyText } from './entry.ts';
export { DATA_CATEGORIES, ORDINARY_DATA_CATEGORIES } from './data-categories.ts';
export { SPECIAL_DATA_CATEGORIES } from './special-categories.ts';
export { DATA_SUBJECTS } from './data-subjects.ts';
export { RECIPIENTS } from './recipients.ts';
export { SECURITY_MEASURES } from './security-measures.ts';
export { isSpecialCategory } from './special-category.ts';
export { foldForSearch } from './search-text.ts';
export { suggestionIndex } from './suggestion-index.ts';
export type { Suggestion, SuggestionIndex, SuggestionOptions, UsedValue } from './suggestion-index.ts';
