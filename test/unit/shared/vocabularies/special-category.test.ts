// A data category typed by hand is marked special by its name alone when it names one of Art. 9(1) or Art. 10, in
// each of the four languages, by the same detector that reads imported registers.
import { describe, expect, it } from 'vitest';
import { isSpecialCategoryName } from '../../../../shared/import-layouts/cell-values.ts';
import { isSpecialCategory } from '../../../../shared/vocabularies/index.ts';

const TYPED: Readonly<Record<string, { health: string[]; biometric: string[]; tradeUnion: string[]; criminal: string[] }>> = {
  en: {
    health: ['Employee health records', 'Medical certificates', 'sick notes'],
    biometric: ['Biometric data', 'Fingerprints (biometric time clock)'],
    tradeUnion: ['Trade union membership', 'Trade-union dues'],
    criminal: ['Criminal record checks', 'Information on offences'],
  },
  uk: {
    health: ['Медичні дані працівників', 'Дані про здоров’я', "Стан здоров'я"],
    biometric: ['Біометричні дані', 'Біометрія для входу'],
    tradeUnion: ['Членство в профспілках', 'Профспілкові внески'],
    criminal: ['Відомості про судимість', 'Кримінальні правопорушення'],
  },
  bg: {
    health: ['Здравни данни', 'Медицински свидетелства', 'Данни за здравословното състояние'],
    biometric: ['Биометрични данни', 'Биометрия за достъп'],
    tradeUnion: ['Членство в синдикални организации', 'Синдикален членски внос'],
    criminal: ['Свидетелство за съдимост', 'Данни за присъди'],
  },
  sl: {
    health: ['Podatki o zdravju', 'Zdravniška potrdila', 'zdravstveno stanje'],
    biometric: ['Biometrični podatki', 'biometricni podatki'],
    tradeUnion: ['Sindikalno članstvo', 'Članstvo v sindikatu', 'Sindikalna članarina'],
    criminal: ['Potrdilo iz kazenske evidence', 'Kazniva dejanja'],
  },
};

describe('isSpecialCategory', () => {
  it.each(Object.entries(TYPED))('marks typed health, biometric, trade union and criminal data special in %s', (_, names) => {
    for (const name of [...names.health, ...names.biometric, ...names.tradeUnion, ...names.criminal]) expect(isSpecialCategory(name), name).toBe(true);
  });

  it('leaves ordinary categories alone, the gender field of an HR file included', () => {
    for (const name of [
      'Name',
      'Gender',
      'Sex',
      'Стать',
      'Пол',
      'Spol',
      'E-mail address',
      'Банківські реквізити',
      'Данни за банкова сметка',
      'Davčna številka',
    ]) {
      expect(isSpecialCategory(name), name).toBe(false);
    }
  });

  it('is the import detector, which knows the official wordings of the built-in list too', () => {
    expect(isSpecialCategoryName('Članstvo v sindikatu')).toBe(true);
    expect(isSpecialCategory('članstvo v sindikatu')).toBe(true);
    for (const name of ['Pregnancy', 'Вагітність', 'Бременност', 'Nosečnost', 'Довідка про несудимість', 'Вероизповедание'])
      expect(isSpecialCategoryName(name), name).toBe(true);
    for (const name of ['Health data', 'Nationality', 'Gesundheitsdaten', 'Vorstrafen'])
      expect(isSpecialCategory(name), name).toBe(isSpecialCategoryName(name));
  });
});
