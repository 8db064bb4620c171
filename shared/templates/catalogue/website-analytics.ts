// Website analytics: storing or reading analytics cookies and similar trackers on the visitor's device needs consent
// where they are not strictly necessary (Art. 5(3) of the ePrivacy Directive 2002/58/EC, as transposed), and that
// consent is the basis of the processing that follows (Art. 6(1)(a)). Under some national laws narrowly configured
// first-party audience measurement is exempt from consent (the CNIL accepts it in France, applying French law): the
// exemption is no GDPR basis, so the description says to record legitimate interests (Art. 6(1)(f)) for it instead.
// The periods are the CNIL's conditions for that exempt measurement (trackers 13 months, data 25 months): no source
// sets a period for consent-based analytics, so the reference says they are applied here as a ceiling.
import type { ActivityTemplate, TemplateSource } from '../activity-template.ts';

/** The CNIL's conditions for audience measurement, which set both periods. */
const cnilAudienceMeasurement: TemplateSource = {
  authority: 'CNIL (France)',
  reference:
    'Cookies : solutions pour les outils de mesure d’audience, applying the lignes directrices « cookies et autres traceurs » (délibération n° 2020-091 du 17 septembre 2020): for audience measurement exempt from consent, trackers at most 13 months, not extended by later visits, and data collected at most 25 months; applied here as a ceiling',
  url: 'https://www.cnil.fr/fr/cookies-solutions-pour-les-outils-de-mesure-daudience',
};

