// Which language the interface speaks: the person's choice, else the first of the system's it has, else English.
import { describe, expect, it } from 'vitest';
import { interfaceLanguageOf, pickInterfaceLanguage } from '../../../shared/interface/languages.ts';

describe('the interface language', () => {
  it('follows the first of the system’s languages the interface has, by base language', () => {
    expect(pickInterfaceLanguage(['de-DE', 'uk-UA', 'en'])).toBe('uk');
    expect(pickInterfaceLanguage(['SL_si'])).toBe('sl');
    expect(pickInterfaceLanguage(['bg'])).toBe('bg');
  });

  it('is English when the system has none of the four', () => {
    expect(pickInterfaceLanguage(['fr', 'de'])).toBe('en');
    expect(pickInterfaceLanguage([])).toBe('en');
  });

  it('is the person’s choice whatever the system says', () => {
    expect(interfaceLanguageOf('sl', ['uk-UA'])).toBe('sl');
    expect(interfaceLanguageOf(null, ['uk-UA'])).toBe('uk');
  });
});
