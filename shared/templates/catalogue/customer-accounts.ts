// Customer accounts: the terms of use (Art. 6(1)(b)); account security and fraud prevention are legitimate interests
// the GDPR itself names (Recitals 47 and 49). No statute sets how long an account is kept, so the retention is a
// criterion the organisation completes with its inactivity period. Orders and invoices have their own template.
import type { ActivityTemplate } from '../activity-template.ts';

export const customerAccounts: ActivityTemplate = {
  id: 'customer-accounts',
  name: { en: 'Customer accounts', uk: 'Облікові записи клієнтів', bg: 'Клиентски профили', sl: 'Uporabniški računi strank' },
  description: {
    en: 'Registering customers, running their online accounts (login, profile, order history, preferences) and keeping the accounts secure.',
    uk: 'Реєстрація клієнтів, ведення їхніх онлайн-облікових записів (вхід, профіль, історія замовлень, налаштування) та захист облікових записів.',
    bg: 'Регистриране на клиенти, поддържане на онлайн профилите им (вход, профил, история на поръчките, предпочитания) и защита на профилите.',
    sl: 'Registracija strank, upravljanje njihovih spletnih računov (prijava, profil, zgodovina naročil, nastavitve) in varovanje računov.',
  },
  purposes: [
    {
      en: 'Registering customers and running their accounts',
      uk: 'Реєстрація клієнтів і ведення їхніх облікових записів',
      bg: 'Регистриране на клиенти и поддържане на профилите им',
      sl: 'Registracija strank in upravljanje njihovih računov',
    },
    {
      en: 'Providing the account’s services: order history, saved addresses, preferences',
      uk: 'Надання послуг облікового запису: історія замовлень, збережені адреси, налаштування',
      bg: 'Предоставяне на услугите на профила: история на поръчките, запазени адреси, предпочитания',
      sl: 'Zagotavljanje storitev računa: zgodovina naročil, shranjeni naslovi, nastavitve',
    },
    {
      en: 'Sending service messages about the account (confirmations, password resets, changes to the terms)',
      uk: 'Надсилання службових повідомлень щодо облікового запису (підтвердження, відновлення пароля, зміни умов)',
      bg: 'Изпращане на служебни съобщения за профила (потвърждения, възстановяване на парола, промени в условията)',
      sl: 'Pošiljanje obvestil v zvezi z računom (potrditve, ponastavitev gesla, spremembe pogojev)',
    },
    {
      en: 'Keeping accounts secure and preventing fraud and misuse',
      uk: 'Захист облікових записів і запобігання шахрайству та зловживанням',
      bg: 'Защита на профилите и предотвратяване на измами и злоупотреби',
      sl: 'Varovanje računov ter preprečevanje goljufij in zlorab',
    },
  ],
  legalBases: [
    {
      basis: 'contract',
      detail: {
        en: 'The terms of use the customer accepts on opening the account',
        uk: 'Умови користування, які клієнт приймає під час створення облікового запису',
        bg: 'Условията за ползване, които клиентът приема при създаването на профила',
        sl: 'Pogoji uporabe, ki jih stranka sprejme ob odprtju računa',
      },
    },
    {
      basis: 'legitimate-interests',
      detail: {
        en: 'Keeping accounts and the service secure and preventing fraud and misuse (Recitals 47 and 49)',
        uk: 'Захист облікових записів і сервісу та запобігання шахрайству й зловживанням (пункти 47 і 49 преамбули)',
        bg: 'Защита на профилите и услугата и предотвратяване на измами и злоупотреби (съображения 47 и 49 от ОРЗД)',
        sl: 'Varovanje računov in storitve ter preprečevanje goljufij in zlorab (uvodni izjavi 47 in 49)',
      },
    },
  ],
  dataSubjects: [
    {
      en: 'Customers who open an account',
      uk: 'Клієнти, які створили обліковий запис',
      bg: 'Клиенти, които са създали профил',
      sl: 'Stranke, ki odprejo račun',
    },
    {
      en: 'Contact persons of business customers',
      uk: 'Контактні особи клієнтів — юридичних осіб',
      bg: 'Лица за контакт на клиенти — юридически лица',
      sl: 'Kontaktne osebe poslovnih strank',
    },
  ],
  dataCategories: [
    {
      name: {
        en: 'Identification and contact data (name, email, phone, addresses)',
        uk: 'Ідентифікаційні та контактні дані (ім’я, електронна пошта, телефон, адреси)',
        bg: 'Идентификационни данни и данни за контакт (имена, електронна поща, телефон, адреси)',
        sl: 'Identifikacijski in kontaktni podatki (ime, e-pošta, telefon, naslovi)',
      },
    },
    {
      name: {
        en: 'Login data (username, password hash, second-factor settings)',
        uk: 'Дані для входу (ім’я користувача, хеш пароля, налаштування другого фактора)',
        bg: 'Данни за вход (потребителско име, хеш на паролата, настройки на втория фактор)',
        sl: 'Podatki za prijavo (uporabniško ime, zgoščena vrednost gesla, nastavitve drugega faktorja)',
      },
    },
    {
      name: {
        en: 'Account settings and preferences',
        uk: 'Налаштування облікового запису та вподобання',
        bg: 'Настройки и предпочитания на профила',
        sl: 'Nastavitve in preference računa',
      },
    },
    {
      name: {
        en: 'Order and service history linked to the account',
        uk: 'Історія замовлень і послуг, пов’язана з обліковим записом',
        bg: 'История на поръчките и услугите, свързана с профила',
        sl: 'Zgodovina naročil in storitev, povezana z računom',
      },
    },
    {
      name: {
        en: 'Login security data (IP address, date and time, device, failed attempts)',
        uk: 'Дані безпеки входів (IP-адреса, дата й час, пристрій, невдалі спроби)',
        bg: 'Данни за сигурността при вход (IP адрес, дата и час, устройство, неуспешни опити)',
        sl: 'Varnostni podatki o prijavah (naslov IP, datum in čas, naprava, neuspeli poskusi)',
      },
    },
  ],
  retention: {
    criterion: {
      en: 'While the account is open; deleted after the customer closes it, or after a period of inactivity the organisation sets and announces; login security data for a shorter period; what invoices and claims need is kept under the orders and invoicing activity',
      uk: 'Поки обліковий запис відкритий; дані видаляються після того, як клієнт закриє обліковий запис, або після періоду неактивності, який організація встановлює й оголошує; дані безпеки входів — коротший строк; те, що потрібно для рахунків і вимог, зберігається в межах операції із замовлень і рахунків',
      bg: 'Докато профилът е активен; данните се изтриват след закриването му от клиента или след период на неактивност, който организацията определя и обявява; данните за сигурността при вход — за по-кратък срок; необходимото за фактурите и претенциите се съхранява в рамките на дейността по поръчки и фактуриране',
      sl: 'Dokler je račun odprt; podatki se izbrišejo, ko stranka račun zapre, ali po obdobju neaktivnosti, ki ga organizacija določi in objavi; varnostni podatki o prijavah krajši čas; kar je potrebno za izdane račune in pravne zahtevke, se hrani v okviru dejavnosti naročil in izdajanja računov',
    },
    note: {
      en: 'No statute or authority sets a general period for customer account data: decide the period of inactivity after which an account is closed (and say it in the privacy notice), and how long login security data are kept.',
      uk: 'Жоден закон чи наглядовий орган не встановлює загального строку для даних облікових записів клієнтів: визначте період неактивності, після якого обліковий запис закривається (і зазначте його в повідомленні про конфіденційність), а також строк зберігання даних безпеки входів.',
      bg: 'Няма закон или надзорен орган, който да определя общ срок за данните в клиентските профили: определете периода на неактивност, след който профилът се закрива (и го посочете в политиката за поверителност), както и срока за съхранение на данните за сигурността при вход.',
      sl: 'Noben zakon ali nadzorni organ ne določa splošnega roka za podatke uporabniških računov strank: določite obdobje neaktivnosti, po katerem se račun zapre (in ga navedite v obvestilu o zasebnosti), ter rok hrambe varnostnih podatkov o prijavah.',
    },
  },
  securityMeasures: [
    {
      en: 'Passwords stored only as salted hashes made with a slow algorithm (such as Argon2 or bcrypt)',
      uk: 'Паролі зберігаються лише як хеші із сіллю, обчислені повільним алгоритмом (наприклад, Argon2 або bcrypt)',
      bg: 'Паролите се съхраняват само като хешове със „сол“, изчислени с бавен алгоритъм (например Argon2 или bcrypt)',
      sl: 'Gesla se hranijo le kot zgoščene vrednosti s soljo, izračunane s počasnim algoritmom (na primer Argon2 ali bcrypt)',
    },
    {
      en: 'Two-factor authentication offered; repeated failed logins slowed down or blocked',
      uk: 'Пропонується двофакторна автентифікація; повторні невдалі спроби входу сповільнюються або блокуються',
      bg: 'Предлага се двуфакторна автентикация; повтарящите се неуспешни опити за вход се забавят или блокират',
      sl: 'Na voljo je dvofaktorska avtentikacija; ponavljajoči se neuspeli poskusi prijave se upočasnijo ali blokirajo',
    },
    {
      en: 'All traffic over TLS',
      uk: 'Увесь обмін даними — через TLS',
      bg: 'Целият трафик се предава през TLS',
      sl: 'Ves promet poteka prek TLS',
    },
    {
      en: 'Staff access to accounts limited by role and logged',
      uk: 'Доступ працівників до облікових записів обмежено відповідно до ролей і журналюється',
      bg: 'Достъпът на служителите до профилите е ограничен според ролята и се регистрира',
      sl: 'Dostop zaposlenih do računov je omejen glede na vlogo in se beleži',
    },
    {
      en: 'Inactive accounts deleted automatically at the end of the set period',
      uk: 'Неактивні облікові записи автоматично видаляються після закінчення встановленого періоду',
      bg: 'Неактивните профили се изтриват автоматично след изтичане на определения период',
      sl: 'Neaktivni računi se po izteku določenega obdobja samodejno izbrišejo',
    },
  ],
  dpia: {
    required: false,
    reason: {
      en: 'None of the Art. 35(3) cases, and at most one WP248 criterion (large scale, for a large customer base): no special-category data, no profiling or automated decisions with legal or similar effects. Reassess if account data are used for profiling or for automated fraud decisions that block customers (WP248 criteria 1, 2 and 9).',
      uk: 'Жоден із випадків ст. 35(3) не застосовується, і виконується щонайбільше один критерій WP248 (великий масштаб — за великої кількості клієнтів): немає даних особливих категорій, профілювання чи автоматизованих рішень із юридичними або подібними наслідками. Перегляньте оцінку, якщо дані облікових записів використовуватимуться для профілювання або для автоматизованих рішень щодо шахрайства, які блокують клієнтів (критерії 1, 2 і 9 настанов WP248).',
      bg: 'Не е налице нито един от случаите по чл. 35, пар. 3 от ОРЗД и е изпълнен най-много един критерий от WP248 (голям мащаб — при голям брой клиенти): няма специални категории данни, профилиране или автоматизирани решения с правни или подобни последици. Преразгледайте оценката, ако данните от профилите се използват за профилиране или за автоматизирани решения срещу измами, които блокират клиенти (критерии 1, 2 и 9 от насоките WP248).',
      sl: 'Ne gre za noben primer iz člena 35(3), izpolnjeno pa je kvečjemu eno merilo smernic WP248 (velik obseg pri velikem številu strank): ni posebnih vrst osebnih podatkov, oblikovanja profilov ali avtomatiziranih odločitev s pravnimi ali podobnimi učinki. Oceno ponovite, če se podatki računov uporabljajo za oblikovanje profilov ali za avtomatizirane odločitve o goljufijah, ki stranke blokirajo (merila 1, 2 in 9 smernic WP248).',
    },
  },
  // Customers give their account data themselves (a sign-in through another provider would be a source to add).
  confirmedNone: ['sources'],
  public: true,
};