export const websiteAnalytics: ActivityTemplate = {
  id: 'website-analytics',
  name: {
    en: 'Website analytics',
    uk: 'Аналітика відвідуваності вебсайту',
    bg: 'Анализ на посещаемостта на уебсайта',
    sl: 'Analitika obiskanosti spletne strani',
  },
  description: {
    en: 'Measuring how visitors use the organisation’s website (visits, pages viewed, technical performance) with analytics cookies or similar trackers, set only with the visitor’s consent. Where narrowly configured audience measurement is exempt from consent (as the CNIL accepts in France, applying French law), record legitimate interests (Art. 6(1)(f)) as its basis instead.',
    uk: 'Вимірювання того, як відвідувачі користуються вебсайтом організації (відвідування, переглянуті сторінки, технічна продуктивність), за допомогою аналітичних файлів cookie чи подібних засобів відстеження, які встановлюються лише за згодою відвідувача. Якщо вузько налаштоване вимірювання аудиторії звільнено від вимоги згоди (як це визнає CNIL у Франції, застосовуючи французьке законодавство), зазначте натомість як підставу законні інтереси (ст. 6(1)(f)).',
    bg: 'Измерване на начина, по който посетителите използват уебсайта на организацията (посещения, разгледани страници, техническа производителност), чрез аналитични бисквитки или подобни проследяващи технологии, поставяни само със съгласието на посетителя. Когато тясно ограниченото измерване на аудиторията е освободено от изискването за съгласие (както приема CNIL във Франция, прилагайки френското право), впишете вместо това като основание легитимните интереси (чл. 6, пар. 1, буква „е“ от ОРЗД).',
    sl: 'Merjenje tega, kako obiskovalci uporabljajo spletno stran organizacije (obiski, ogledane strani, tehnično delovanje), z analitičnimi piškotki ali podobnimi sledilnimi tehnologijami, ki se namestijo le s privolitvijo obiskovalca. Kadar je ozko nastavljeno merjenje obiskanosti izvzeto iz zahteve po privolitvi (kot to v Franciji priznava CNIL pri uporabi francoskega prava), namesto tega kot podlago vpišite zakonite interese (točka (f) člena 6(1)).',
  },
  purposes: [
    {
      en: 'Measuring the audience of the website: visits, pages viewed, where visitors come from',
      uk: 'Вимірювання аудиторії вебсайту: відвідування, переглянуті сторінки, джерела переходів',
      bg: 'Измерване на аудиторията на уебсайта: посещения, разгледани страници, откъде идват посетителите',
      sl: 'Merjenje obiskanosti spletne strani: obiski, ogledane strani, od kod prihajajo obiskovalci',
    },
    {
      en: 'Finding navigation problems and improving the content, structure and performance of the site',
      uk: 'Виявлення проблем навігації та поліпшення змісту, структури й продуктивності сайту',
      bg: 'Откриване на проблеми с навигацията и подобряване на съдържанието, структурата и производителността на сайта',
      sl: 'Odkrivanje težav pri navigaciji ter izboljšanje vsebine, zgradbe in delovanja spletne strani',
    },
    {
      en: 'Producing aggregate statistics on the use of the site',
      uk: 'Складання зведеної статистики використання сайту',
      bg: 'Изготвяне на обобщени статистически данни за използването на сайта',
      sl: 'Priprava združenih statističnih podatkov o uporabi spletne strani',
    },
  ],
  legalBases: [
    {
      basis: 'consent',
      detail: {
        en: 'The visitor’s consent, given in the cookie banner before any analytics tracker is stored or read on the device, as Art. 5(3) of Directive 2002/58/EC (ePrivacy) requires for trackers that are not strictly necessary; refusing is as easy as accepting, and consent can be withdrawn at any time',
        uk: 'Згода відвідувача, надана в банері cookie до того, як будь-який аналітичний засіб відстеження буде збережено на пристрої або зчитано з нього, як того вимагає ст. 5(3) Директиви 2002/58/ЄС про конфіденційність і електронні комунікації (ePrivacy) щодо засобів відстеження, які не є суворо необхідними; відмовитися так само просто, як погодитися, а згоду можна будь-коли відкликати',
        bg: 'Съгласието на посетителя, дадено в банера за бисквитки, преди на устройството да бъде съхранена или от него да бъде прочетена аналитична проследяваща технология, както изисква чл. 5, пар. 3 от Директива 2002/58/ЕО (ePrivacy) за технологиите, които не са строго необходими; отказът е толкова лесен, колкото и приемането, а съгласието може да бъде оттеглено по всяко време',
        sl: 'Privolitev obiskovalca, dana v pasici za piškotke, preden se na napravo shrani ali z nje prebere kateri koli analitični sledilnik, kot za sledilnike, ki niso nujno potrebni, zahteva člen 5(3) Direktive 2002/58/ES o zasebnosti in elektronskih komunikacijah; zavrnitev je enako preprosta kot sprejem, privolitev pa je mogoče kadar koli preklicati',
      },
    },
  ],
  dataSubjects: [
    {
      en: 'Visitors of the website who consent to analytics',
      uk: 'Відвідувачі вебсайту, які погодилися на аналітику',
      bg: 'Посетители на уебсайта, които са дали съгласие за анализ',
      sl: 'Obiskovalci spletne strani, ki so privolili v analitiko',
    },
  ],
  dataCategories: [
    {
      name: {
        en: 'Online identifiers (analytics cookie identifier, truncated IP address)',
        uk: 'Онлайн-ідентифікатори (ідентифікатор аналітичного файлу cookie, скорочена IP-адреса)',
        bg: 'Онлайн идентификатори (идентификатор на аналитичната бисквитка, съкратен IP адрес)',
        sl: 'Spletni identifikatorji (identifikator analitičnega piškotka, skrajšan naslov IP)',
      },
      retention: {
        period: {
          en: 'The tracker lasts at most 13 months from when it is first set, and is not extended by later visits',
          uk: 'Засіб відстеження діє не більше 13 місяців від першого встановлення, і наступні відвідування цей строк не подовжують',
          bg: 'Проследяващата технология е валидна най-много 13 месеца от първоначалното ѝ поставяне и срокът не се удължава при следващи посещения',
          sl: 'Sledilnik velja največ 13 mesecev od prve namestitve, poznejši obiski tega roka ne podaljšajo',
        },
        source: cnilAudienceMeasurement,
      },
    },
    {
      name: {
        en: 'Browsing data on the site (pages viewed, date and time, duration, referring page, clicks)',
        uk: 'Дані про перегляд сайту (переглянуті сторінки, дата й час, тривалість, сторінка переходу, кліки)',
        bg: 'Данни за разглеждането на сайта (разгледани страници, дата и час, продължителност, препращаща страница, кликвания)',
        sl: 'Podatki o brskanju po spletni strani (ogledane strani, datum in ura, trajanje, napotitvena stran, kliki)',
      },
      retention: {
        period: {
          en: 'At most 25 months from collection',
          uk: 'Не більше 25 місяців від збирання',
          bg: 'Най-много 25 месеца от събирането',
          sl: 'Največ 25 mesecev od zbiranja',
        },
        source: cnilAudienceMeasurement,
      },
    },
    {
      name: {
        en: 'Device and browser data (type of device, operating system, browser, screen size, language, country or region derived from the IP address)',
        uk: 'Дані про пристрій і браузер (тип пристрою, операційна система, браузер, розмір екрана, мова, країна чи регіон, визначені за IP-адресою)',
        bg: 'Данни за устройството и браузъра (вид устройство, операционна система, браузър, размер на екрана, език, държава или регион, определени по IP адреса)',
        sl: 'Podatki o napravi in brskalniku (vrsta naprave, operacijski sistem, brskalnik, velikost zaslona, jezik, država ali regija, določena po naslovu IP)',
      },
      retention: {
        period: {
          en: 'At most 25 months from collection',
          uk: 'Не більше 25 місяців від збирання',
          bg: 'Най-много 25 месеца от събирането',
          sl: 'Največ 25 mesecev od zbiranja',
        },
        source: cnilAudienceMeasurement,
      },
    },
  ],
  retention: {
    period: {
      en: 'Analytics trackers at most 13 months from when they are first set; the data collected at most 25 months from collection; both end earlier when the visitor withdraws consent',
      uk: 'Аналітичні засоби відстеження — не більше 13 місяців від першого встановлення; зібрані дані — не більше 25 місяців від збирання; в обох випадках раніше, якщо відвідувач відкличе згоду',
      bg: 'Аналитичните проследяващи технологии — най-много 13 месеца от първоначалното им поставяне; събраните данни — най-много 25 месеца от събирането; и в двата случая по-рано при оттегляне на съгласието от посетителя',
      sl: 'Analitični sledilniki največ 13 mesecev od prve namestitve; zbrani podatki največ 25 mesecev od zbiranja; v obeh primerih prej, če obiskovalec prekliče privolitev',
    },
    source: cnilAudienceMeasurement,
    note: {
      en: 'The CNIL set these periods for audience measurement exempt from consent. No source sets a period for consent-based analytics: keep no longer than this, and shorter where the tool allows.',
      uk: 'CNIL встановила ці строки для вимірювання аудиторії, звільненого від вимоги згоди. Для аналітики на підставі згоди жодне джерело строку не встановлює: не зберігайте дані довше за ці строки, а якщо інструмент дозволяє — зберігайте коротше.',
      bg: 'CNIL е определила тези срокове за измерването на аудиторията, освободено от изискването за съгласие. За анализа въз основа на съгласие нито един източник не определя срок: не съхранявайте данните по-дълго от тези срокове, а ако инструментът позволява — по-кратко.',
      sl: 'CNIL je te roke določil za merjenje obiskanosti, ki je izvzeto iz zahteve po privolitvi. Za analitiko na podlagi privolitve roka ne določa noben vir: podatkov ne hranite dlje od teh rokov, in krajše, če orodje to omogoča.',
    },
  },
  securityMeasures: [
    {
      en: 'No analytics tracker set or read before the visitor consents; withdrawing consent stops it at once',
      uk: 'Жоден аналітичний засіб відстеження не встановлюється й не зчитується до надання згоди відвідувачем; відкликання згоди негайно припиняє його роботу',
      bg: 'Никоя аналитична проследяваща технология не се поставя и не се чете преди съгласието на посетителя; оттеглянето на съгласието я спира незабавно',
      sl: 'Noben analitični sledilnik se ne namesti ali prebere, preden obiskovalec privoli; preklic privolitve ga takoj ustavi',
    },
    {
      en: 'IP addresses truncated before they are stored',
      uk: 'IP-адреси скорочуються перед збереженням',
      bg: 'IP адресите се съкращават преди съхраняването им',
      sl: 'Naslovi IP se pred shranjevanjem skrajšajo',
    },
    {
      en: 'Analytics data not combined with customer accounts or other processing, and not used across other websites',
      uk: 'Аналітичні дані не поєднуються з обліковими записами клієнтів чи іншими операціями з обробки й не використовуються на інших вебсайтах',
      bg: 'Аналитичните данни не се съчетават с клиентски профили или с други дейности по обработване и не се използват в други уебсайтове',
      sl: 'Analitični podatki se ne združujejo z računi strank ali drugimi obdelavami in se ne uporabljajo na drugih spletnih straneh',
    },
    {
      en: 'The tool configured, and its provider bound by contract, not to reuse the data for its own purposes',
      uk: 'Інструмент налаштовано, а постачальника зобов’язано договором не використовувати дані для власних цілей',
      bg: 'Инструментът е настроен, а доставчикът му е задължен с договор да не използва данните за собствени цели',
      sl: 'Orodje je nastavljeno, ponudnik pa pogodbeno zavezan, da podatkov ne uporablja za lastne namene',
    },
    {
      en: 'Reports used in aggregate form only; access to the analytics account limited to named staff, with two-factor authentication',
      uk: 'Звіти використовуються лише у зведеному вигляді; доступ до облікового запису аналітики мають лише визначені працівники з двофакторною автентифікацією',
      bg: 'Отчетите се използват само в обобщен вид; достъп до аналитичния профил имат само определени служители, с двуфакторна автентикация',
      sl: 'Poročila se uporabljajo le v združeni obliki; dostop do analitičnega računa imajo le določeni zaposleni z dvostopenjsko avtentikacijo',
    },
  ],
  dpia: {
    required: false,
    reason: {
      en: 'Audience measurement of the organisation’s own site, for aggregate statistics, not combined with other data and not used to target individuals: as a rule none of the WP248 criteria is met. A DPIA is needed where the tool tracks visitors across sites, builds individual profiles, is combined with customer data or used for advertising (WP248 criteria 1, 3 and 6).',
      uk: 'Вимірювання аудиторії власного сайту організації для зведеної статистики, без поєднання з іншими даними й без таргетування окремих осіб: як правило, жоден із критеріїв настанов WP248 не виконується. Оцінка впливу потрібна, якщо інструмент відстежує відвідувачів на різних сайтах, створює індивідуальні профілі, поєднується з даними клієнтів або використовується для реклами (критерії 1, 3 і 6 настанов WP248).',
      bg: 'Измерване на аудиторията на собствения сайт на организацията за обобщени статистически данни, без съчетаване с други данни и без насочване към отделни лица: по правило не е изпълнен нито един от критериите на насоките WP248. Оценка на въздействието е необходима, ако инструментът проследява посетителите в различни сайтове, създава индивидуални профили, съчетава се с клиентски данни или се използва за реклама (критерии 1, 3 и 6 от насоките WP248).',
      sl: 'Merjenje obiskanosti lastne spletne strani organizacije za združene statistične podatke, brez združevanja z drugimi podatki in brez ciljanja posameznikov: praviloma ni izpolnjeno nobeno merilo smernic WP248. Ocena učinka je potrebna, če orodje sledi obiskovalcem na več spletnih straneh, oblikuje posamične profile, se združuje s podatki strank ali uporablja za oglaševanje (merila 1, 3 in 6 smernic WP248).',
    },
  },
  // The data are collected from the visitors' own devices (Art. 13 applies, not Art. 14).
  confirmedNone: ['sources'],
  // Visitors learn of it from the cookie banner and the public privacy policy.
  public: true,
};
