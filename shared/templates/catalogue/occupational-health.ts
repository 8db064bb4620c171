// Occupational health and safety: an obligation of safety law (Art. 6(1)(c)); the health data rest on employment and
// social protection law (Art. 9(2)(b)) and, for the physician's assessment of working capacity, on Art. 9(2)(h) with the
// professional secrecy of Art. 9(3); injuries to visitors and contractors, who are not the employer's workers, on the
// legal claims they may give rise to (Art. 9(2)(f)). EU law sets one period: exposure to carcinogens or mutagens
// (Directive 2004/37/EC).
import type { ActivityTemplate } from '../activity-template.ts';

export const occupationalHealth: ActivityTemplate = {
  id: 'occupational-health',
  name: {
    en: 'Occupational health and safety',
    uk: 'Охорона праці та медицина праці',
    bg: 'Здравословни и безопасни условия на труд',
    sl: 'Varnost in zdravje pri delu',
  },
  description: {
    en: 'Medical examinations of fitness for work, health surveillance of staff exposed to risks, and the recording and reporting of accidents at work and occupational diseases.',
    uk: 'Медичні огляди щодо придатності до роботи, медичний нагляд за працівниками, які зазнають впливу шкідливих чинників, а також облік нещасних випадків на виробництві й професійних захворювань і повідомлення про них.',
    bg: 'Медицински прегледи за пригодност за работа, наблюдение на здравето на служителите, изложени на рискове, както и регистриране и деклариране на трудовите злополуки и професионалните болести.',
    sl: 'Zdravniški pregledi za ugotavljanje zmožnosti za delo, zdravstveni nadzor zaposlenih, ki so izpostavljeni tveganjem, ter evidentiranje in prijavljanje nezgod pri delu in poklicnih bolezni.',
  },
  purposes: [
    {
      en: 'Having staff examined for fitness for their work, before they start and at intervals',
      uk: 'Організація попередніх і періодичних медичних оглядів працівників щодо придатності до роботи',
      bg: 'Организиране на предварителни и периодични медицински прегледи на служителите за пригодност за работата',
      sl: 'Napotitev zaposlenih na predhodne in obdobne zdravniške preglede za ugotavljanje zmožnosti za delo',
    },
    {
      en: 'Health surveillance of staff whose work exposes them to risks (hazardous substances, noise, night work)',
      uk: 'Медичний нагляд за працівниками, робота яких пов’язана з ризиками (небезпечні речовини, шум, нічна робота)',
      bg: 'Наблюдение на здравето на служителите, чиято работа ги излага на рискове (опасни вещества, шум, нощен труд)',
      sl: 'Zdravstveni nadzor zaposlenih, ki so pri delu izpostavljeni tveganjem (nevarne snovi, hrup, nočno delo)',
    },
    {
      en: 'Adapting work to the restrictions the occupational physician sets',
      uk: 'Пристосування роботи до обмежень, встановлених лікарем з медицини праці',
      bg: 'Приспособяване на работата към ограниченията, определени от лекаря по трудова медицина',
      sl: 'Prilagoditev dela omejitvam, ki jih določi specialist medicine dela',
    },
    {
      en: 'Recording, investigating and reporting accidents at work and occupational diseases',
      uk: 'Облік і розслідування нещасних випадків на виробництві та професійних захворювань і повідомлення про них',
      bg: 'Регистриране, разследване и деклариране на трудовите злополуки и професионалните болести',
      sl: 'Evidentiranje, preiskovanje in prijavljanje nezgod pri delu in poklicnih bolezni',
    },
  ],
  legalBases: [
    {
      basis: 'legal-obligation',
      detail: {
        en: 'Occupational safety and health law (the national law implementing Directive 89/391/EEC and its individual directives): fitness-for-work examinations, health surveillance, recording and reporting accidents at work and occupational diseases',
        uk: 'Законодавство про охорону праці (національне законодавство, що імплементує Директиву Ради 89/391/ЄЕС та окремі директиви до неї): медичні огляди щодо придатності до роботи, медичний нагляд, облік нещасних випадків на виробництві та професійних захворювань і повідомлення про них',
        bg: 'Законодателството за здравословни и безопасни условия на труд (националното законодателство, с което се транспонират Директива 89/391/ЕИО и отделните директиви към нея): прегледи за пригодност, наблюдение на здравето, регистриране и деклариране на трудови злополуки и професионални болести',
        sl: 'Predpisi o varnosti in zdravju pri delu (nacionalni predpisi, ki prenašajo Direktivo Sveta 89/391/EGS in njene posamezne direktive): zdravniški pregledi, zdravstveni nadzor, evidentiranje in prijavljanje nezgod pri delu in poklicnih bolezni',
      },
    },
  ],
  // 9(2)(b): the employer's obligations under safety and social protection law; 9(2)(h): the occupational physician's
  // assessment of working capacity, by a professional bound by secrecy (Art. 9(3)).
  // 9(2)(f): injuries to visitors and contractors, kept to establish or defend the claims they may give rise to.
  specialCategoryConditions: ['art9-2-b', 'art9-2-f', 'art9-2-h'],
  dataSubjects: [
    { en: 'Employees', uk: 'Працівники', bg: 'Служители', sl: 'Zaposleni' },
    {
      en: 'Former employees (exposure records)',
      uk: 'Колишні працівники (облік впливу шкідливих чинників)',
      bg: 'Бивши служители (данни за експозицията)',
      sl: 'Nekdanji zaposleni (evidenca o izpostavljenosti)',
    },
    {
      en: 'Temporary agency workers and trainees',
      uk: 'Працівники, надані агентствами тимчасової зайнятості, та стажисти',
      bg: 'Работници, предоставени от предприятия, осигуряващи временна работа, и стажанти',
      sl: 'Delavci, napoteni prek agencij za zagotavljanje dela, in pripravniki',
    },
    {
      en: 'Contractors and visitors injured on the premises',
      uk: 'Підрядники та відвідувачі, які зазнали травми на території організації',
      bg: 'Външни изпълнители и посетители, пострадали на територията на организацията',
      sl: 'Zunanji izvajalci in obiskovalci, ki se poškodujejo v prostorih organizacije',
    },
  ],
  dataCategories: [
    {
      name: {
        en: 'Identification and job data (name, job, workplace, the risks of the job)',
        uk: 'Ідентифікаційні дані та дані про роботу (ім’я, посада, робоче місце, ризики, пов’язані з роботою)',
        bg: 'Идентификационни данни и данни за работата (имена, длъжност, работно място, рискове на работата)',
        sl: 'Identifikacijski podatki in podatki o delu (ime, delovno mesto, kraj dela, tveganja na delovnem mestu)',
      },
    },
    {
      name: {
        en: 'Fitness-for-work conclusions (fit, fit with restrictions, unfit; never the diagnosis)',
        uk: 'Висновки щодо придатності до роботи (придатний, придатний з обмеженнями, непридатний; без діагнозу)',
        bg: 'Заключения за пригодност за работа (пригоден, пригоден с ограничения, негоден; без диагноза)',
        sl: 'Mnenja o zmožnosti za delo (zmožen, zmožen z omejitvami, nezmožen; brez diagnoze)',
      },
      special: true,
    },
    {
      name: {
        en: 'Results of medical examinations and health surveillance, held by the occupational physician only',
        uk: 'Результати медичних оглядів і медичного нагляду, які зберігаються лише в лікаря з медицини праці',
        bg: 'Резултати от медицинските прегледи и наблюдението на здравето, съхранявани само от лекаря по трудова медицина',
        sl: 'Izvidi zdravniških pregledov in zdravstvenega nadzora, ki jih hrani le specialist medicine dela',
      },
      special: true,
    },
    {
      name: {
        en: 'Accidents at work and occupational diseases (circumstances, injuries, time off work)',
        uk: 'Нещасні випадки на виробництві та професійні захворювання (обставини, травми, тривалість непрацездатності)',
        bg: 'Трудови злополуки и професионални болести (обстоятелства, увреждания, продължителност на неработоспособността)',
        sl: 'Nezgode pri delu in poklicne bolezni (okoliščine, poškodbe, trajanje odsotnosti z dela)',
      },
      special: true,
    },
    {
      name: {
        en: 'Records of exposure to carcinogens or mutagens and the related health surveillance (where the work involves them)',
        uk: 'Облік впливу канцерогенів або мутагенів і пов’язаного з ним медичного нагляду (якщо робота пов’язана з ними)',
        bg: 'Данни за експозицията на канцерогени или мутагени и за свързаното с нея наблюдение на здравето (когато работата е свързана с тях)',
        sl: 'Evidenca o izpostavljenosti rakotvornim snovem ali mutagenom in s tem povezanem zdravstvenem nadzoru (kadar delo vključuje te snovi)',
      },
      special: true,
      retention: {
        period: {
          en: 'At least 40 years after the exposure ends',
          uk: 'Щонайменше 40 років після припинення впливу',
          bg: 'Най-малко 40 години след края на експозицията',
          sl: 'Najmanj 40 let po koncu izpostavljenosti',
        },
        source: {
          authority: 'European Union',
          reference: 'Directive 2004/37/EC on carcinogens, mutagens and reprotoxic substances at work, Art. 15(1)',
          url: 'https://eur-lex.europa.eu/eli/dir/2004/37/oj',
        },
      },
    },
  ],
  recipients: [
    {
      en: 'The occupational health service or physician',
      uk: 'Служба медицини праці або лікар з медицини праці',
      bg: 'Службата по трудова медицина или лекарят по трудова медицина',
      sl: 'Služba medicine dela oziroma specialist medicine dela',
    },
    {
      en: 'The labour inspectorate (reports of accidents and occupational diseases)',
      uk: 'Інспекція праці (повідомлення про нещасні випадки та професійні захворювання)',
      bg: 'Инспекцията по труда (декларации за трудови злополуки и професионални болести)',
      sl: 'Inšpekcija za delo (prijave nezgod in poklicnih bolezni)',
    },
    {
      en: 'Social security or accident insurance institutions',
      uk: 'Органи соціального страхування або страхування від нещасних випадків',
      bg: 'Институциите за социално осигуряване или за осигуряване срещу трудова злополука',
      sl: 'Nosilci socialnega zavarovanja oziroma zavarovanja za primer nezgode',
    },
  ],
  sources: [
    { en: 'The employees themselves', uk: 'Самі працівники', bg: 'Самите служители', sl: 'Zaposleni sami' },
    {
      en: 'The occupational physician (fitness conclusions)',
      uk: 'Лікар з медицини праці (висновки щодо придатності)',
      bg: 'Лекарят по трудова медицина (заключения за пригодност)',
      sl: 'Specialist medicine dela (mnenja o zmožnosti za delo)',
    },
    { en: 'Witnesses of accidents', uk: 'Свідки нещасних випадків', bg: 'Свидетели на злополуките', sl: 'Priče nezgod' },
  ],
  retention: {
    criterion: {
      en: 'During employment and, after it ends, for the periods occupational safety and health law and the accident insurance rules set for each record (exposure records: see their category); then deleted',
      uk: 'Протягом трудових відносин, а після їх припинення — протягом строків, які законодавство про охорону праці та правила страхування від нещасних випадків встановлюють для кожного документа (облік впливу — див. відповідну категорію); потім видаляються',
      bg: 'По време на трудовото правоотношение, а след прекратяването му — за сроковете, които законодателството за здравословни и безопасни условия на труд и правилата за осигуряване срещу трудова злополука определят за всеки документ (за данните за експозицията — вж. съответната категория); след това се изтриват',
      sl: 'Med trajanjem delovnega razmerja in po njegovem prenehanju za roke, ki jih predpisi o varnosti in zdravju pri delu ter pravila zavarovanja za primer nezgode določajo za posamezno evidenco (za evidenco o izpostavljenosti glej ustrezno vrsto podatkov); nato se izbrišejo',
    },
    note: {
      en: 'No EU rule sets one period for occupational health records: national law does, record by record. EU law sets a minimum only for exposure to carcinogens or mutagens: 40 years after the exposure ends (Directive 2004/37/EC, Art. 15(1)). Medical files kept by the occupational physician follow the rules for medical records. Enter the periods your country’s law sets.',
      uk: 'Жодна норма ЄС не встановлює єдиного строку для документів з медицини праці: його визначає національне законодавство окремо для кожного документа. Право ЄС встановлює мінімальний строк лише для впливу канцерогенів або мутагенів: 40 років після припинення впливу (Директива 2004/37/ЄС, ст. 15(1)). Медична документація, яку веде лікар з медицини праці, зберігається за правилами для медичної документації. Зазначте строки, встановлені законодавством вашої країни.',
      bg: 'Нито една норма на ЕС не определя общ срок за документите по трудова медицина: определя го националното законодателство за всеки документ поотделно. Правото на ЕС определя минимален срок само при експозиция на канцерогени или мутагени: 40 години след края на експозицията (чл. 15, пар. 1 от Директива 2004/37/ЕО). Медицинската документация, водена от лекаря по трудова медицина, се съхранява по правилата за медицинската документация. Посочете сроковете, които определя законодателството на вашата държава.',
      sl: 'Nobeno pravilo EU ne določa enotnega roka za evidence medicine dela, temveč nacionalni predpisi za vsako evidenco posebej. Pravo EU določa najkrajši rok le za izpostavljenost rakotvornim snovem ali mutagenom: 40 let po koncu izpostavljenosti (Direktiva 2004/37/ES, člen 15(1)). Zdravstvena dokumentacija, ki jo vodi specialist medicine dela, se hrani po pravilih za zdravstveno dokumentacijo. Vpišite roke, ki jih določajo predpisi vaše države.',
    },
  },
  securityMeasures: [
    {
      en: 'Medical findings kept by the occupational physician under medical secrecy (Art. 9(3)); the employer receives only the fitness conclusion',
      uk: 'Медичні дані зберігаються в лікаря з медицини праці з дотриманням лікарської таємниці (ст. 9(3)); роботодавець отримує лише висновок щодо придатності',
      bg: 'Медицинските данни се съхраняват от лекаря по трудова медицина при спазване на лекарската тайна (чл. 9, пар. 3 от ОРЗД); работодателят получава само заключението за пригодност',
      sl: 'Zdravstvene izvide hrani specialist medicine dela, ki ga zavezuje poklicna molčečnost (člen 9(3)); delodajalec prejme le mnenje o zmožnosti za delo',
    },
    {
      en: 'Occupational health records kept apart from the personnel file, open only to the named persons responsible for safety at work',
      uk: 'Документи з медицини праці зберігаються окремо від особової справи; доступ до них мають лише визначені особи, відповідальні за охорону праці',
      bg: 'Документите по трудова медицина се съхраняват отделно от личното досие и са достъпни само за определените лица, отговорни за безопасността на труда',
      sl: 'Evidence medicine dela se hranijo ločeno od osebne mape in so dostopne le določenim osebam, odgovornim za varnost pri delu',
    },
    {
      en: 'Health data encrypted in storage and in transit',
      uk: 'Дані про здоров’я шифруються під час зберігання та передавання',
      bg: 'Здравните данни се криптират при съхранение и при предаване',
      sl: 'Podatki v zvezi z zdravjem so šifrirani v hrambi in pri prenosu',
    },
    {
      en: 'Access to the records logged',
      uk: 'Доступ до цих документів журналюється',
      bg: 'Достъпът до документите се регистрира',
      sl: 'Dostopi do evidenc se beležijo',
    },
  ],
  dpia: {
    required: true,
    reason: {
      en: 'Health data (WP248 criterion 4) of people who depend on the controller as their employer (criterion 7): two criteria, so WP248 expects a DPIA. Where the employer receives only fitness conclusions and the physician keeps the medical file, the assessment may be short, but record it.',
      uk: 'Дані про здоров’я (критерій 4 настанов WP248) осіб, які залежать від контролера як від роботодавця (критерій 7): два критерії, тож відповідно до WP248 оцінка впливу очікується. Якщо роботодавець отримує лише висновки щодо придатності, а медичну документацію веде лікар, оцінка може бути стислою, але її слід задокументувати.',
      bg: 'Данни за здравословното състояние (критерий 4 от насоките WP248) на лица, които зависят от администратора като техен работодател (критерий 7): два критерия, поради което съгласно WP248 се очаква оценка на въздействието. Когато работодателят получава само заключения за пригодност, а медицинското досие се води от лекаря, оценката може да е кратка, но трябва да бъде документирана.',
      sl: 'Podatki v zvezi z zdravjem (merilo 4 smernic WP248) oseb, ki so od upravljavca kot delodajalca odvisne (merilo 7): dve merili, zato smernice WP248 pričakujejo oceno učinka. Kadar delodajalec prejme le mnenja o zmožnosti za delo, zdravstveno dokumentacijo pa hrani zdravnik, je ocena lahko kratka, vendar jo dokumentirajte.',
    },
  },
  // Staff are told through the employer's own notice and the occupational health service, not the privacy policy.
  public: false,
};
