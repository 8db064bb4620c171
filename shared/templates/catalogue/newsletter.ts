// Newsletter: the subscriber's consent (Art. 6(1)(a)), which national laws transposing Art. 13(1) of the ePrivacy
// Directive 2002/58/EC also require for marketing e-mail; keeping the proof of consent is the duty of Art. 7(1). The
// "soft opt-in" to existing customers (Art. 13(2) ePrivacy) is national law and another basis: it is left out, and the
// description says so. Retention follows the CNIL's three years after the subscriber's last active contact.
import type { ActivityTemplate } from '../activity-template.ts';

export const newsletter: ActivityTemplate = {
  id: 'newsletter',
  name: {
    en: 'Newsletter',
    uk: 'Інформаційна розсилка',
    bg: 'Електронен бюлетин',
    sl: 'E-novice',
  },
  description: {
    en: 'Sending the organisation’s e-mail newsletter to the people who subscribed to it, and managing subscriptions, unsubscriptions and the proof of consent. E-mails to existing customers without their consent, where national law allows them (the “soft opt-in”), are not covered: record them as a separate activity.',
    uk: 'Надсилання інформаційної розсилки організації електронною поштою особам, які на неї підписалися, а також управління підписками, відписками й доказами згоди. Листи наявним клієнтам без їхньої згоди, якщо національне законодавство таке дозволяє (так званий soft opt-in — виняток для наявних клієнтів за ст. 13(2) Директиви 2002/58/ЄС), сюди не належать: зафіксуйте їх як окрему операцію з обробки.',
    bg: 'Изпращане на електронния бюлетин на организацията на лицата, които са се абонирали за него, и управление на абонаментите, отписванията и доказателствата за дадено съгласие. Не обхваща съобщенията до съществуващи клиенти без тяхното съгласие, когато националното право ги допуска (т. нар. soft opt-in — изключението за съществуващи клиенти по чл. 13, пар. 2 от Директива 2002/58/ЕО): впишете ги като отделна дейност по обработване.',
    sl: 'Pošiljanje e-novic organizacije osebam, ki so se nanje naročile, ter upravljanje naročil, odjav in dokazil o privolitvi. Ne zajema sporočil obstoječim strankam brez njihove privolitve, kadar jih nacionalno pravo dopušča (t. i. soft opt-in, izjema za obstoječe stranke iz člena 13(2) Direktive 2002/58/ES): te vpišite kot ločeno dejavnost obdelave.',
  },
  purposes: [
    {
      en: 'Sending the newsletter (news, offers, events) to subscribers by e-mail',
      uk: 'Надсилання підписникам розсилки (новини, пропозиції, події) електронною поштою',
      bg: 'Изпращане на бюлетина (новини, оферти, събития) на абонатите по електронна поща',
      sl: 'Pošiljanje e-novic (novice, ponudbe, dogodki) naročnikom po e-pošti',
    },
    {
      en: 'Managing subscriptions, unsubscriptions and subscribers’ preferences',
      uk: 'Управління підписками, відписками та вподобаннями підписників',
      bg: 'Управление на абонаментите, отписванията и предпочитанията на абонатите',
      sl: 'Upravljanje naročil, odjav in nastavitev naročnikov',
    },
    {
      en: 'Keeping proof of each subscriber’s consent',
      uk: 'Зберігання доказів згоди кожного підписника',
      bg: 'Съхраняване на доказателства за съгласието на всеки абонат',
      sl: 'Hramba dokazil o privolitvi vsakega naročnika',
    },
    {
      en: 'Measuring how the newsletter is read (opens and clicks), where subscribers agreed to it when subscribing',
      uk: 'Вимірювання того, як читають розсилку (відкриття та переходи за посиланнями), якщо підписники погодилися на це під час підписки',
      bg: 'Измерване на начина, по който се чете бюлетинът (отваряния и кликвания), когато абонатите са се съгласили с това при абонирането',
      sl: 'Merjenje branja e-novic (odpiranja in kliki), kadar so naročniki ob naročilu v to privolili',
    },
  ],
  legalBases: [
    {
      basis: 'consent',
      detail: {
        en: 'The subscriber’s consent, given by an active sign-up (an unticked box, confirmed by e-mail) and withdrawable at any time through the unsubscribe link in every newsletter (Art. 7(3) GDPR); national laws transposing Art. 13(1) of Directive 2002/58/EC (ePrivacy) require prior consent to marketing e-mail',
        uk: 'Згода підписника, надана активною дією (непозначене заздалегідь поле, підтверджене електронним листом), яку можна будь-коли відкликати за посиланням для відписки в кожному листі розсилки (ст. 7(3) GDPR); національні закони, що транспонують ст. 13(1) Директиви 2002/58/ЄС про конфіденційність і електронні комунікації (ePrivacy), вимагають попередньої згоди на маркетингові листи',
        bg: 'Съгласието на абоната, дадено с активно действие (неотметнато предварително поле, потвърдено по електронна поща), което може да бъде оттеглено по всяко време чрез връзката за отписване във всеки бюлетин (чл. 7, пар. 3 от ОРЗД); националните закони, с които се транспонира чл. 13, пар. 1 от Директива 2002/58/ЕО (ePrivacy), изискват предварително съгласие за маркетингови съобщения по електронна поща',
        sl: 'Privolitev naročnika, dana z aktivnim dejanjem (vnaprej neoznačeno polje, potrjeno po e-pošti), ki jo lahko kadar koli prekliče prek povezave za odjavo v vsakih e-novicah (člen 7(3) GDPR); nacionalni predpisi, ki prenašajo člen 13(1) Direktive 2002/58/ES o zasebnosti in elektronskih komunikacijah, za trženjska e-sporočila zahtevajo predhodno privolitev',
      },
    },
    {
      basis: 'legal-obligation',
      detail: {
        en: 'Art. 7(1) GDPR: where processing is based on consent, the controller must be able to demonstrate that the data subject consented (the proof of consent)',
        uk: 'Ст. 7(1) GDPR: якщо обробка ґрунтується на згоді, контролер повинен мати змогу довести, що суб’єкт даних надав згоду (докази згоди)',
        bg: 'Чл. 7, пар. 1 от ОРЗД: когато обработването се основава на съгласие, администраторът трябва да е в състояние да докаже, че субектът на данните е дал съгласие (доказателствата за съгласието)',
        sl: 'Člen 7(1) GDPR: kadar obdelava temelji na privolitvi, mora upravljavec biti sposoben dokazati, da je posameznik, na katerega se nanašajo osebni podatki, privolil v obdelavo (dokazila o privolitvi)',
      },
    },
  ],
  dataSubjects: [
    {
      en: 'Newsletter subscribers (customers and other people who signed up)',
      uk: 'Підписники розсилки (клієнти та інші особи, які підписалися)',
      bg: 'Абонати на бюлетина (клиенти и други лица, които са се абонирали)',
      sl: 'Naročniki na e-novice (stranke in druge osebe, ki so se naročile)',
    },
  ],
  dataCategories: [
    {
      name: {
        en: 'E-mail address, and name if given',
        uk: 'Адреса електронної пошти та ім’я, якщо його зазначено',
        bg: 'Адрес на електронна поща и име, ако е посочено',
        sl: 'E-poštni naslov in ime, če je navedeno',
      },
    },
    {
      name: {
        en: 'Subscription preferences (topics, language, frequency)',
        uk: 'Налаштування підписки (теми, мова, частота)',
        bg: 'Предпочитания за абонамента (теми, език, честота)',
        sl: 'Nastavitve naročila (teme, jezik, pogostost)',
      },
    },
    {
      name: {
        en: 'Proof of consent (date and time, sign-up form and the wording shown, IP address, e-mail confirmation)',
        uk: 'Докази згоди (дата й час, форма підписки та показаний текст, IP-адреса, підтвердження електронною поштою)',
        bg: 'Доказателства за съгласието (дата и час, формуляр за абониране и показаният текст, IP адрес, потвърждение по електронна поща)',
        sl: 'Dokazila o privolitvi (datum in ura, obrazec za naročilo in prikazano besedilo, naslov IP, potrditev po e-pošti)',
      },
      retention: {
        criterion: {
          en: 'While the subscription lasts and, after unsubscription, until claims and complaints about the sending are time-barred',
          uk: 'Протягом дії підписки, а після відписки — до спливу строку давності для вимог і скарг щодо надсилання листів',
          bg: 'Докато трае абонаментът, а след отписването — до изтичане на давностните срокове за претенции и жалби във връзка с изпращането',
          sl: 'Ves čas trajanja naročila, po njegovem prenehanju (odjavi) pa do zastaranja zahtevkov in pritožb v zvezi s pošiljanjem',
        },
        note: {
          en: 'No source sets a period for the proof of consent: it is kept as long as the organisation may have to show that a newsletter was sent with consent (Art. 7(1) GDPR). Enter the limitation period under your national law.',
          uk: 'Жодне джерело не встановлює строку зберігання доказів згоди: вони зберігаються доти, доки організації може знадобитися довести, що розсилку надсилали за згодою (ст. 7(1) GDPR). Зазначте строк давності за вашим національним законодавством.',
          bg: 'Нито един източник не определя срок за доказателствата за съгласие: те се съхраняват, докато организацията може да се наложи да докаже, че бюлетинът е изпратен със съгласие (чл. 7, пар. 1 от ОРЗД). Посочете давностния срок по вашето национално право.',
          sl: 'Roka hrambe dokazil o privolitvi ne določa noben vir: hranijo se, dokler bi organizacija morda morala dokazati, da so bile e-novice poslane s privolitvijo (člen 7(1) GDPR). Vpišite zastaralni rok po vašem nacionalnem pravu.',
        },
      },
    },
    {
      name: {
        en: 'Reading data (opens and clicks per newsletter), where measured',
        uk: 'Дані про читання (відкриття та переходи за посиланнями в кожному листі), якщо вони вимірюються',
        bg: 'Данни за четенето (отваряния и кликвания за всеки бюлетин), ако се измерват',
        sl: 'Podatki o branju (odpiranja in kliki pri posameznih e-novicah), če se merijo',
      },
    },
    {
      name: {
        en: 'Unsubscription record (e-mail address and date of unsubscription)',
        uk: 'Запис про відписку (адреса електронної пошти та дата відписки)',
        bg: 'Запис за отписване (адрес на електронна поща и дата на отписването)',
        sl: 'Zapis o odjavi (e-poštni naslov in datum odjave)',
      },
      retention: {
        criterion: {
          en: 'After unsubscription, only the address and the date, until the organisation stops sending the newsletter, so that the address is not added again by mistake',
          uk: 'Після відписки — лише адреса та дата, до припинення розсилки організацією, щоб адресу не було помилково додано знову',
          bg: 'След отписването — само адресът и датата, до прекратяване на изпращането на бюлетина от организацията, за да не бъде адресът добавен отново по погрешка',
          sl: 'Po odjavi le naslov in datum, do prenehanja pošiljanja e-novic, da naslov ni pomotoma ponovno dodan',
        },
        note: {
          en: 'No source sets a period for keeping unsubscribed addresses. Keep nothing else about the person, and decide whether a hash of the address is enough.',
          uk: 'Жодне джерело не встановлює строку зберігання адрес, які відписалися. Не зберігайте жодних інших даних про особу й вирішіть, чи достатньо геш-значення адреси.',
          bg: 'Нито един източник не определя срок за съхраняване на отписаните адреси. Не съхранявайте никакви други данни за лицето и преценете дали е достатъчна хеш стойност на адреса.',
          sl: 'Roka hrambe odjavljenih naslovov ne določa noben vir. O osebi ne hranite ničesar drugega in presodite, ali zadošča zgoščena vrednost (hash) naslova.',
        },
      },
    },
  ],
  retention: {
    period: {
      en: 'Until the subscriber unsubscribes; a subscriber with no active contact (a click, reply or purchase; an opened e-mail does not count) for 3 years is asked whether to stay subscribed, and removed without a positive answer',
      uk: 'До відписки; підписника, від якого протягом 3 років не було активного контакту (перехід за посиланням, відповідь чи покупка; відкриття листа не враховується), запитують, чи бажає він залишатися підписаним, і за відсутності позитивної відповіді вилучають зі списку',
      bg: 'До отписването на абоната; абонат без активен контакт (кликване, отговор или покупка; отварянето на писмо не се брои) в продължение на 3 години се пита дали желае да остане абониран и при липса на положителен отговор се премахва',
      sl: 'Do odjave naročnika; naročnika, ki 3 leta ni imel aktivnega stika (klik, odgovor ali nakup; odprto e-sporočilo se ne šteje), se vpraša, ali želi ostati naročen, in ga brez pritrdilnega odgovora odstrani',
    },
    source: {
      authority: 'CNIL (France)',
      reference:
        'Référentiel relatif aux traitements de données à caractère personnel mis en œuvre aux fins de gestion des activités commerciales (délibération n° 2021-131 du 23 septembre 2021): prospects’ data kept 3 years from collection or from the last contact coming from the prospect',
    },
    note: {
      en: 'The period of the French authority’s guidance for prospects; check whether your own supervisory authority or national law sets another. Proof of consent and unsubscription records follow their own criteria above.',
      uk: 'Це строк із настанов французького органу щодо потенційних клієнтів; перевірте, чи не встановлює інший строк ваш наглядовий орган або національне законодавство. Для доказів згоди та записів про відписку діють окремі критерії, наведені вище.',
      bg: 'Това е срокът от насоките на френския надзорен орган относно потенциалните клиенти; проверете дали вашият надзорен орган или националното право не определят друг. За доказателствата за съгласие и записите за отписване се прилагат посочените по-горе отделни критерии.',
      sl: 'To je rok iz smernic francoskega nadzornega organa za potencialne stranke; preverite, ali vaš nadzorni organ ali nacionalni predpisi določajo drugačnega. Za dokazila o privolitvi in zapise o odjavi veljajo zgoraj navedena posebna merila.',
    },
  },
  securityMeasures: [
    {
      en: 'Double opt-in: a confirmation e-mail before the first newsletter, so that nobody is subscribed with someone else’s address',
      uk: 'Подвійне підтвердження (double opt-in): лист із підтвердженням перед першою розсилкою, щоб ніхто не міг підписати чужу адресу',
      bg: 'Двойно потвърждение (double opt-in): писмо за потвърждение преди първия бюлетин, за да не може никой да бъде абониран с чужд адрес',
      sl: 'Dvojna potrditev (double opt-in): potrditveno e-sporočilo pred prvimi e-novicami, da nihče ne more naročiti tujega naslova',
    },
    {
      en: 'An unsubscribe link in every newsletter, taking effect at once',
      uk: 'Посилання для відписки в кожному листі розсилки, що діє негайно',
      bg: 'Връзка за отписване във всеки бюлетин, която действа незабавно',
      sl: 'Povezava za odjavo v vsakih e-novicah, ki učinkuje takoj',
    },
    {
      en: 'Newsletters sent to each subscriber individually: no subscriber sees another’s address',
      uk: 'Листи надсилаються кожному підписникові окремо: жоден підписник не бачить чужої адреси',
      bg: 'Бюлетинът се изпраща на всеки абонат поотделно: никой абонат не вижда адреса на друг',
      sl: 'E-novice se pošiljajo vsakemu naročniku posebej: noben naročnik ne vidi naslova drugega',
    },
    {
      en: 'Access to the subscriber list limited to the staff who send the newsletter, with two-factor authentication on the mailing tool',
      uk: 'Доступ до списку підписників мають лише працівники, які надсилають розсилку; у сервісі розсилки застосовується двофакторна автентифікація',
      bg: 'Достъп до списъка с абонати имат само служителите, които изпращат бюлетина, с двуфакторна автентикация в инструмента за изпращане',
      sl: 'Dostop do seznama naročnikov imajo le zaposleni, ki pošiljajo e-novice, z dvostopenjsko avtentikacijo v orodju za pošiljanje',
    },
  ],
  dpia: {
    required: false,
    reason: {
      en: 'Contact data and preferences of people who chose to subscribe: no evaluation, no sensitive data, no monitoring, so none of the WP248 criteria is met as a rule. Reassess if reading data are combined with other data to profile subscribers or target them individually (WP248 criteria 1 and 6).',
      uk: 'Контактні дані та вподобання осіб, які самі вирішили підписатися: немає оцінювання, чутливих даних чи моніторингу, тож, як правило, жоден із критеріїв настанов WP248 не виконується. Перегляньте оцінку, якщо дані про читання поєднуються з іншими даними для профілювання підписників або індивідуального таргетування (критерії 1 і 6 настанов WP248).',
      bg: 'Данни за контакт и предпочитания на лица, които сами са избрали да се абонират: няма оценяване, чувствителни данни или наблюдение, затова по правило не е изпълнен нито един от критериите на насоките WP248. Преразгледайте оценката, ако данните за четенето се съчетават с други данни за профилиране на абонатите или за индивидуално насочване (критерии 1 и 6 от насоките WP248).',
      sl: 'Kontaktni podatki in nastavitve oseb, ki so se same odločile za naročilo: ni ocenjevanja, občutljivih podatkov ali spremljanja, zato praviloma ni izpolnjeno nobeno merilo smernic WP248. Oceno ponovite, če se podatki o branju združujejo z drugimi podatki za oblikovanje profilov naročnikov ali njihovo posamično ciljanje (merili 1 in 6 smernic WP248).',
    },
  },
  // The data come from the subscribers themselves, through the sign-up form (Art. 13 applies, not Art. 14).
  confirmedNone: ['sources'],
  // Subscribers learn of it from the public privacy policy and the sign-up form.
  public: true,
};
