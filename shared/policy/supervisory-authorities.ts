// The data protection authority of a few countries, for a policy whose organisation has not recorded its own: the
// people reading it must be told where to complain (Art. 13(2)(d), Art. 77). The name is given in the policy's
// language, with the official name after it where that is another language; the postal address stays as the post
// office reads it. The register's own entry always wins.
import type { ReportLanguage } from '../report/languages.ts';

export type KnownAuthority = { name: string; address: string; email?: string; phone?: string; website: string };

type AuthorityEntry = Omit<KnownAuthority, 'name'> & { official: ReportLanguage; names: Record<ReportLanguage, string> };

const AUTHORITIES: Readonly<Record<string, AuthorityEntry>> = {
  SI: {
    official: 'sl',
    names: {
      sl: 'Informacijski pooblaščenec Republike Slovenije',
      en: 'Information Commissioner of the Republic of Slovenia',
      uk: 'Інформаційний уповноважений Республіки Словенія',
      bg: 'Информационен комисар на Република Словения',
    },
    address: 'Dunajska cesta 22, 1000 Ljubljana, Slovenija',
    email: 'gp.ip@ip-rs.si',
    phone: '+386 1 230 97 30',
    website: 'https://www.ip-rs.si',
  },
  BG: {
    official: 'bg',
    names: {
      bg: 'Комисия за защита на личните данни',
      en: 'Commission for Personal Data Protection',
      uk: 'Комісія із захисту персональних даних Республіки Болгарія',
      sl: 'Komisija za varstvo osebnih podatkov Republike Bolgarije',
    },
    address: 'бул. „Проф. Цветан Лазаров“ № 2, 1592 София, България',
    email: 'kzld@cpdp.bg',
    phone: '+359 2 915 35 18',
    website: 'https://www.cpdp.bg',
  },
  UA: {
    official: 'uk',
    names: {
      uk: 'Уповноважений Верховної Ради України з прав людини',
      en: 'Ukrainian Parliament Commissioner for Human Rights',
      bg: 'Комисар на Върховната рада на Украйна по правата на човека',
      sl: 'Pooblaščenec Vrhovne rade Ukrajine za človekove pravice',
    },
    address: 'вул. Інститутська, 21/8, Київ, 01008, Україна',
    email: 'hotline@ombudsman.gov.ua',
    website: 'https://ombudsman.gov.ua',
  },
};

export function knownAuthority(country: string, language: ReportLanguage): KnownAuthority | undefined {
  const entry = AUTHORITIES[country];
  if (entry === undefined) return undefined;
  const { official, names, ...contact } = entry;
  const name = language === official ? names[official] : `${names[language]} (${names[official]})`;
  return { name, ...contact };
}
