// The ordinary categories of personal data a register names most: identification, contact, financial, employment,
// education, location, online identifiers, device data, communications, images and recordings. The categories of
// Art. 9(1) and Art. 10 are in special-categories.ts. No name here may read as special to `isSpecialCategory` (a test
// checks): the Slovenian insurance number is "številka zavarovane osebe", as the card names it, not a "health" number.
import type { VocabularyEntry } from './entry.ts';
import { SPECIAL_DATA_CATEGORIES } from './special-categories.ts';

export const ORDINARY_DATA_CATEGORIES: readonly VocabularyEntry[] = [
  // Identification
  { id: 'name', text: { en: 'Name', uk: 'Прізвище, ім’я та по батькові', bg: 'Имена', sl: 'Ime in priimek' } },
  { id: 'date-of-birth', text: { en: 'Date of birth', uk: 'Дата народження', bg: 'Дата на раждане', sl: 'Datum rojstva' } },
  { id: 'place-of-birth', text: { en: 'Place of birth', uk: 'Місце народження', bg: 'Място на раждане', sl: 'Kraj rojstva' } },
  { id: 'gender', text: { en: 'Gender', uk: 'Стать', bg: 'Пол', sl: 'Spol' } },
  { id: 'nationality', text: { en: 'Nationality', uk: 'Громадянство', bg: 'Гражданство', sl: 'Državljanstvo' } },
  {
    id: 'national-id-number',
    text: {
      en: 'National identification number',
      uk: 'Унікальний номер запису в Єдиному державному демографічному реєстрі (УНЗР)',
      bg: 'Единен граждански номер (ЕГН)',
      sl: 'Enotna matična številka občana (EMŠO)',
    },
  },
  {
    id: 'identity-document',
    text: {
      en: 'Identity document details (ID card, passport)',
      uk: 'Дані документа, що посвідчує особу (паспорт, ID-картка)',
      bg: 'Данни от документ за самоличност (лична карта, паспорт)',
      sl: 'Podatki iz osebnega dokumenta (osebna izkaznica, potni list)',
    },
  },
  {
    id: 'tax-number',
    text: {
      en: 'Tax identification number',
      uk: 'Реєстраційний номер облікової картки платника податків (РНОКПП)',
      bg: 'Данъчен номер',
      sl: 'Davčna številka',
    },
  },
  { id: 'social-security-number', text: { en: 'Social security number', uk: 'Страховий номер', bg: 'Осигурителен номер', sl: 'Številka zavarovane osebe' } },
  { id: 'signature', text: { en: 'Signature', uk: 'Підпис', bg: 'Подпис', sl: 'Podpis' } },
  { id: 'customer-number', text: { en: 'Customer number', uk: 'Номер клієнта', bg: 'Клиентски номер', sl: 'Številka stranke' } },
  { id: 'employee-number', text: { en: 'Employee number', uk: 'Табельний номер', bg: 'Служебен номер', sl: 'Kadrovska številka' } },
  {
    id: 'login-details',
    text: {
      en: 'User name and login details',
      uk: 'Ім’я користувача та дані для входу',
      bg: 'Потребителско име и данни за вход',
      sl: 'Uporabniško ime in podatki za prijavo',
    },
  },
  {
    id: 'authentication-data',
    text: {
      en: 'Authentication data (passwords, security questions)',
      uk: 'Дані автентифікації (паролі, контрольні запитання)',
      bg: 'Данни за удостоверяване (пароли, контролни въпроси)',
      sl: 'Podatki za preverjanje pristnosti (gesla, varnostna vprašanja)',
    },
  },
  // Contact
  { id: 'postal-address', text: { en: 'Postal address', uk: 'Поштова адреса', bg: 'Пощенски адрес', sl: 'Poštni naslov' } },
  { id: 'email-address', text: { en: 'E-mail address', uk: 'Адреса електронної пошти', bg: 'Адрес на електронна поща', sl: 'E-poštni naslov' } },
  { id: 'telephone-number', text: { en: 'Telephone number', uk: 'Номер телефону', bg: 'Телефонен номер', sl: 'Telefonska številka' } },
  {
    id: 'business-contact-details',
    text: {
      en: 'Business contact details (job title, organisation, work e-mail and telephone)',
      uk: 'Службові контактні дані (посада, організація, робоча електронна пошта й телефон)',
      bg: 'Служебни данни за контакт (длъжност, организация, служебна електронна поща и телефон)',
      sl: 'Poslovni kontaktni podatki (delovno mesto, organizacija, službena e-pošta in telefon)',
    },
  },
  {
    id: 'emergency-contact',
    text: {
      en: 'Emergency contact details',
      uk: 'Контактні дані особи для зв’язку в екстрених випадках',
      bg: 'Данни за контакт при спешни случаи',
      sl: 'Kontaktni podatki za nujne primere',
    },
  },
  // Family
  { id: 'marital-status', text: { en: 'Marital status', uk: 'Сімейний стан', bg: 'Семейно положение', sl: 'Zakonski stan' } },
  {
    id: 'family-members',
    text: {
      en: 'Family members and dependants',
      uk: 'Члени сім’ї та утриманці',
      bg: 'Членове на семейството и лица на издръжка',
      sl: 'Družinski člani in vzdrževane osebe',
    },
  },
  // Financial
  {
    id: 'bank-account',
    text: { en: 'Bank account details (IBAN)', uk: 'Банківські реквізити (IBAN)', bg: 'Данни за банкова сметка (IBAN)', sl: 'Podatki o bančnem računu (IBAN)' },
  },
  { id: 'payment-card', text: { en: 'Payment card data', uk: 'Дані платіжної картки', bg: 'Данни за платежна карта', sl: 'Podatki o plačilni kartici' } },
  { id: 'payment-history', text: { en: 'Payment history', uk: 'Історія платежів', bg: 'История на плащанията', sl: 'Zgodovina plačil' } },
  { id: 'billing-data', text: { en: 'Billing data', uk: 'Дані для виставлення рахунків', bg: 'Данни за фактуриране', sl: 'Podatki za izdajo računov' } },
  {
    id: 'income-and-pay',
    text: { en: 'Income and pay', uk: 'Дані про доходи та заробітну плату', bg: 'Данни за доходите и възнаграждението', sl: 'Podatki o dohodkih in plači' },
  },
  {
    id: 'tax-data',
    text: {
      en: 'Tax data (tax allowances, deductions)',
      uk: 'Податкові дані (податкові пільги, утримання)',
      bg: 'Данъчни данни (данъчни облекчения, удръжки)',
      sl: 'Davčni podatki (davčne olajšave, odtegljaji)',
    },
  },
  {
    id: 'creditworthiness',
    text: {
      en: 'Creditworthiness and credit history',
      uk: 'Кредитоспроможність і кредитна історія',
      bg: 'Кредитоспособност и кредитна история',
      sl: 'Kreditna sposobnost in kreditna zgodovina',
    },
  },
  {
    id: 'debts-and-garnishments',
    text: {
      en: 'Debts and wage garnishments',
      uk: 'Заборгованість і стягнення на заробітну плату',
      bg: 'Задължения и запори',
      sl: 'Dolgovi in izvršbe na plačo',
    },
  },
  {
    id: 'insurance-policy',
    text: { en: 'Insurance policy data', uk: 'Дані страхового полісу', bg: 'Данни от застрахователна полица', sl: 'Podatki o zavarovalni polici' },
  },
  {
    id: 'contract-data',
    text: {
      en: 'Contract data (products and services, term)',
      uk: 'Дані договору (товари та послуги, строк дії)',
      bg: 'Данни по договора (продукти и услуги, срок)',
      sl: 'Podatki o pogodbi (izdelki in storitve, trajanje)',
    },
  },
  {
    id: 'purchase-history',
    text: { en: 'Purchase and order history', uk: 'Історія покупок і замовлень', bg: 'История на покупките и поръчките', sl: 'Zgodovina nakupov in naročil' },
  },
  // Employment and education
  {
    id: 'employment-details',
    text: {
      en: 'Employment details (job title, department, start date)',
      uk: 'Дані про трудові відносини (посада, структурний підрозділ, дата прийняття на роботу)',
      bg: 'Данни за трудовото правоотношение (длъжност, отдел, дата на постъпване)',
      sl: 'Podatki o zaposlitvi (delovno mesto, organizacijska enota, datum zaposlitve)',
    },
  },
  {
    id: 'working-time',
    text: { en: 'Working time and attendance', uk: 'Робочий час і облік присутності', bg: 'Работно време и присъствие', sl: 'Delovni čas in prisotnost' },
  },
  { id: 'leave', text: { en: 'Annual leave and absences', uk: 'Відпустки та відсутності', bg: 'Отпуски и отсъствия', sl: 'Dopusti in odsotnosti' } },
  {
    id: 'performance',
    text: { en: 'Performance appraisals', uk: 'Оцінювання результатів роботи', bg: 'Оценки на изпълнението', sl: 'Ocene delovne uspešnosti' },
  },
  {
    id: 'disciplinary-measures',
    text: { en: 'Disciplinary measures', uk: 'Дисциплінарні стягнення', bg: 'Дисциплинарни наказания', sl: 'Disciplinski ukrepi' },
  },
  {
    id: 'cv',
    text: { en: 'CV and work experience', uk: 'Резюме та досвід роботи', bg: 'Автобиография и професионален опит', sl: 'Življenjepis in delovne izkušnje' },
  },
  {
    id: 'education',
    text: { en: 'Education and qualifications', uk: 'Освіта та кваліфікація', bg: 'Образование и квалификация', sl: 'Izobrazba in kvalifikacije' },
  },
  {
    id: 'training',
    text: { en: 'Training and certificates', uk: 'Навчання та сертифікати', bg: 'Обучения и сертификати', sl: 'Usposabljanja in certifikati' },
  },
  {
    id: 'work-permit',
    text: {
      en: 'Residence and work permits',
      uk: 'Дозволи на проживання та працевлаштування',
      bg: 'Разрешения за пребиваване и работа',
      sl: 'Dovoljenja za prebivanje in delo',
    },
  },
  {
    id: 'driving-licence',
    text: {
      en: 'Driving licence details',
      uk: 'Дані посвідчення водія',
      bg: 'Данни от свидетелство за управление на МПС',
      sl: 'Podatki iz vozniškega dovoljenja',
    },
  },
  {
    id: 'vehicle-data',
    text: {
      en: 'Vehicle data (registration number)',
      uk: 'Дані транспортного засобу (номерний знак)',
      bg: 'Данни за превозното средство (регистрационен номер)',
      sl: 'Podatki o vozilu (registrska številka)',
    },
  },
  // Location and movements
  {
    id: 'location-data',
    text: { en: 'Location data (GPS)', uk: 'Дані про місцеперебування (GPS)', bg: 'Данни за местоположение (GPS)', sl: 'Podatki o lokaciji (GPS)' },
  },
  {
    id: 'access-control-data',
    text: {
      en: 'Access control data (badge entries)',
      uk: 'Дані контролю доступу (проходи за перепустками)',
      bg: 'Данни от контрола на достъпа (преминавания с пропуск)',
      sl: 'Podatki o nadzoru dostopa (prehodi z vstopno kartico)',
    },
  },
  { id: 'travel-data', text: { en: 'Travel data', uk: 'Дані про поїздки', bg: 'Данни за пътувания', sl: 'Podatki o potovanjih' } },
  // Online and devices
  {
    id: 'online-identifiers',
    text: {
      en: 'Online identifiers (IP address, cookie identifiers)',
      uk: 'Онлайн-ідентифікатори (IP-адреса, ідентифікатори файлів cookie)',
      bg: 'Онлайн идентификатори (IP адрес, идентификатори на бисквитки)',
      sl: 'Spletni identifikatorji (naslov IP, identifikatorji piškotkov)',
    },
  },
  {
    id: 'device-data',
    text: {
      en: 'Device data (device identifier, operating system, browser)',
      uk: 'Дані про пристрій (ідентифікатор пристрою, операційна система, браузер)',
      bg: 'Данни за устройството (идентификатор на устройството, операционна система, браузър)',
      sl: 'Podatki o napravi (identifikator naprave, operacijski sistem, brskalnik)',
    },
  },
  {
    id: 'usage-data',
    text: {
      en: 'Usage and browsing data',
      uk: 'Дані про користування сервісом і перегляд сторінок',
      bg: 'Данни за използването и разглежданите страници',
      sl: 'Podatki o uporabi in brskanju',
    },
  },
  {
    id: 'log-data',
    text: {
      en: 'System and access logs',
      uk: 'Системні журнали та журнали доступу',
      bg: 'Системни журнали и журнали за достъп',
      sl: 'Sistemski dnevniki in dnevniki dostopov',
    },
  },
  {
    id: 'social-media-profile',
    text: {
      en: 'Social media profile data',
      uk: 'Дані профілю в соціальних мережах',
      bg: 'Данни от профил в социални мрежи',
      sl: 'Podatki s profilov na družbenih omrežjih',
    },
  },
  // Communications
  {
    id: 'communications-content',
    text: {
      en: 'Content of communications (e-mails, messages)',
      uk: 'Зміст повідомлень (електронних листів, повідомлень у месенджерах)',
      bg: 'Съдържание на съобщенията (електронни писма, съобщения)',
      sl: 'Vsebina sporočil (e-pošta, sporočila)',
    },
  },
  {
    id: 'communications-metadata',
    text: {
      en: 'Communications metadata (traffic data)',
      uk: 'Метадані електронних комунікацій (дані про трафік)',
      bg: 'Метаданни за съобщенията (данни за трафика)',
      sl: 'Metapodatki o komunikacijah (prometni podatki)',
    },
  },
  {
    id: 'correspondence',
    text: { en: 'Correspondence and complaints', uk: 'Листування та скарги', bg: 'Кореспонденция и жалби', sl: 'Korespondenca in pritožbe' },
  },
  {
    id: 'marketing-preferences',
    text: {
      en: 'Marketing consents and preferences',
      uk: 'Згоди на маркетингові повідомлення та вподобання',
      bg: 'Съгласия и предпочитания за маркетинг',
      sl: 'Privolitve in nastavitve za trženje',
    },
  },
  // Images and recordings
  { id: 'photographs', text: { en: 'Photographs', uk: 'Фотографії', bg: 'Снимки', sl: 'Fotografije' } },
  {
    id: 'video-recordings',
    text: { en: 'Video recordings', uk: 'Відеозаписи', bg: 'Видеозаписи', sl: 'Videoposnetki' },
  },
  { id: 'cctv-footage', text: { en: 'CCTV footage', uk: 'Записи відеоспостереження', bg: 'Записи от видеонаблюдение', sl: 'Posnetki videonadzora' } },
  {
    id: 'voice-recordings',
    text: {
      en: 'Voice recordings (recorded calls)',
      uk: 'Записи голосу (записи телефонних розмов)',
      bg: 'Гласови записи (записи на телефонни разговори)',
      sl: 'Glasovni posnetki (posnetki telefonskih pogovorov)',
    },
  },
];

/** Every built-in data category: the ordinary ones, then those of Art. 9(1) and Art. 10. */
export const DATA_CATEGORIES: readonly VocabularyEntry[] = [...ORDINARY_DATA_CATEGORIES, ...SPECIAL_DATA_CATEGORIES];
