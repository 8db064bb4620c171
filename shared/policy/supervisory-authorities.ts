// The lead supervisory authority of a few countries, for a policy whose organisation has not recorded its own:
// the people reading it must be told where to complain (Art. 13(2)(d), Art. 77). Names are given in the authority's
// own language; the register's own entry always wins.
export type KnownAuthority = { name: string; address: string; email?: string; phone?: string; website: string };

const AUTHORITIES: Readonly<Record<string, KnownAuthority>> = {
  SI: {
    name: 'Informacijski pooblaščenec Republike Slovenije',
    address: 'Dunajska cesta 22, 1000 Ljubljana, Slovenija',
    email: 'gp.ip@ip-rs.si',
    phone: '+386 1 230 97 30',
    website: 'https://www.ip-rs.si',
  },
  BG: {
    name: 'Комисия за защита на личните данни',
    address: 'бул. „Проф. Цветан Лазаров“ № 2, 1592 София, България',
    email: 'kzld@cpdp.bg',
    phone: '+359 2 915 35 18',
    website: 'https://www.cpdp.bg',
  },
  UA: {
    name: 'Уповноважений Верховної Ради України з прав людини',
    address: 'вул. Інститутська, 21/8, Київ, 01008, Україна',
    email: 'hotline@ombudsman.gov.ua',
    website: 'https://ombudsman.gov.ua',
  },
};

export function knownAuthority(country: string): KnownAuthority | undefined {
  return AUTHORITIES[country];
}
