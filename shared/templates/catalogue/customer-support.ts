// Customer support: answering a customer's questions and complaints is part of performing the contract (Art. 6(1)(b));
// answering people who are not customers, and keeping the history of requests to follow them up and defend claims, is
// the organisation's legitimate interest (6(1)(f)). No source sets how long support requests are kept: the retention
// is a criterion. Call recording and automated analysis of conversations are left out: they need their own assessment.
import type { ActivityTemplate } from '../activity-template.ts';

export const customerSupport: ActivityTemplate = {
  id: 'customer-support',
  name: {
    en: 'Customer support',
    uk: 'Підтримка клієнтів',
    bg: 'Обслужване и поддръжка на клиенти',
    sl: 'Podpora strankam',
  },
  description: {
    en: 'Answering questions, requests and complaints from customers and other people who contact the organisation by e-mail, telephone, chat or a web form, and handling returns, repairs and warranty claims.',
    uk: 'Відповіді на запитання, запити та скарги клієнтів та інших осіб, які звертаються до організації електронною поштою, телефоном, у чаті чи через вебформу, а також опрацювання повернень, ремонтів і гарантійних вимог.',
    bg: 'Отговаряне на въпроси, запитвания и жалби на клиенти и други лица, които се свързват с организацията по електронна поща, телефон, чат или чрез уеб формуляр, и обработване на връщания, ремонти и гаранционни претенции.',
    sl: 'Odgovarjanje na vprašanja, zahteve in pritožbe strank in drugih oseb, ki se na organizacijo obrnejo po e-pošti, telefonu, klepetu ali prek spletnega obrazca, ter obravnava vračil, popravil in garancijskih zahtevkov.',
  },
  purposes: [
    {
      en: 'Answering questions and requests about products, services, orders and customer accounts',
      uk: 'Відповіді на запитання та запити щодо товарів, послуг, замовлень і облікових записів клієнтів',
      bg: 'Отговаряне на въпроси и запитвания относно продукти, услуги, поръчки и клиентски профили',
      sl: 'Odgovarjanje na vprašanja in zahteve v zvezi z izdelki, storitvami, naročili in uporabniškimi računi strank',
    },
    {
      en: 'Handling complaints, returns, repairs and warranty claims',
      uk: 'Розгляд скарг, опрацювання повернень, ремонтів і гарантійних вимог',
      bg: 'Разглеждане на жалби и обработване на връщания, ремонти и гаранционни претенции',
      sl: 'Obravnava pritožb, vračil, popravil in garancijskih zahtevkov',
    },
    {
      en: 'Keeping the history of each request to follow it up and to improve the service',
      uk: 'Збереження історії кожного звернення для подальшої роботи з ним і поліпшення обслуговування',
      bg: 'Съхраняване на историята на всяко запитване с цел проследяването му и подобряване на обслужването',
      sl: 'Hramba zgodovine posamezne zahteve za nadaljnjo obravnavo in izboljšanje storitev',
    },
    {
      en: 'Establishing, exercising or defending legal claims arising from a complaint',
      uk: 'Встановлення, здійснення або захист правових вимог, що виникають зі скарги',
      bg: 'Установяване, упражняване или защита на правни претенции, произтичащи от жалба',
      sl: 'Uveljavljanje, izvajanje ali obramba pravnih zahtevkov, ki izhajajo iz pritožbe',
    },
  ],
  legalBases: [
    {
      basis: 'contract',
      detail: {
        en: 'The contract with the customer: answering requests about it and handling complaints, returns and warranty claims under it',
        uk: 'Договір із клієнтом: відповіді на запити щодо нього, розгляд скарг, опрацювання повернень і гарантійних вимог за ним',
        bg: 'Договорът с клиента: отговаряне на запитвания, свързани с него, и обработване на жалби, връщания и гаранционни претенции по него',
        sl: 'Pogodba s stranko: odgovarjanje na zahteve v zvezi z njo ter obravnava pritožb, vračil in garancijskih zahtevkov po njej',
      },
    },
    {
      basis: 'legitimate-interests',
      detail: {
        en: 'Answering people who are not customers, keeping the history of requests to follow them up and improve the service, and defending the organisation against claims',
        uk: 'Відповіді особам, які не є клієнтами, збереження історії звернень для подальшої роботи з ними й поліпшення обслуговування, а також захист організації від вимог',
        bg: 'Отговаряне на лица, които не са клиенти, съхраняване на историята на запитванията с цел проследяването им и подобряване на обслужването и защита на организацията срещу претенции',
        sl: 'Odgovarjanje osebam, ki niso stranke, hramba zgodovine zahtev za njihovo nadaljnjo obravnavo in izboljšanje storitev ter obramba organizacije pred zahtevki',
      },
    },
  ],
  dataSubjects: [
    { en: 'Customers', uk: 'Клієнти', bg: 'Клиенти', sl: 'Stranke' },
    {
      en: 'Prospective customers and other people who contact customer support',
      uk: 'Потенційні клієнти та інші особи, які звертаються до служби підтримки',
      bg: 'Потенциални клиенти и други лица, които се обръщат към отдела за обслужване на клиенти',
      sl: 'Potencialne stranke in druge osebe, ki se obrnejo na podporo strankam',
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
        en: 'Identification and contact data (name, e-mail address, telephone number, customer number)',
        uk: 'Ідентифікаційні та контактні дані (ім’я, адреса електронної пошти, номер телефону, номер клієнта)',
        bg: 'Идентификационни данни и данни за контакт (имена, адрес на електронна поща, телефонен номер, клиентски номер)',
        sl: 'Identifikacijski in kontaktni podatki (ime, e-poštni naslov, telefonska številka, številka stranke)',
      },
    },
    {
      name: {
        en: 'Content of requests and complaints and the correspondence about them (messages, attachments, notes of telephone calls)',
        uk: 'Зміст запитів і скарг та листування щодо них (повідомлення, вкладення, нотатки телефонних розмов)',
        bg: 'Съдържание на запитванията и жалбите и кореспонденцията по тях (съобщения, прикачени файлове, бележки от телефонни разговори)',
        sl: 'Vsebina zahtev in pritožb ter korespondenca v zvezi z njimi (sporočila, priponke, zapiski telefonskih pogovorov)',
      },
    },
    {
      name: {
        en: 'Data on the product, service, order or contract concerned (order number, date of purchase, invoice, warranty)',
        uk: 'Дані про відповідний товар, послугу, замовлення чи договір (номер замовлення, дата покупки, рахунок, гарантія)',
        bg: 'Данни за съответния продукт, услуга, поръчка или договор (номер на поръчка, дата на покупка, фактура, гаранция)',
        sl: 'Podatki o zadevnem izdelku, storitvi, naročilu ali pogodbi (številka naročila, datum nakupa, račun, garancija)',
      },
    },
    {
      name: {
        en: 'Handling data (date, channel, agent, status and outcome of the request, satisfaction rating)',
        uk: 'Дані про опрацювання (дата, канал, працівник, статус і результат звернення, оцінка задоволеності)',
        bg: 'Данни за обработването (дата, канал, служител, статус и резултат на запитването, оценка на удовлетвореността)',
        sl: 'Podatki o obravnavi (datum, kanal, zaposleni, status in izid zahteve, ocena zadovoljstva)',
      },
    },
  ],
  recipients: [
    {
      en: 'Manufacturers and suppliers, for the warranty claims they handle',
      uk: 'Виробники та постачальники — щодо гарантійних вимог, які вони розглядають',
      bg: 'Производители и доставчици — за гаранционните претенции, които те обработват',
      sl: 'Proizvajalci in dobavitelji za garancijske zahtevke, ki jih obravnavajo',
    },
    {
      en: 'Alternative dispute resolution bodies, consumer protection authorities and courts, where a complaint becomes a dispute',
      uk: 'Органи альтернативного вирішення спорів, органи із захисту прав споживачів і суди, якщо скарга переростає у спір',
      bg: 'Органи за алтернативно решаване на спорове, органи за защита на потребителите и съдилища, когато жалбата прерасне в спор',
      sl: 'Izvajalci izvensodnega reševanja potrošniških sporov, organi za varstvo potrošnikov in sodišča, kadar pritožba preraste v spor',
    },
    {
      en: 'Legal advisers and insurers, where a claim is made',
      uk: 'Юридичні радники та страховики — у разі пред’явлення вимоги',
      bg: 'Правни консултанти и застрахователи — при предявена претенция',
      sl: 'Pravni svetovalci in zavarovalnice, kadar je vložen zahtevek',
    },
  ],
  sources: [
    {
      en: 'The people who contact customer support',
      uk: 'Особи, які звертаються до служби підтримки',
      bg: 'Лицата, които се обръщат към отдела за обслужване на клиенти',
      sl: 'Osebe, ki se obrnejo na podporo strankam',
    },
    {
      en: 'For contact persons: the business customer that designates them',
      uk: 'Щодо контактних осіб: клієнт — юридична особа, який їх призначає',
      bg: 'За лицата за контакт: клиентът — юридическо лице, който ги определя',
      sl: 'Za kontaktne osebe: poslovna stranka, ki jih določi',
    },
  ],
  retention: {
    criterion: {
      en: 'Until the request or complaint is closed, then for the duration of the customer relationship and, after it ends, until claims about the matter are time-barred; then deleted or anonymised',
      uk: 'До закриття запиту чи скарги, далі — протягом відносин із клієнтом, а після їх припинення — до спливу строку позовної давності щодо відповідних вимог; потім видаляються або знеособлюються',
      bg: 'До приключване на запитването или жалбата, след това — за срока на отношенията с клиента, а след прекратяването им — до изтичане на давностните срокове за претенции по въпроса; след това се изтриват или анонимизират',
      sl: 'Do zaključka zahteve ali pritožbe, nato ves čas poslovnega razmerja s stranko, po njegovem prenehanju pa do zastaranja zahtevkov v zvezi z zadevo; nato se izbrišejo ali anonimizirajo',
    },
    note: {
      en: 'No EU rule or authority’s guidance sets a period for support requests. The CNIL (France) ties customer data to the length of the commercial relationship (référentiel “gestion commerciale”, deliberation 2021-131), which is itself a criterion. Decide how long closed requests stay useful, and enter the limitation period for contractual claims under your national law. Call recordings, if any, need their own period.',
      uk: 'Жодна норма ЄС чи настанова наглядового органу не встановлює строку зберігання звернень до служби підтримки. CNIL (Франція) пов’язує зберігання даних клієнтів із тривалістю комерційних відносин (référentiel «gestion commerciale», рішення 2021-131), що саме по собі є критерієм, а не строком. Визначте, як довго закриті звернення залишаються потрібними, і зазначте строк позовної давності для договірних вимог за вашим національним законодавством. Для записів телефонних розмов, якщо вони ведуться, потрібен окремий строк.',
      bg: 'Нито норма на ЕС, нито насоки на надзорен орган определят срок за запитванията към отдела за обслужване на клиенти. CNIL (Франция) обвързва съхраняването на клиентските данни с продължителността на търговските отношения (référentiel „gestion commerciale“, решение 2021-131), което също е критерий, а не срок. Определете колко дълго приключените запитвания остават полезни и посочете давностния срок за договорни претенции по вашето национално право. Записите на телефонни разговори, ако има такива, се нуждаят от отделен срок.',
      sl: 'Roka hrambe zahtev, naslovljenih na podporo strankam, ne določa nobeno pravilo EU ali smernica nadzornega organa. CNIL (Francija) hrambo podatkov o strankah veže na trajanje poslovnega razmerja (référentiel »gestion commerciale«, sklep 2021-131), kar je prav tako merilo in ne rok. Določite, kako dolgo so zaključene zahteve še uporabne, in vpišite zastaralni rok za pogodbene zahtevke po vašem nacionalnem pravu. Za morebitne posnetke telefonskih pogovorov je treba določiti poseben rok.',
    },
  },
  securityMeasures: [
    {
      en: 'Access to the support system by role: agents see the requests of their own team',
      uk: 'Доступ до системи підтримки відповідно до ролей: працівники бачать лише звернення своєї команди',
      bg: 'Достъп до системата за обслужване според ролята: служителите виждат само запитванията на своя екип',
      sl: 'Dostop do sistema za podporo glede na vlogo: zaposleni vidijo le zahteve svoje ekipe',
    },
    {
      en: 'The caller’s identity checked before account or order details are disclosed',
      uk: 'Перевірка особи того, хто звертається, перед розкриттям даних облікового запису чи замовлення',
      bg: 'Проверка на самоличността на обаждащия се, преди да бъдат разкрити данни за профила или поръчката',
      sl: 'Preverjanje istovetnosti klicatelja pred razkritjem podatkov o računu ali naročilu',
    },
    {
      en: 'Customers asked not to send sensitive data; card numbers, identity documents and other data not needed are removed from requests',
      uk: 'Клієнтів просять не надсилати чутливих даних; номери платіжних карток, документи, що посвідчують особу, та інші непотрібні дані видаляються зі звернень',
      bg: 'Клиентите се приканват да не изпращат чувствителни данни; номерата на платежни карти, документите за самоличност и другите ненужни данни се премахват от запитванията',
      sl: 'Stranke so naprošene, naj ne pošiljajo občutljivih podatkov; številke plačilnih kartic, osebni dokumenti in drugi nepotrebni podatki se iz zahtev odstranijo',
    },
    {
      en: 'Encrypted connections to the support tools, with two-factor authentication for agents',
      uk: 'Шифровані з’єднання з інструментами підтримки та двофакторна автентифікація працівників',
      bg: 'Криптирани връзки с инструментите за обслужване и двуфакторна автентикация на служителите',
      sl: 'Šifrirane povezave z orodji za podporo in dvostopenjska avtentikacija zaposlenih',
    },
    {
      en: 'Closed requests deleted or anonymised automatically when their retention ends',
      uk: 'Закриті звернення автоматично видаляються або знеособлюються після закінчення строку зберігання',
      bg: 'Приключените запитвания се изтриват или анонимизират автоматично след изтичане на срока за съхранение',
      sl: 'Zaključene zahteve se po izteku roka hrambe samodejno izbrišejo ali anonimizirajo',
    },
  ],
  dpia: {
    required: false,
    reason: {
      en: 'Ordinary contact and contract data of people who contact the organisation themselves: no evaluation or scoring, no monitoring, no special categories sought, so none of the WP248 criteria is met as a rule. Reassess if calls are recorded or conversations are analysed automatically (sentiment analysis, AI scoring of customers).',
      uk: 'Звичайні контактні та договірні дані осіб, які самі звертаються до організації: немає оцінювання чи скорингу, немає моніторингу, особливі категорії даних не запитуються, тож, як правило, жоден із критеріїв настанов WP248 не виконується. Перегляньте оцінку, якщо телефонні розмови записуються або аналізуються автоматично (аналіз тональності, оцінювання клієнтів за допомогою ШІ).',
      bg: 'Обичайни данни за контакт и договорни данни на лица, които сами се обръщат към организацията: няма оценяване или точкуване, няма наблюдение, не се изискват специални категории данни, затова по правило не е изпълнен нито един от критериите на насоките WP248. Преразгледайте оценката, ако разговорите се записват или се анализират автоматично (анализ на нагласите, оценяване на клиенти с изкуствен интелект).',
      sl: 'Običajni kontaktni in pogodbeni podatki oseb, ki se same obrnejo na organizacijo: ni ocenjevanja ali točkovanja, ni spremljanja, posebne vrste osebnih podatkov se ne zahtevajo, zato praviloma ni izpolnjeno nobeno merilo smernic WP248. Oceno ponovite, če se pogovori snemajo ali samodejno analizirajo (analiza razpoloženja, ocenjevanje strank z umetno inteligenco).',
    },
  },
  // Customers and prospects learn of it from the public privacy policy.
  public: true,
};
