// Payroll: the employment contract (Art. 6(1)(b)) and tax and social security law (6(1)(c)). Sick-leave periods are
// health data, processed for sick pay under employment and social security law (Art. 9(2)(b)). No EU rule sets how long
// payroll records are kept, and national periods differ by decades: the retention is a criterion, with examples.
import type { ActivityTemplate } from '../activity-template.ts';

export const payrollAndBenefits: ActivityTemplate = {
  id: 'payroll-and-benefits',
  name: {
    en: 'Payroll and benefits',
    uk: 'Нарахування заробітної плати та пільги працівникам',
    bg: 'Възнаграждения и социални придобивки на служителите',
    sl: 'Obračun plač in ugodnosti za zaposlene',
  },
  description: {
    en: 'Calculating and paying employees’ pay, withholding and reporting income tax and social security contributions, and providing the benefits the employment contract or the organisation’s scheme grants.',
    uk: 'Нарахування та виплата заробітної плати працівникам, утримання податку на доходи й внесків на соціальне страхування та звітування про них, а також надання пільг, передбачених трудовим договором або програмою пільг організації.',
    bg: 'Изчисляване и изплащане на възнагражденията на служителите, удържане и деклариране на данък върху доходите и осигурителни вноски, както и предоставяне на придобивките по трудовия договор или по програмата на организацията.',
    sl: 'Obračun in izplačilo plač zaposlenim, obračun davka na dohodek in prispevkov za socialno varnost ter poročanje o njih in zagotavljanje ugodnosti iz pogodbe o zaposlitvi ali programa ugodnosti organizacije.',
  },
  purposes: [
    {
      en: 'Calculating and paying pay, bonuses, allowances and reimbursed expenses',
      uk: 'Нарахування та виплата заробітної плати, премій, надбавок і відшкодування витрат',
      bg: 'Изчисляване и изплащане на трудови възнаграждения, бонуси и добавки и възстановяване на разходи',
      sl: 'Obračun in izplačilo plač, nagrad, dodatkov in povračil stroškov',
    },
    {
      en: 'Withholding income tax and social security contributions, paying them and reporting them to the tax and social security authorities',
      uk: 'Утримання та сплата податку на доходи і внесків на соціальне страхування, звітування до податкових органів і органів соціального страхування',
      bg: 'Удържане и внасяне на данък върху доходите и осигурителни вноски и деклариране пред данъчните и осигурителните органи',
      sl: 'Obračun, odtegnitev in plačilo davka na dohodek in prispevkov za socialno varnost ter poročanje davčnemu organu in nosilcem socialnega zavarovanja',
    },
    {
      en: 'Providing employee benefits (supplementary pension, insurance, meal or transport allowances)',
      uk: 'Надання пільг працівникам (додаткове пенсійне забезпечення, страхування, компенсація харчування чи проїзду)',
      bg: 'Предоставяне на социални придобивки (допълнително пенсионно осигуряване, застраховки, средства за храна или транспорт)',
      sl: 'Zagotavljanje ugodnosti za zaposlene (dodatno pokojninsko zavarovanje, zavarovanja, povračilo stroškov prehrane ali prevoza)',
    },
    {
      en: 'Keeping the payroll records that tax, social security and accounting law require',
      uk: 'Ведення документів щодо заробітної плати, яких вимагає податкове законодавство, законодавство про соціальне страхування та про бухгалтерський облік',
      bg: 'Съхраняване на ведомостите за заплати и другите документи, които изисква данъчното, осигурителното и счетоводното законодателство',
      sl: 'Vodenje evidenc o plačah, ki jih zahtevajo davčni, socialnovarstveni in računovodski predpisi',
    },
  ],
  legalBases: [
    {
      basis: 'contract',
      detail: {
        en: 'The employment contract: paying the agreed pay and providing the agreed benefits',
        uk: 'Трудовий договір: виплата погодженої заробітної плати та надання погоджених пільг',
        bg: 'Трудовият договор: изплащане на договореното възнаграждение и предоставяне на договорените придобивки',
        sl: 'Pogodba o zaposlitvi: izplačilo dogovorjene plače in zagotavljanje dogovorjenih ugodnosti',
      },
    },
    {
      basis: 'legal-obligation',
      detail: {
        en: 'Tax and social security law: withholding and reporting income tax and contributions; accounting and labour law: keeping payroll records',
        uk: 'Податкове законодавство та законодавство про соціальне страхування: утримання податку й внесків і звітування про них; законодавство про бухгалтерський облік і трудове законодавство: ведення документів щодо заробітної плати',
        bg: 'Данъчното и осигурителното законодателство: удържане и деклариране на данъка и осигурителните вноски; счетоводното и трудовото законодателство: съхраняване на ведомостите за заплати',
        sl: 'Davčni predpisi in predpisi o socialni varnosti: obračun in odtegnitev davka in prispevkov ter poročanje o njih; računovodski in delovnopravni predpisi: vodenje evidenc o plačah',
      },
    },
  ],
  // Sick pay is an obligation of employment and social security law: Art. 9(2)(b), no consent needed.
  specialCategoryConditions: ['art9-2-b'],
  dataSubjects: [
    { en: 'Employees', uk: 'Працівники', bg: 'Служители', sl: 'Zaposleni' },
    { en: 'Former employees', uk: 'Колишні працівники', bg: 'Бивши служители', sl: 'Nekdanji zaposleni' },
    {
      en: 'Employees’ family members where they affect tax or benefits (dependants, beneficiaries)',
      uk: 'Члени сімей працівників, якщо від них залежать податкові пільги чи інші пільги (утриманці, вигодонабувачі)',
      bg: 'Членове на семействата на служителите, когато от тях зависят данъчни облекчения или придобивки (лица на издръжка, бенефициери)',
      sl: 'Družinski člani zaposlenih, kadar vplivajo na davčne olajšave ali ugodnosti (vzdrževani družinski člani, upravičenci)',
    },
  ],
  dataCategories: [
    {
      name: {
        en: 'Identification and contact data (name, address, date of birth, personal identification number)',
        uk: 'Ідентифікаційні та контактні дані (ім’я, адреса, дата народження, ідентифікаційний номер)',
        bg: 'Идентификационни данни и данни за контакт (имена, адрес, дата на раждане, личен идентификационен номер)',
        sl: 'Identifikacijski in kontaktni podatki (ime, naslov, datum rojstva, osebna identifikacijska številka)',
      },
    },
    {
      name: {
        en: 'Employment data (job, type of contract, working time, start and end dates)',
        uk: 'Дані про трудові відносини (посада, вид договору, робочий час, дати прийняття та звільнення)',
        bg: 'Данни за трудовото правоотношение (длъжност, вид договор, работно време, дати на постъпване и напускане)',
        sl: 'Podatki o zaposlitvi (delovno mesto, vrsta pogodbe, delovni čas, datum začetka in prenehanja zaposlitve)',
      },
    },
    {
      name: {
        en: 'Pay data (salary, bonuses, allowances, deductions, payslips)',
        uk: 'Дані про оплату праці (оклад, премії, надбавки, утримання, розрахункові листи)',
        bg: 'Данни за възнаграждението (основна заплата, бонуси, добавки, удръжки, фишове за заплата)',
        sl: 'Podatki o plači (osnovna plača, nagrade, dodatki, odtegljaji, plačilne liste)',
      },
    },
    { name: { en: 'Bank account details', uk: 'Банківські реквізити', bg: 'Данни за банкова сметка', sl: 'Podatki o bančnem računu' } },
    {
      name: {
        en: 'Tax and social security data (tax number, social security number, tax allowances, contributions)',
        uk: 'Податкові дані та дані соціального страхування (податковий номер, страховий номер, податкові пільги, внески)',
        bg: 'Данъчни и осигурителни данни (данъчен номер, осигурителен номер, данъчни облекчения, осигурителни вноски)',
        sl: 'Davčni podatki in podatki o socialnem zavarovanju (davčna številka, številka zavarovanja, davčne olajšave, prispevki)',
      },
    },
    {
      name: {
        en: 'Family data that affect tax or benefits (dependants)',
        uk: 'Дані про сім’ю, що впливають на оподаткування чи пільги (утриманці)',
        bg: 'Данни за семейството, които влияят на данъчните облекчения или придобивките (лица на издръжка)',
        sl: 'Podatki o družinskih članih, ki vplivajo na davčne olajšave ali ugodnosti (vzdrževani družinski člani)',
      },
    },
    {
      name: {
        en: 'Absences that affect pay, including periods of sick leave (health data; never the diagnosis)',
        uk: 'Відсутності, що впливають на оплату, зокрема періоди тимчасової непрацездатності (дані про здоров’я; без діагнозу)',
        bg: 'Отсъствия, които влияят на възнаграждението, включително периоди на временна неработоспособност (данни за здравословното състояние; без диагноза)',
        sl: 'Odsotnosti, ki vplivajo na plačo, vključno z obdobji bolniške odsotnosti (podatki v zvezi z zdravjem; brez diagnoze)',
      },
      special: true,
    },
  ],
  recipients: [
    { en: 'The tax authority', uk: 'Податковий орган', bg: 'Данъчната администрация', sl: 'Davčni organ' },
    {
      en: 'Social security, pension and health insurance institutions',
      uk: 'Органи соціального, пенсійного та медичного страхування',
      bg: 'Институциите за социално, пенсионно и здравно осигуряване',
      sl: 'Nosilci socialnega, pokojninskega in zdravstvenega zavarovanja',
    },
    {
      en: 'The bank that pays the salaries',
      uk: 'Банк, через який виплачується заробітна плата',
      bg: 'Банката, чрез която се изплащат заплатите',
      sl: 'Banka, prek katere se izplačujejo plače',
    },
    {
      en: 'Pension funds and insurers that provide the benefits',
      uk: 'Пенсійні фонди та страховики, що надають пільги',
      bg: 'Пенсионните фондове и застрахователите, които предоставят придобивките',
      sl: 'Pokojninske družbe in zavarovalnice, ki zagotavljajo ugodnosti',
    },
    {
      en: 'Courts and enforcement officers, for orders to garnish wages',
      uk: 'Суди та виконавці — щодо рішень про стягнення із заробітної плати',
      bg: 'Съдилищата и съдебните изпълнители — при запор върху трудовото възнаграждение',
      sl: 'Sodišča in izvršitelji pri izvršbi na plačo',
    },
  ],
  sources: [
    { en: 'The employees themselves', uk: 'Самі працівники', bg: 'Самите служители', sl: 'Zaposleni sami' },
    {
      en: 'Tax and social security authorities',
      uk: 'Податкові органи та органи соціального страхування',
      bg: 'Данъчните и осигурителните органи',
      sl: 'Davčni organ in nosilci socialnega zavarovanja',
    },
    {
      en: 'Courts and enforcement officers (garnishment orders)',
      uk: 'Суди та виконавці (рішення про стягнення)',
      bg: 'Съдилищата и съдебните изпълнители (запорни съобщения)',
      sl: 'Sodišča in izvršitelji (sklepi o izvršbi)',
    },
  ],
  retention: {
    criterion: {
      en: 'During employment and, after the end of the year they concern, for the periods that tax, social security and accounting law set for payroll records; then deleted',
      uk: 'Протягом трудових відносин, а після закінчення року, якого вони стосуються, — протягом строків, встановлених для документів щодо заробітної плати податковим законодавством, законодавством про соціальне страхування та про бухгалтерський облік; потім видаляються',
      bg: 'По време на трудовото правоотношение, а след края на годината, за която се отнасят — за сроковете, които данъчното, осигурителното и счетоводното законодателство определят за ведомостите за заплати; след това се изтриват',
      sl: 'Med trajanjem zaposlitve in po koncu leta, na katero se nanašajo, za roke, ki jih davčni, socialnovarstveni in računovodski predpisi določajo za evidence o plačah; nato se izbrišejo',
    },
    note: {
      en: 'No EU rule sets this period: national law does, and it differs widely. In France, for example, the employer keeps payslips for 5 years (Labour Code, art. L3243-4); in Bulgaria, payroll sheets are kept for 50 years (Accountancy Act, art. 12(1)(1)). Enter the periods your country’s law sets.',
      uk: 'Жодна норма ЄС цього строку не встановлює: його визначає національне законодавство, і строки суттєво різняться. Наприклад, у Франції роботодавець зберігає розрахункові листи 5 років (Трудовий кодекс, ст. L3243-4), а в Болгарії платіжні відомості зберігаються 50 років (Закон про бухгалтерський облік, ст. 12(1)(1)). Зазначте строки, встановлені законодавством вашої країни.',
      bg: 'Нито една норма на ЕС не определя този срок: определя го националното законодателство и сроковете се различават съществено. Например във Франция работодателят съхранява фишовете за заплата 5 години (Кодекс на труда, чл. L3243-4), а в България ведомостите за заплати се съхраняват 50 години (чл. 12, ал. 1, т. 1 от Закона за счетоводството). Посочете сроковете, които определя законодателството на вашата държава.',
      sl: 'Tega roka ne določa nobeno pravilo EU, temveč nacionalni predpisi, ki se med seboj močno razlikujejo. V Franciji na primer delodajalec hrani plačilne liste 5 let (zakonik o delu, člen L3243-4), v Bolgariji pa se obračunske evidence plač (plačilni seznami) hranijo 50 let (zakon o računovodstvu, člen 12(1)(1)). Vpišite roke, ki jih določajo predpisi vaše države.',
    },
  },
  securityMeasures: [
    {
      en: 'Access to payroll data limited, by role, to the staff who calculate pay',
      uk: 'Доступ до даних про заробітну плату мають лише працівники, які її нараховують, відповідно до своїх ролей',
      bg: 'Достъп до данните за възнагражденията имат само служителите, които изчисляват заплатите, според ролята си',
      sl: 'Dostop do podatkov o plačah imajo glede na vlogo le zaposleni, ki obračunavajo plače',
    },
    {
      en: 'Payslips delivered to each employee individually (personal login or sealed envelope)',
      uk: 'Розрахункові листи надаються кожному працівникові особисто (в особистому кабінеті або в запечатаному конверті)',
      bg: 'Фишовете за заплата се предоставят на всеки служител поотделно (чрез личен профил или в запечатан плик)',
      sl: 'Plačilne liste se vročajo vsakemu zaposlenemu posebej (prek osebnega dostopa ali v zaprti ovojnici)',
    },
    {
      en: 'Payment and reporting files encrypted in transit to the bank and the authorities',
      uk: 'Платіжні файли та звіти шифруються під час передавання до банку й державних органів',
      bg: 'Платежните файлове и декларациите се криптират при предаването им към банката и органите',
      sl: 'Plačilne datoteke in poročila se pri prenosu banki in organom šifrirajo',
    },
    {
      en: 'Access to the payroll system logged',
      uk: 'Доступ до системи нарахування заробітної плати журналюється',
      bg: 'Достъпът до системата за изчисляване на заплатите се регистрира',
      sl: 'Dostopi do sistema za obračun plač se beležijo',
    },
    {
      en: 'Sick leave recorded as periods only; medical certificates kept apart and seen only by those who need them',
      uk: 'Тимчасова непрацездатність фіксується лише як періоди; листки непрацездатності зберігаються окремо й доступні лише тим, кому вони потрібні',
      bg: 'Временната неработоспособност се отразява само като периоди; болничните листове се съхраняват отделно и са достъпни само за тези, на които са необходими',
      sl: 'Bolniška odsotnost se beleži le kot obdobja; zdravniška potrdila se hranijo ločeno in so dostopna le tistim, ki jih potrebujejo',
    },
  ],
  dpia: {
    required: false,
    reason: {
      en: 'Sick-leave periods are health data and employees depend on their employer (WP248 criteria 4 and 7): two criteria, which in most cases call for a DPIA. Not carrying one out is defensible only where the data are limited to what pay needs, the workforce is not large and no one is evaluated, and the reasons are recorded (WP248). The CNIL (France) list of processing needing no DPIA (deliberation 2019-118) names personnel management, payroll included, by employers of fewer than 250 people. Reassess for a larger workforce or any profiling.',
      uk: 'Періоди тимчасової непрацездатності є даними про здоров’я, а працівники залежать від роботодавця (критерії 4 і 7 настанов WP248): два критерії, за яких оцінка впливу здебільшого потрібна. Відмова від неї обґрунтована лише тоді, коли обробляються тільки дані, потрібні для оплати праці, штат невеликий, ніхто не оцінюється, а причини задокументовано (WP248). Перелік CNIL (Франція) операцій, для яких оцінка впливу не потрібна (рішення 2019-118), охоплює управління персоналом, зокрема нарахування заробітної плати, у роботодавців, які мають менше 250 працівників. Перегляньте оцінку, якщо штат більший або застосовується профілювання.',
      bg: 'Периодите на временна неработоспособност са данни за здравословното състояние, а служителите зависят от работодателя (критерии 4 и 7 от насоките WP248): два критерия, при които в повечето случаи се изисква оценка на въздействието. Неизвършването ѝ е обосновано само когато се обработват единствено данните, необходими за възнаграждението, персоналът не е голям, никой не се оценява и причините са документирани (WP248). Списъкът на CNIL (Франция) с операциите, за които не се изисква оценка на въздействието (решение 2019-118), включва управлението на персонала, в т.ч. заплатите, при работодатели с по-малко от 250 служители. Преразгледайте оценката при по-голям персонал или при профилиране.',
      sl: 'Obdobja bolniške odsotnosti so podatki v zvezi z zdravjem, zaposleni pa so od delodajalca odvisni (merili 4 in 7 smernic WP248): dve merili, pri katerih je ocena učinka v večini primerov potrebna. Opustitev ocene je utemeljena le, če se obdelujejo samo podatki, potrebni za plačo, število zaposlenih ni veliko, nihče se ne ocenjuje in so razlogi dokumentirani (WP248). Seznam CNIL (Francija) dejanj obdelave, za katera ocena učinka ni potrebna (sklep 2019-118), zajema upravljanje kadrov, vključno z obračunom plač, pri delodajalcih z manj kot 250 zaposlenimi. Oceno ponovite pri večjem številu zaposlenih ali pri oblikovanju profilov.',
    },
  },
  // Employees learn of it from the employer's own notice to staff, not the public privacy policy.
  public: false,
};
