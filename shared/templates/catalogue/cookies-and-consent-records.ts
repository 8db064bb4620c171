// Cookies and consent records: asking visitors before non-essential cookies and similar trackers are used (Art. 5(3) of
// the ePrivacy Directive 2002/58/EC, as transposed), remembering their choice, and keeping the proof that the
// controller must be able to give (Art. 7(1) GDPR): a legal obligation (Art. 6(1)(c)). Strictly necessary cookies are
// exempt from consent under the same Art. 5(3); their processing rests on legitimate interests. The visitor's choice
// is remembered for the six months the CNIL recommends as good practice; no source sets a period for the proof of
// consent: a criterion.
import type { ActivityTemplate } from '../activity-template.ts';

export const cookiesAndConsentRecords: ActivityTemplate = {
  id: 'cookies-and-consent-records',
  name: {
    en: 'Cookies and consent records',
    uk: 'Файли cookie та записи про згоду',
    bg: 'Бисквитки и записи за дадено съгласие',
    sl: 'Piškotki in evidence privolitev',
  },
  description: {
    en: 'Asking visitors of the organisation’s website or app for their choice before cookies and similar trackers that are not strictly necessary are used, applying and remembering that choice, keeping proof of the consent given, and setting the cookies the site needs to work.',
    uk: 'Запит вибору відвідувачів вебсайту чи застосунку організації перед використанням файлів cookie та подібних засобів відстеження, які не є суворо необхідними, застосування й запам’ятовування цього вибору, зберігання доказів наданої згоди, а також встановлення файлів cookie, потрібних для роботи сайту.',
    bg: 'Искане на избора на посетителите на уебсайта или приложението на организацията, преди да бъдат използвани бисквитки и подобни проследяващи технологии, които не са строго необходими, прилагане и запомняне на този избор, съхраняване на доказателства за даденото съгласие и поставяне на бисквитките, необходими за работата на сайта.',
    sl: 'Pridobivanje odločitve obiskovalcev spletne strani ali aplikacije organizacije, preden se uporabijo piškotki in podobne sledilne tehnologije, ki niso nujno potrebni, upoštevanje in shranjevanje te odločitve, hramba dokazil o dani privolitvi ter nameščanje piškotkov, potrebnih za delovanje spletne strani.',
  },
  purposes: [
    {
      en: 'Asking for and recording each visitor’s choice, purpose by purpose, on cookies and similar trackers that are not strictly necessary',
      uk: 'Запит і фіксація вибору кожного відвідувача щодо кожної мети використання файлів cookie та подібних засобів відстеження, які не є суворо необхідними',
      bg: 'Искане и записване на избора на всеки посетител за всяка отделна цел относно бисквитките и подобните проследяващи технологии, които не са строго необходими',
      sl: 'Pridobivanje in beleženje odločitve vsakega obiskovalca glede piškotkov in podobnih sledilnih tehnologij, ki niso nujno potrebni, za vsak namen posebej',
    },
    {
      en: 'Applying the choice on every page, and letting the visitor change or withdraw it at any time',
      uk: 'Застосування вибору на кожній сторінці та надання відвідувачеві можливості будь-коли змінити або відкликати його',
      bg: 'Прилагане на избора на всяка страница и възможност посетителят да го промени или оттегли по всяко време',
      sl: 'Upoštevanje odločitve na vsaki strani in omogočanje, da jo obiskovalec kadar koli spremeni ali prekliče',
    },
    {
      en: 'Keeping proof of the consent given, to be able to demonstrate it',
      uk: 'Зберігання доказів наданої згоди, щоб мати змогу її довести',
      bg: 'Съхраняване на доказателства за даденото съгласие, за да може то да бъде доказано',
      sl: 'Hramba dokazil o dani privolitvi, da jo je mogoče dokazati',
    },
    {
      en: 'Setting the cookies strictly necessary for the site to work (session, security, load balancing, the visitor’s choice itself)',
      uk: 'Встановлення файлів cookie, суворо необхідних для роботи сайту (сеанс, безпека, балансування навантаження, сам вибір відвідувача)',
      bg: 'Поставяне на бисквитките, строго необходими за работата на сайта (сесия, сигурност, разпределяне на натоварването, самият избор на посетителя)',
      sl: 'Nameščanje piškotkov, nujno potrebnih za delovanje spletne strani (seja, varnost, porazdelitev obremenitve, sama odločitev obiskovalca)',
    },
  ],
  legalBases: [
    {
      basis: 'legal-obligation',
      detail: {
        en: 'Art. 5(3) of Directive 2002/58/EC (ePrivacy), as transposed nationally: consent before trackers that are not strictly necessary are stored or read, and respect for refusal; Art. 7(1) GDPR: demonstrating that the visitor consented',
        uk: 'Ст. 5(3) Директиви 2002/58/ЄС про конфіденційність і електронні комунікації (ePrivacy), транспонована до національного законодавства: отримання згоди до збереження чи зчитування засобів відстеження, які не є суворо необхідними, і дотримання відмови; ст. 7(1) GDPR: доведення того, що відвідувач надав згоду',
        bg: 'Чл. 5, пар. 3 от Директива 2002/58/ЕО (ePrivacy), както е транспониран в националното право: съгласие преди съхраняването или четенето на проследяващи технологии, които не са строго необходими, и зачитане на отказа; чл. 7, пар. 1 от ОРЗД: доказване, че посетителят е дал съгласие',
        sl: 'Člen 5(3) Direktive 2002/58/ES o zasebnosti in elektronskih komunikacijah, kot je prenesen v nacionalno pravo: privolitev, preden se shranijo ali preberejo sledilniki, ki niso nujno potrebni, in spoštovanje zavrnitve; člen 7(1) GDPR: dokazovanje, da je obiskovalec privolil',
      },
    },
    {
      basis: 'legitimate-interests',
      detail: {
        en: 'Operating the website securely and as the visitor asks: cookies strictly necessary for the service, which Art. 5(3) of Directive 2002/58/EC exempts from consent',
        uk: 'Безпечна робота вебсайту відповідно до запиту відвідувача: файли cookie, суворо необхідні для надання послуги, які ст. 5(3) Директиви 2002/58/ЄС звільняє від вимоги згоди',
        bg: 'Сигурна работа на уебсайта според искането на посетителя: бисквитки, строго необходими за услугата, които чл. 5, пар. 3 от Директива 2002/58/ЕО освобождава от изискването за съгласие',
        sl: 'Varno delovanje spletne strani, kot ga zahteva obiskovalec: piškotki, nujno potrebni za storitev, ki jih člen 5(3) Direktive 2002/58/ES izvzema iz zahteve po privolitvi',
      },
    },
  ],
  dataSubjects: [
    {
      en: 'Visitors of the organisation’s website and users of its apps',
      uk: 'Відвідувачі вебсайту організації та користувачі її застосунків',
      bg: 'Посетители на уебсайта на организацията и потребители на нейните приложения',
      sl: 'Obiskovalci spletne strani organizacije in uporabniki njenih aplikacij',
    },
  ],
  dataCategories: [
    {
      name: {
        en: 'The visitor’s choice stored on the device (purposes accepted or refused, date)',
        uk: 'Вибір відвідувача, збережений на пристрої (прийняті чи відхилені цілі, дата)',
        bg: 'Изборът на посетителя, съхранен на устройството (приети или отказани цели, дата)',
        sl: 'Odločitev obiskovalca, shranjena na napravi (sprejeti ali zavrnjeni nameni, datum)',
      },
      retention: {
        period: {
          en: '6 months, both an acceptance and a refusal; the visitor is then asked again',
          uk: '6 місяців — як для згоди, так і для відмови; після цього відвідувача запитують знову',
          bg: '6 месеца — както за съгласието, така и за отказа; след това посетителят се пита отново',
          sl: '6 mesecev, tako za sprejem kot za zavrnitev; nato se obiskovalca vpraša znova',
        },
        source: {
          authority: 'CNIL (France)',
          reference:
            'Recommandation « cookies et autres traceurs » (délibération n° 2020-092 du 17 septembre 2020): keeping the user’s choices, consent and refusal alike, for 6 months recommended as good practice',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000042388197',
        },
      },
    },
    {
      name: {
        en: 'Consent records kept as proof (random identifier, choice per purpose, date and time, version of the banner shown, truncated IP address, browser)',
        uk: 'Записи про згоду як докази (випадковий ідентифікатор, вибір щодо кожної мети, дата й час, версія показаного банера, скорочена IP-адреса, браузер)',
        bg: 'Записи за съгласието като доказателство (случаен идентификатор, избор за всяка цел, дата и час, версия на показания банер, съкратен IP адрес, браузър)',
        sl: 'Evidence privolitev kot dokazilo (naključni identifikator, odločitev za vsak namen, datum in ura, različica prikazane pasice, skrajšan naslov IP, brskalnik)',
      },
      retention: {
        criterion: {
          en: 'While the choice they prove is in force and, after it expires or is withdrawn, until claims and complaints about the trackers used are time-barred',
          uk: 'Доки діє вибір, який вони підтверджують, а після закінчення його строку чи відкликання — до спливу строку давності для вимог і скарг щодо використаних засобів відстеження',
          bg: 'Докато е в сила изборът, който доказват, а след изтичането или оттеглянето му — до изтичане на давностните срокове за претенции и жалби относно използваните проследяващи технологии',
          sl: 'Dokler velja odločitev, ki jo dokazujejo, po njenem izteku ali preklicu pa do zastaranja zahtevkov in pritožb v zvezi z uporabljenimi sledilniki',
        },
        note: {
          en: 'No source sets a period for keeping proof of consent: Art. 7(1) GDPR only requires that it can be given. Enter the limitation period under your national law, and keep the records pseudonymous.',
          uk: 'Жодне джерело не встановлює строку зберігання доказів згоди: ст. 7(1) GDPR вимагає лише змоги їх надати. Зазначте строк давності за вашим національним законодавством і зберігайте записи в псевдонімізованому вигляді.',
          bg: 'Нито един източник не определя срок за съхраняване на доказателствата за съгласие: чл. 7, пар. 1 от ОРЗД изисква само те да могат да бъдат представени. Посочете давностния срок по вашето национално право и съхранявайте записите псевдонимизирани.',
          sl: 'Roka hrambe dokazil o privolitvi ne določa noben vir: člen 7(1) GDPR zahteva le, da jih je mogoče predložiti. Vpišite zastaralni rok po vašem nacionalnem pravu in evidence hranite psevdonimizirane.',
        },
      },
    },
    {
      name: {
        en: 'Identifiers in strictly necessary cookies (session, security token, load balancing)',
        uk: 'Ідентифікатори у суворо необхідних файлах cookie (сеанс, маркер безпеки, балансування навантаження)',
        bg: 'Идентификатори в строго необходимите бисквитки (сесия, маркер за сигурност, разпределяне на натоварването)',
        sl: 'Identifikatorji v nujno potrebnih piškotkih (seja, varnostni žeton, porazdelitev obremenitve)',
      },
      retention: {
        criterion: {
          en: 'During the browsing session, or until each cookie expires as the cookie notice states',
          uk: 'Протягом сеансу перегляду або до закінчення строку дії кожного файлу cookie, зазначеного в повідомленні про cookie',
          bg: 'По време на сесията на сърфиране или до изтичането на срока на всяка бисквитка, посочен в информацията за бисквитките',
          sl: 'V času seje brskanja ali do izteka veljavnosti posameznega piškotka, kot je navedena v obvestilu o piškotkih',
        },
        note: {
          en: 'No source sets a period for strictly necessary cookies: give each cookie the shortest lifetime the service allows, and list it in the cookie notice.',
          uk: 'Жодне джерело не встановлює строку для суворо необхідних файлів cookie: встановіть для кожного найкоротший строк дії, який дозволяє послуга, і зазначте його в повідомленні про cookie.',
          bg: 'Нито един източник не определя срок за строго необходимите бисквитки: задайте на всяка най-краткия срок, който услугата позволява, и го посочете в информацията за бисквитките.',
          sl: 'Roka za nujno potrebne piškotke ne določa noben vir: vsakemu določite najkrajšo veljavnost, ki jo storitev dopušča, in jo navedite v obvestilu o piškotkih.',
        },
      },
    },
  ],
  retention: {
    period: {
      en: 'The visitor’s choice is remembered for 6 months, then asked again; the proof of consent and strictly necessary cookies follow their own criteria',
      uk: 'Вибір відвідувача зберігається 6 місяців, після чого його запитують знову; для доказів згоди та суворо необхідних файлів cookie діють окремі критерії',
      bg: 'Изборът на посетителя се запомня за 6 месеца, след което се иска отново; за доказателствата за съгласие и строго необходимите бисквитки се прилагат отделни критерии',
      sl: 'Odločitev obiskovalca se hrani 6 mesecev, nato se ga vpraša znova; za dokazila o privolitvi in nujno potrebne piškotke veljajo posebna merila',
    },
    source: {
      authority: 'CNIL (France)',
      reference:
        'Recommandation « cookies et autres traceurs » (délibération n° 2020-092 du 17 septembre 2020): keeping the user’s choices, consent and refusal alike, for 6 months recommended as good practice',
      url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000042388197',
    },
    note: {
      en: 'The period of the French authority’s guidance; check whether your own supervisory authority or national law sets another.',
      uk: 'Це строк із настанов французького органу; перевірте, чи не встановлює інший строк ваш наглядовий орган або національне законодавство.',
      bg: 'Това е срокът от насоките на френския надзорен орган; проверете дали вашият надзорен орган или националното право не определят друг.',
      sl: 'To je rok iz smernic francoskega nadzornega organa; preverite, ali vaš nadzorni organ ali nacionalni predpisi določajo drugačnega.',
    },
  },
  securityMeasures: [
    {
      en: 'No tracker that is not strictly necessary loaded before the visitor consents; the choice applied on every page',
      uk: 'Жоден засіб відстеження, який не є суворо необхідним, не завантажується до надання згоди відвідувачем; вибір застосовується на кожній сторінці',
      bg: 'Никоя проследяваща технология, която не е строго необходима, не се зарежда преди съгласието на посетителя; изборът се прилага на всяка страница',
      sl: 'Noben sledilnik, ki ni nujno potreben, se ne naloži pred privolitvijo obiskovalca; odločitev se upošteva na vsaki strani',
    },
    {
      en: '“Refuse all” as easy as “Accept all”, and a link on every page to change the choice',
      uk: 'Кнопка «Відхилити все» така ж доступна, як «Прийняти все», а на кожній сторінці є посилання для зміни вибору',
      bg: 'Бутонът „Отказ на всички“ е толкова лесно достъпен, колкото „Приемане на всички“, а на всяка страница има връзка за промяна на избора',
      sl: 'Gumb »Zavrni vse« je enako dostopen kot »Sprejmi vse«, na vsaki strani pa je povezava za spremembo odločitve',
    },
    {
      en: 'Consent records pseudonymous (random identifier, truncated IP address) and kept apart from other data about visitors',
      uk: 'Записи про згоду псевдонімізовано (випадковий ідентифікатор, скорочена IP-адреса) і зберігаються окремо від інших даних про відвідувачів',
      bg: 'Записите за съгласие са псевдонимизирани (случаен идентификатор, съкратен IP адрес) и се съхраняват отделно от другите данни за посетителите',
      sl: 'Evidence privolitev so psevdonimizirane (naključni identifikator, skrajšan naslov IP) in se hranijo ločeno od drugih podatkov o obiskovalcih',
    },
    {
      en: 'Consent records protected against alteration, with access limited to named staff',
      uk: 'Записи про згоду захищено від змін, доступ до них мають лише визначені працівники',
      bg: 'Записите за съгласие са защитени срещу промяна, а достъп до тях имат само определени служители',
      sl: 'Evidence privolitev so zaščitene pred spreminjanjem, dostop do njih imajo le določeni zaposleni',
    },
    {
      en: 'Each version of the banner and of the cookie notice kept, so that every record shows what the visitor was told',
      uk: 'Кожна версія банера та повідомлення про cookie зберігається, щоб кожен запис показував, що саме було повідомлено відвідувачеві',
      bg: 'Всяка версия на банера и на информацията за бисквитките се съхранява, така че всеки запис да показва какво е било съобщено на посетителя',
      sl: 'Vsaka različica pasice in obvestila o piškotkih se hrani, da vsak zapis kaže, o čem je bil obiskovalec obveščen',
    },
  ],
  dpia: {
    required: false,
    reason: {
      en: 'Minimal, pseudonymous records of the visitors’ own choices and the cookies the site needs: no evaluation, no sensitive data, no monitoring, so none of the WP248 criteria is met. The trackers the visitors accept are assessed with the activities that use them (analytics, advertising).',
      uk: 'Мінімальні псевдонімізовані записи про власний вибір відвідувачів і файли cookie, потрібні для роботи сайту: немає оцінювання, чутливих даних чи моніторингу, тож жоден із критеріїв настанов WP248 не виконується. Засоби відстеження, на які погоджуються відвідувачі, оцінюються разом з операціями, що їх використовують (аналітика, реклама).',
      bg: 'Минимални псевдонимизирани записи за собствения избор на посетителите и бисквитките, необходими за сайта: няма оценяване, чувствителни данни или наблюдение, затова не е изпълнен нито един от критериите на насоките WP248. Проследяващите технологии, които посетителите приемат, се оценяват заедно с дейностите, които ги използват (анализ, реклама).',
      sl: 'Minimalne psevdonimizirane evidence lastnih odločitev obiskovalcev in piškotkov, ki jih spletna stran potrebuje: ni ocenjevanja, občutljivih podatkov ali spremljanja, zato ni izpolnjeno nobeno merilo smernic WP248. Sledilniki, v katere obiskovalci privolijo, se ocenijo skupaj z obdelavami, ki jih uporabljajo (analitika, oglaševanje).',
    },
  },
  // The data are collected from the visitors' own devices and choices (Art. 13 applies, not Art. 14).
  confirmedNone: ['sources'],
  // Visitors learn of it from the cookie banner, the cookie notice and the public privacy policy.
  public: true,
};
