// The technical and organisational measures of Art. 32 a register names most, as the general description Art. 30(1)(g)
// asks for: short enough to list, each one measure. The terms of Art. 25 and 32 are the official ones of each language
// ("pseudonymisation and encryption", "data protection by design and by default").
import type { VocabularyEntry } from './entry.ts';

export const SECURITY_MEASURES: readonly VocabularyEntry[] = [
  // Encryption and pseudonymisation (Art. 32(1)(a))
  {
    id: 'encryption-at-rest',
    text: {
      en: 'Encryption of stored data',
      uk: 'Шифрування даних під час зберігання',
      bg: 'Криптиране на съхраняваните данни',
      sl: 'Šifriranje shranjenih podatkov',
    },
  },
  {
    id: 'encryption-in-transit',
    text: {
      en: 'Encryption in transit (TLS)',
      uk: 'Шифрування даних під час передавання (TLS)',
      bg: 'Криптиране на данните при пренос (TLS)',
      sl: 'Šifriranje podatkov pri prenosu (TLS)',
    },
  },
  {
    id: 'device-encryption',
    text: {
      en: 'Full-disk encryption of laptops and mobile devices',
      uk: 'Шифрування дисків ноутбуків і мобільних пристроїв',
      bg: 'Криптиране на дисковете на лаптопите и мобилните устройства',
      sl: 'Šifriranje diskov prenosnikov in mobilnih naprav',
    },
  },
  {
    id: 'encrypted-email',
    text: {
      en: 'Encrypted e-mail for sensitive data',
      uk: 'Шифрована електронна пошта для чутливих даних',
      bg: 'Криптирана електронна поща за чувствителни данни',
      sl: 'Šifrirana e-pošta za občutljive podatke',
    },
  },
  { id: 'pseudonymisation', text: { en: 'Pseudonymisation', uk: 'Псевдонімізація', bg: 'Псевдонимизация', sl: 'Psevdonimizacija' } },
  {
    id: 'anonymisation',
    text: {
      en: 'Anonymisation of data for statistics',
      uk: 'Анонімізація даних для статистики',
      bg: 'Анонимизиране на данните за статистика',
      sl: 'Anonimizacija podatkov za statistiko',
    },
  },
  // Access
  {
    id: 'role-based-access',
    text: { en: 'Role-based access control', uk: 'Рольове розмежування доступу', bg: 'Контрол на достъпа според ролите', sl: 'Nadzor dostopa glede na vloge' },
  },
  {
    id: 'least-privilege',
    text: {
      en: 'Access on a need-to-know basis',
      uk: 'Доступ лише в обсязі, необхідному для виконання обов’язків',
      bg: 'Достъп на принципа „необходимост да се знае“',
      sl: 'Dostop le v obsegu, potrebnem za delo',
    },
  },
  {
    id: 'multi-factor-authentication',
    text: {
      en: 'Multi-factor authentication',
      uk: 'Багатофакторна автентифікація',
      bg: 'Многофакторно удостоверяване',
      sl: 'Večfaktorsko preverjanje pristnosti',
    },
  },
  { id: 'password-policy', text: { en: 'Password policy', uk: 'Парольна політика', bg: 'Политика за паролите', sl: 'Pravila za gesla' } },
  {
    id: 'access-reviews',
    text: {
      en: 'Regular review of access rights',
      uk: 'Регулярний перегляд прав доступу',
      bg: 'Редовен преглед на правата за достъп',
      sl: 'Redni pregled pravic dostopa',
    },
  },
  {
    id: 'leaver-access-removal',
    text: {
      en: 'Access removed as soon as staff leave',
      uk: 'Негайне припинення доступу після звільнення працівника',
      bg: 'Незабавно прекратяване на достъпа при напускане на служител',
      sl: 'Takojšen odvzem dostopa ob odhodu zaposlenega',
    },
  },
  {
    id: 'screen-lock',
    text: { en: 'Automatic screen lock', uk: 'Автоматичне блокування екрана', bg: 'Автоматично заключване на екрана', sl: 'Samodejno zaklepanje zaslona' },
  },
  {
    id: 'remote-access',
    text: {
      en: 'Secure remote access (VPN)',
      uk: 'Захищений віддалений доступ (VPN)',
      bg: 'Защитен отдалечен достъп (VPN)',
      sl: 'Varen oddaljeni dostop (VPN)',
    },
  },
  // Logging and monitoring
  {
    id: 'access-logging',
    text: {
      en: 'Logging of access and changes',
      uk: 'Журналювання доступу та змін',
      bg: 'Регистриране на достъпа и промените',
      sl: 'Beleženje dostopov in sprememb',
    },
  },
  {
    id: 'security-monitoring',
    text: {
      en: 'Security monitoring and alerts',
      uk: 'Моніторинг безпеки та сповіщення',
      bg: 'Наблюдение на сигурността и известия',
      sl: 'Varnostni nadzor in opozorila',
    },
  },
  // Availability and resilience (Art. 32(1)(b) and (c))
  {
    id: 'backups',
    text: { en: 'Regular backups', uk: 'Регулярне резервне копіювання', bg: 'Редовно създаване на резервни копия', sl: 'Redno varnostno kopiranje' },
  },
  {
    id: 'restore-tests',
    text: {
      en: 'Tested restoration from backups',
      uk: 'Перевірка відновлення з резервних копій',
      bg: 'Проверено възстановяване от резервни копия',
      sl: 'Preizkušena obnova iz varnostnih kopij',
    },
  },
  {
    id: 'business-continuity',
    text: {
      en: 'Business continuity and disaster recovery plan',
      uk: 'План забезпечення безперервності діяльності та відновлення після аварій',
      bg: 'План за непрекъснатост на дейността и възстановяване след бедствия',
      sl: 'Načrt neprekinjenega poslovanja in obnove po nesrečah',
    },
  },
  // Systems and networks
  {
    id: 'firewalls',
    text: {
      en: 'Firewalls and network segmentation',
      uk: 'Міжмережеві екрани та сегментація мережі',
      bg: 'Защитни стени и сегментиране на мрежата',
      sl: 'Požarni zidovi in segmentacija omrežja',
    },
  },
  {
    id: 'anti-malware',
    text: {
      en: 'Anti-malware protection',
      uk: 'Захист від шкідливого програмного забезпечення',
      bg: 'Защита от зловреден софтуер',
      sl: 'Zaščita pred zlonamerno programsko opremo',
    },
  },
  {
    id: 'security-updates',
    text: {
      en: 'Timely security updates',
      uk: 'Своєчасне встановлення оновлень безпеки',
      bg: 'Своевременно инсталиране на актуализации за сигурност',
      sl: 'Pravočasne varnostne posodobitve',
    },
  },
  {
    id: 'vulnerability-testing',
    text: {
      en: 'Vulnerability scans and penetration tests',
      uk: 'Сканування вразливостей і тестування на проникнення',
      bg: 'Сканиране за уязвимости и тестове за проникване',
      sl: 'Pregledovanje ranljivosti in penetracijski testi',
    },
  },
  {
    id: 'mobile-device-management',
    text: {
      en: 'Mobile device management (MDM)',
      uk: 'Керування мобільними пристроями (MDM)',
      bg: 'Управление на мобилните устройства (MDM)',
      sl: 'Upravljanje mobilnih naprav (MDM)',
    },
  },
  {
    id: 'test-production-separation',
    text: {
      en: 'Separate test and production environments',
      uk: 'Відокремлення тестового середовища від робочого',
      bg: 'Разделяне на тестовата и производствената среда',
      sl: 'Ločeno testno in produkcijsko okolje',
    },
  },
  // Physical
  {
    id: 'physical-access-control',
    text: {
      en: 'Physical access control (locks, badges)',
      uk: 'Контроль фізичного доступу (замки, перепустки)',
      bg: 'Физически контрол на достъпа (ключалки, пропуски)',
      sl: 'Fizični nadzor dostopa (ključavnice, vstopne kartice)',
    },
  },
  {
    id: 'locked-storage',
    text: {
      en: 'Paper records kept in locked cabinets',
      uk: 'Зберігання паперових документів у шафах, що замикаються',
      bg: 'Съхранение на хартиените документи в заключени шкафове',
      sl: 'Hramba papirnih dokumentov v zaklenjenih omarah',
    },
  },
  {
    id: 'clean-desk',
    text: {
      en: 'Clean desk and clear screen',
      uk: 'Правило чистого столу та чистого екрана',
      bg: 'Правило за чисто бюро и чист екран',
      sl: 'Pravilo čiste mize in praznega zaslona',
    },
  },
  {
    id: 'secure-disposal',
    text: {
      en: 'Secure destruction of paper and storage media',
      uk: 'Безпечне знищення паперових документів і носіїв інформації',
      bg: 'Сигурно унищожаване на хартиени документи и носители на информация',
      sl: 'Varno uničenje papirnih dokumentov in nosilcev podatkov',
    },
  },
  {
    id: 'cctv-privacy-masking',
    text: {
      en: 'Privacy masking on CCTV cameras',
      uk: 'Маскування приватних зон у камерах відеоспостереження',
      bg: 'Маскиране на частни зони в камерите за видеонаблюдение',
      sl: 'Zakrivanje zasebnih območij na kamerah videonadzora',
    },
  },
  // Data lifecycle
  {
    id: 'data-minimisation',
    text: { en: 'Data minimisation', uk: 'Мінімізація даних', bg: 'Свеждане на данните до минимум', sl: 'Najmanjši obseg podatkov' },
  },
  {
    id: 'automatic-deletion',
    text: {
      en: 'Automatic deletion at the end of the retention period',
      uk: 'Автоматичне видалення після закінчення строку зберігання',
      bg: 'Автоматично изтриване след изтичане на срока за съхранение',
      sl: 'Samodejni izbris po izteku roka hrambe',
    },
  },
  {
    id: 'privacy-by-design',
    text: {
      en: 'Data protection by design and by default',
      uk: 'Захист даних за задумом і за замовчуванням',
      bg: 'Защита на данните на етапа на проектирането и по подразбиране',
      sl: 'Vgrajeno in privzeto varstvo podatkov',
    },
  },
  // Organisation
  {
    id: 'security-policy',
    text: {
      en: 'Information security policy',
      uk: 'Політика інформаційної безпеки',
      bg: 'Политика за информационна сигурност',
      sl: 'Politika informacijske varnosti',
    },
  },
  {
    id: 'staff-training',
    text: {
      en: 'Data protection training for staff',
      uk: 'Навчання працівників із питань захисту даних',
      bg: 'Обучение на служителите по защита на данните',
      sl: 'Usposabljanje zaposlenih o varstvu podatkov',
    },
  },
  {
    id: 'confidentiality-undertakings',
    text: {
      en: 'Confidentiality undertakings (NDAs)',
      uk: 'Зобов’язання про нерозголошення (NDA)',
      bg: 'Декларации за поверителност (NDA)',
      sl: 'Izjave o varovanju zaupnih podatkov (NDA)',
    },
  },
  {
    id: 'processor-contracts',
    text: {
      en: 'Data processing agreements with processors (Art. 28)',
      uk: 'Договори з розпорядниками (ст. 28)',
      bg: 'Договори с обработващите лични данни (чл. 28 от ОРЗД)',
      sl: 'Pogodbe o obdelavi z obdelovalci (člen 28)',
    },
  },
  {
    id: 'processor-assessment',
    text: {
      en: 'Security assessment of processors before engaging them',
      uk: 'Оцінка безпеки розпорядників перед залученням',
      bg: 'Оценка на сигурността на обработващите преди възлагане',
      sl: 'Ocena varnosti obdelovalcev pred izbiro',
    },
  },
  {
    id: 'incident-response',
    text: {
      en: 'Incident response and breach notification procedure',
      uk: 'Порядок реагування на інциденти та повідомлення про порушення захисту персональних даних',
      bg: 'Процедура за реагиране на инциденти и уведомяване за нарушения на сигурността на личните данни',
      sl: 'Postopek odzivanja na incidente in obveščanja o kršitvah varnosti osebnih podatkov',
    },
  },
  {
    id: 'dpia',
    text: {
      en: 'Data protection impact assessment',
      uk: 'Оцінка впливу на захист даних',
      bg: 'Оценка на въздействието върху защитата на данните',
      sl: 'Ocena učinka v zvezi z varstvom podatkov',
    },
  },
  {
    id: 'security-audits',
    text: { en: 'Regular security audits', uk: 'Регулярні аудити безпеки', bg: 'Редовни одити на сигурността', sl: 'Redne varnostne revizije' },
  },
  {
    id: 'iso-27001',
    text: {
      en: 'Certified information security management (ISO/IEC 27001)',
      uk: 'Сертифікована система управління інформаційною безпекою (ISO/IEC 27001)',
      bg: 'Сертифицирана система за управление на информационната сигурност (ISO/IEC 27001)',
      sl: 'Certificiran sistem upravljanja informacijske varnosti (ISO/IEC 27001)',
    },
  },
  {
    id: 'data-protection-officer',
    text: {
      en: 'Designated data protection officer',
      uk: 'Призначений інспектор із захисту даних',
      bg: 'Определено длъжностно лице по защита на данните',
      sl: 'Imenovana pooblaščena oseba za varstvo podatkov',
    },
  },
];
