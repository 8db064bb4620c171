// Choosing a built-in suggestion writes it in every language of the documents; changing the wording afterwards takes
// back what the suggestion brought, never what the person wrote.
import { describe, expect, it } from 'vitest';
import { DATA_CATEGORIES } from '../../../../shared/vocabularies/index.ts';
import { builtInTranslations, withBuiltInTranslations } from '../../../../shared/vocabularies/suggested-translations.ts';

const english = builtInTranslations(DATA_CATEGORIES, 'en');

describe('withBuiltInTranslations', () => {
  it('writes a chosen built-in text in the other three languages of the documents', () => {
    expect(withBuiltInTranslations('E-mail', 'en', 'E-mail address', english)).toEqual({
      en: 'E-mail address',
      uk: 'Адреса електронної пошти',
      bg: 'Адрес на електронна поща',
      sl: 'E-poštni naslov',
    });
  });

  it('recognises a built-in text typed in another case, and finds it from a Slovenian register too', () => {
    expect(withBuiltInTranslations(undefined, 'en', 'e-mail address', english)).toMatchObject({ uk: 'Адреса електронної пошти' });
    const slovenian = builtInTranslations(DATA_CATEGORIES, 'sl');
    expect(withBuiltInTranslations(undefined, 'sl', 'E-poštni naslov', slovenian)).toMatchObject({ en: 'E-mail address', sl: 'E-poštni naslov' });
  });

  it('keeps a translation the person wrote rather than the built-in one', () => {
    const text = { en: 'E-mail', bg: 'Имейл' };
    expect(withBuiltInTranslations(text, 'en', 'E-mail address', english)).toMatchObject({ bg: 'Имейл', uk: 'Адреса електронної пошти' });
  });

  it('drops the translations a built-in text brought once the wording changes, so no document says the old thing', () => {
    const chosen = withBuiltInTranslations(undefined, 'en', 'E-mail address', english);
    expect(withBuiltInTranslations(chosen, 'en', 'E-mail address and phone number', english)).toBe('E-mail address and phone number');
  });

  it('keeps, on a change of wording, translations the person edited after choosing', () => {
    const chosen = withBuiltInTranslations(undefined, 'en', 'E-mail address', english);
    const edited = { ...(chosen as Record<string, string>), sl: 'Službeni e-poštni naslov' };
    expect(withBuiltInTranslations(edited, 'en', 'Work e-mail address', english)).toEqual({ en: 'Work e-mail address', sl: 'Službeni e-poštni naslov' });
  });

  it('leaves a text that is not built in as the person typed it', () => {
    expect(withBuiltInTranslations(undefined, 'en', 'Locker number', english)).toBe('Locker number');
    expect(withBuiltInTranslations(undefined, 'de', 'E-Mail-Adresse', builtInTranslations(DATA_CATEGORIES, 'de'))).toBe('E-Mail-Adresse');
  });
});
