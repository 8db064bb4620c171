// The categories of data subjects of Art. 30(1)(c) a register names most: the people inside the organisation, its
// customers and contacts, and the groups of schools, clinics, associations and landlords.
import type { VocabularyEntry } from './entry.ts';

export const DATA_SUBJECTS: readonly VocabularyEntry[] = [
  // Staff
  { id: 'employees', text: { en: 'Employees', uk: 'Працівники', bg: 'Служители', sl: 'Zaposleni' } },
  { id: 'former-employees', text: { en: 'Former employees', uk: 'Колишні працівники', bg: 'Бивши служители', sl: 'Nekdanji zaposleni' } },
  { id: 'job-applicants', text: { en: 'Job applicants', uk: 'Кандидати на роботу', bg: 'Кандидати за работа', sl: 'Kandidati za zaposlitev' } },
  { id: 'trainees', text: { en: 'Trainees and interns', uk: 'Стажисти та практиканти', bg: 'Стажанти и практиканти', sl: 'Pripravniki in praktikanti' } },
  {
    id: 'temporary-workers',
    text: {
      en: 'Temporary agency workers',
      uk: 'Працівники, направлені кадровими агентствами',
      bg: 'Служители, предоставени от агенции за временна работа',
      sl: 'Agencijski delavci',
    },
  },
  {
    id: 'contractors',
    text: {
      en: 'Contractors and freelancers',
      uk: 'Підрядники та фрилансери',
      bg: 'Външни изпълнители и лица на свободна практика',
      sl: 'Zunanji izvajalci in samostojni podjetniki',
    },
  },
  {
    id: 'employees-family-members',
    text: { en: 'Employees’ family members', uk: 'Члени сімей працівників', bg: 'Членове на семействата на служителите', sl: 'Družinski člani zaposlenih' },
  },
  {
    id: 'board-members',
    text: {
      en: 'Directors and board members',
      uk: 'Керівники та члени органів управління',
      bg: 'Управители и членове на органите на управление',
      sl: 'Člani uprave in nadzornega sveta',
    },
  },
  { id: 'shareholders', text: { en: 'Shareholders', uk: 'Акціонери та учасники', bg: 'Акционери и съдружници', sl: 'Delničarji in družbeniki' } },
  // Customers and contacts
  { id: 'customers', text: { en: 'Customers', uk: 'Клієнти', bg: 'Клиенти', sl: 'Stranke' } },
  { id: 'prospective-customers', text: { en: 'Prospective customers', uk: 'Потенційні клієнти', bg: 'Потенциални клиенти', sl: 'Potencialne stranke' } },
  {
    id: 'customer-contacts',
    text: {
      en: 'Contact persons at customers and business partners',
      uk: 'Контактні особи клієнтів і ділових партнерів',
      bg: 'Лица за контакт при клиенти и бизнес партньори',
      sl: 'Kontaktne osebe strank in poslovnih partnerjev',
    },
  },
  {
    id: 'supplier-contacts',
    text: {
      en: 'Contact persons at suppliers',
      uk: 'Контактні особи постачальників',
      bg: 'Лица за контакт при доставчици',
      sl: 'Kontaktne osebe dobaviteljev',
    },
  },
  { id: 'website-visitors', text: { en: 'Website visitors', uk: 'Відвідувачі вебсайту', bg: 'Посетители на уебсайта', sl: 'Obiskovalci spletnega mesta' } },
  {
    id: 'app-users',
    text: {
      en: 'Users of the app and online services',
      uk: 'Користувачі застосунку та онлайн-сервісів',
      bg: 'Потребители на приложението и онлайн услугите',
      sl: 'Uporabniki aplikacije in spletnih storitev',
    },
  },
  { id: 'newsletter-subscribers', text: { en: 'Newsletter subscribers', uk: 'Підписники розсилки', bg: 'Абонати за бюлетина', sl: 'Naročniki na e-novice' } },
  { id: 'premises-visitors', text: { en: 'Visitors to the premises', uk: 'Відвідувачі приміщень', bg: 'Посетители на обектите', sl: 'Obiskovalci prostorov' } },
  { id: 'event-participants', text: { en: 'Event participants', uk: 'Учасники заходів', bg: 'Участници в събития', sl: 'Udeleženci dogodkov' } },
  {
    id: 'complainants-and-whistleblowers',
    text: {
      en: 'Complainants and whistleblowers',
      uk: 'Скаржники та викривачі',
      bg: 'Податели на жалби и сигнализиращи лица',
      sl: 'Pritožniki in prijavitelji',
    },
  },
  // Sectors
  { id: 'patients', text: { en: 'Patients', uk: 'Пацієнти', bg: 'Пациенти', sl: 'Pacienti' } },
  { id: 'pupils-and-students', text: { en: 'Pupils and students', uk: 'Учні та студенти', bg: 'Ученици и студенти', sl: 'Učenci in študenti' } },
  {
    id: 'parents-and-guardians',
    text: { en: 'Parents and legal guardians', uk: 'Батьки та законні представники', bg: 'Родители и настойници', sl: 'Starši in zakoniti zastopniki' },
  },
  { id: 'children', text: { en: 'Children', uk: 'Діти', bg: 'Деца', sl: 'Otroci' } },
  { id: 'members', text: { en: 'Members of the association', uk: 'Члени об’єднання', bg: 'Членове на сдружението', sl: 'Člani društva' } },
  { id: 'volunteers', text: { en: 'Volunteers', uk: 'Волонтери', bg: 'Доброволци', sl: 'Prostovoljci' } },
  { id: 'donors', text: { en: 'Donors', uk: 'Благодійники', bg: 'Дарители', sl: 'Donatorji' } },
  { id: 'tenants', text: { en: 'Tenants', uk: 'Орендарі', bg: 'Наематели', sl: 'Najemniki' } },
];
