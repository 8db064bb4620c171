// Recruitment: steps taken at the candidate's request before a contract (Art. 6(1)(b)). Keeping an unsuccessful
// application for later vacancies (a talent pool) needs the candidate's consent (Art. 6(1)(a)), as the CNIL's
// recruitment guide (2023) requires; keeping what is needed to answer a discrimination claim, apart and with restricted
// access until such claims are time-barred, rests on legitimate interests, which the candidate may object to (Art. 21).
// No special-category data are asked for, and no criminal-record check unless a law authorises it (Art. 10): a
// template that sought them would need a condition.
import type { ActivityTemplate } from '../activity-template.ts';

export const recruitment: ActivityTemplate = {
  id: 'recruitment',
  name: { en: 'Recruitment', uk: 'Підбір персоналу', bg: 'Подбор на персонал', sl: 'Izbor kandidatov za zaposlitev' },
  description: {
    en: 'Receiving and assessing job applications, interviewing and selecting candidates, and keeping unsuccessful applications for a limited time.',
    uk: 'Отримання та розгляд заявок кандидатів, проведення співбесід і відбір, а також зберігання протягом обмеженого строку заявок кандидатів, яким відмовлено.',
    bg: 'Получаване и разглеждане на кандидатури за работа, провеждане на интервюта и подбор на кандидати, както и съхраняване за ограничен срок на кандидатурите на неодобрените кандидати.',
    sl: 'Sprejemanje in pregled prijav na prosta delovna mesta, razgovori in izbor kandidatov ter hramba prijav neizbranih kandidatov za omejen čas.',
  },
  purposes: [
    {
      en: 'Receiving and assessing applications for vacancies',
      uk: 'Отримання та оцінювання заявок на вакансії',
      bg: 'Получаване и оценяване на кандидатури за свободни работни места',
      sl: 'Sprejemanje in ocenjevanje prijav na prosta delovna mesta',
    },
    {
      en: 'Interviewing and selecting candidates, and contacting the referees a candidate names',
      uk: 'Проведення співбесід і відбір кандидатів, звернення до осіб, яких кандидат зазначив для рекомендацій',
      bg: 'Провеждане на интервюта и подбор на кандидати, както и връзка с лицата, посочени от кандидата за препоръки',
      sl: 'Razgovori in izbor kandidatov ter stik s priporočitelji, ki jih kandidat navede',
    },
    {
      en: 'Telling candidates the outcome and preparing the employment contract of the one chosen',
      uk: 'Повідомлення кандидатам про результати відбору та підготовка трудового договору з обраним кандидатом',
      bg: 'Уведомяване на кандидатите за резултата и подготовка на трудовия договор с избрания кандидат',
      sl: 'Obveščanje kandidatov o izidu in priprava pogodbe o zaposlitvi z izbranim kandidatom',
    },
    {
      en: 'Keeping unsuccessful applications to offer a later vacancy and to answer any claim of discrimination in recruitment',
      uk: 'Зберігання заявок кандидатів, яким відмовлено, щоб запропонувати їм пізнішу вакансію та мати змогу відповісти на скаргу щодо дискримінації під час відбору',
      bg: 'Съхраняване на кандидатурите на неодобрените кандидати, за да им се предложи по-късно свободно място и за защита при претенция за дискриминация при подбора',
      sl: 'Hramba prijav neizbranih kandidatov, da se jim lahko ponudi poznejše prosto delovno mesto in da se lahko odgovori na očitek o diskriminaciji pri izbiri',
    },
  ],
  legalBases: [
    {
      basis: 'contract',
      detail: {
        en: 'Steps taken at the candidate’s request before entering into an employment contract',
        uk: 'Вжиття заходів на запит кандидата до укладення трудового договору',
        bg: 'Предприемане на стъпки по искане на кандидата преди сключването на трудов договор',
        sl: 'Izvajanje ukrepov na zahtevo kandidata pred sklenitvijo pogodbe o zaposlitvi',
      },
    },
    {
      basis: 'consent',
      detail: {
        en: 'Keeping an unsuccessful application to offer the candidate a later vacancy, only where the candidate agrees; the candidate may withdraw at any time (Art. 7(3))',
        uk: 'Збереження заявки кандидата, якому відмовлено, щоб запропонувати йому пізнішу вакансію, — лише за його згодою, яку він може будь-коли відкликати (ст. 7(3))',
        bg: 'Съхраняване на кандидатурата на неодобрен кандидат, за да му се предложи по-късно свободно място — само с негово съгласие, което той може да оттегли по всяко време (чл. 7, пар. 3 от ОРЗД)',
        sl: 'Hramba prijave neizbranega kandidata, da se mu ponudi poznejše prosto delovno mesto, le s kandidatovo privolitvijo, ki jo lahko kadar koli prekliče (člen 7(3))',
      },
    },
    {
      basis: 'legitimate-interests',
      detail: {
        en: 'Keeping, apart and with restricted access, what is needed to answer a claim of discrimination in recruitment, until such claims are time-barred; candidates are told and may object (Art. 21)',
        uk: 'Зберігання окремо та з обмеженим доступом того, що потрібно для відповіді на скаргу щодо дискримінації під час відбору, до спливу строку давності для таких вимог; кандидатів про це повідомляють, і вони можуть заперечити (ст. 21)',
        bg: 'Съхраняване отделно и с ограничен достъп на необходимото за защита при претенция за дискриминация при подбора, до изтичане на давностния срок за такива претенции; кандидатите се уведомяват и могат да възразят (чл. 21 от ОРЗД)',
        sl: 'Hramba tistega, kar je potrebno za odgovor na očitek o diskriminaciji pri izbiri, ločeno in z omejenim dostopom, do zastaranja takih zahtevkov; kandidati so o tem obveščeni in lahko ugovarjajo (člen 21)',
      },
    },
  ],
  dataSubjects: [
    { en: 'Job applicants', uk: 'Кандидати на вакансії', bg: 'Кандидати за работа', sl: 'Kandidati za zaposlitev' },
    {
      en: 'Referees named by candidates',
      uk: 'Особи, яких кандидати зазначили для рекомендацій',
      bg: 'Лица, посочени от кандидатите за препоръки',
      sl: 'Priporočitelji, ki jih navedejo kandidati',
    },
  ],
  dataCategories: [
    {
      name: {
        en: 'Identification and contact data (name, address, email, phone)',
        uk: 'Ідентифікаційні та контактні дані (ім’я, адреса, електронна пошта, телефон)',
        bg: 'Идентификационни данни и данни за контакт (имена, адрес, електронна поща, телефон)',
        sl: 'Identifikacijski in kontaktni podatki (ime, naslov, e-pošta, telefon)',
      },
    },
    {
      name: {
        en: 'CV: education, qualifications, work experience, languages, skills',
        uk: 'Резюме: освіта, кваліфікація, досвід роботи, знання мов, навички',
        bg: 'Автобиография: образование, квалификация, професионален опит, езици, умения',
        sl: 'Življenjepis: izobrazba, kvalifikacije, delovne izkušnje, znanje jezikov, veščine',
      },
    },
    {
      name: {
        en: 'Cover letter, interview notes and test results',
        uk: 'Супровідний лист, нотатки зі співбесід і результати тестів',
        bg: 'Мотивационно писмо, бележки от интервютата и резултати от тестове',
        sl: 'Motivacijsko pismo, zapiski z razgovorov in rezultati preizkusov',
      },
    },
    {
      name: {
        en: 'Expected pay and availability',
        uk: 'Очікуваний рівень оплати та можлива дата початку роботи',
        bg: 'Очаквано възнаграждение и възможна начална дата',
        sl: 'Pričakovana plača in razpoložljivost',
      },
    },
    { name: { en: 'References', uk: 'Рекомендації', bg: 'Препоръки', sl: 'Priporočila' } },
  ],
  sources: [
    { en: 'The candidates themselves', uk: 'Самі кандидати', bg: 'Самите кандидати', sl: 'Kandidati sami' },
    {
      en: 'Recruitment agencies and job boards the candidate applied through',
      uk: 'Кадрові агентства та сайти пошуку роботи, через які кандидат подав заявку',
      bg: 'Агенциите за подбор на персонал и сайтовете за работа, чрез които кандидатът е кандидатствал',
      sl: 'Kadrovske agencije in zaposlitveni portali, prek katerih se je kandidat prijavil',
    },
    {
      en: 'Referees the candidate names',
      uk: 'Особи, яких кандидат зазначив для рекомендацій',
      bg: 'Лицата, посочени от кандидата за препоръки',
      sl: 'Priporočitelji, ki jih navede kandidat',
    },
  ],
  retention: {
    period: {
      en: 'Until the position is filled; unsuccessful applications at most 3 months after the recruitment ends or, where the candidate agrees to be considered for later vacancies, at most 2 years after the last contact; the chosen candidate’s application moves to the staff record',
      uk: 'До заповнення вакансії; заявки кандидатів, яким відмовлено, — не більше 3 місяців після завершення відбору або, якщо кандидат погодився, щоб його розглядали на пізніші вакансії, — не більше 2 років після останнього контакту; заявка обраного кандидата переходить до його особової справи',
      bg: 'До заемането на длъжността; кандидатурите на неодобрените кандидати — най-много 3 месеца след приключване на подбора или, ако кандидатът е дал съгласие да бъде разглеждан за бъдещи свободни места — най-много 2 години след последния контакт; кандидатурата на избрания кандидат се прилага към личното му досие',
      sl: 'Do zasedbe delovnega mesta; prijave neizbranih kandidatov največ 3 mesece po koncu izbora ali, če kandidat privoli, da ga upoštevajo tudi pri poznejših prostih delovnih mestih, največ 2 leti po zadnjem stiku; prijava izbranega kandidata se prenese v njegovo kadrovsko evidenco',
    },
    source: {
      authority: 'CNIL (France)',
      reference:
        'Guide « Recrutement » (January 2023), retention of candidates’ data: unsuccessful applications up to 3 months after the recruitment ends; with the candidate’s consent, up to 2 years after the last contact',
    },
    note: {
      en: 'The periods of the French authority’s guidance; check whether your own supervisory authority sets others. Ask for the candidate’s consent before keeping an application for later vacancies. What is needed to answer a discrimination claim may be kept apart, with restricted access, until such claims are time-barred: enter that limitation period under your national law.',
      uk: 'Це строки з настанов французького органу; перевірте, чи не встановлює інші строки ваш наглядовий орган. Перш ніж зберігати заявку для пізніших вакансій, отримайте згоду кандидата. Те, що потрібно для відповіді на скаргу щодо дискримінації, можна зберігати окремо з обмеженим доступом до спливу строку давності для таких вимог: зазначте строк давності, встановлений вашим національним законодавством.',
      bg: 'Това са сроковете от насоките на френския надзорен орган; проверете дали вашият надзорен орган не определя други. Поискайте съгласието на кандидата, преди да съхранявате кандидатурата му за бъдещи свободни места. Необходимото за защита при претенция за дискриминация може да се съхранява отделно и с ограничен достъп до изтичане на давностния срок за такива претенции: посочете този срок по вашето национално право.',
      sl: 'To so roki iz smernic francoskega nadzornega organa; preverite, ali vaš nadzorni organ določa drugačne. Preden prijavo hranite za poznejša prosta delovna mesta, pridobite kandidatovo privolitev. Kar je potrebno za odgovor na očitek o diskriminaciji, se lahko hrani ločeno in z omejenim dostopom do zastaranja takih zahtevkov: vpišite zastaralni rok, ki ga določa vaše nacionalno pravo.',
    },
  },
  securityMeasures: [
    {
      en: 'Applications seen only by HR and the members of the selection panel',
      uk: 'Заявки доступні лише кадровій службі та членам комісії з відбору',
      bg: 'Кандидатурите са достъпни само за отдел „Човешки ресурси“ и за членовете на комисията по подбора',
      sl: 'Prijave vidijo le kadrovska služba in člani izbirne komisije',
    },
    {
      en: 'Applications received in a dedicated mailbox or recruitment system, not passed on by ordinary email',
      uk: 'Заявки надходять до окремої поштової скриньки або системи підбору персоналу й не пересилаються звичайною електронною поштою',
      bg: 'Кандидатурите се получават в отделна пощенска кутия или система за подбор и не се препращат по обикновена електронна поща',
      sl: 'Prijave prihajajo v namenski poštni predal ali sistem za zaposlovanje in se ne posredujejo po navadni e-pošti',
    },
    {
      en: 'Unsuccessful applications deleted automatically when the period ends',
      uk: 'Заявки кандидатів, яким відмовлено, автоматично видаляються після закінчення строку',
      bg: 'Кандидатурите на неодобрените кандидати се изтриват автоматично след изтичане на срока',
      sl: 'Prijave neizbranih kandidatov se po izteku roka samodejno izbrišejo',
    },
    {
      en: 'Only what the assessment needs is asked for: no questions on health, family plans, religion or union membership, and no criminal-record check unless Union or Member State law authorises it for the post (Art. 10)',
      uk: 'Запитуються лише дані, потрібні для оцінювання: жодних запитань про здоров’я, плани щодо сім’ї, релігію чи членство в профспілці та жодної перевірки судимості, якщо право Союзу чи держави-члена не дозволяє її для цієї посади (ст. 10)',
      bg: 'Изискват се само данните, необходими за оценката: без въпроси за здравословното състояние, семейните планове, религията или членството в синдикат и без проверка за съдимост, освен ако правото на Съюза или на държава членка не я разрешава за длъжността (чл. 10 от ОРЗД)',
      sl: 'Zahtevajo se le podatki, potrebni za oceno: brez vprašanj o zdravju, družinskih načrtih, veri ali članstvu v sindikatu in brez preverjanja kazenske evidence, razen če ga za delovno mesto dovoljuje pravo Unije ali države članice (člen 10)',
    },
  ],
  dpia: {
    required: false,
    reason: {
      en: 'None of the Art. 35(3) cases: candidates are assessed by people, without automated decisions or profiling, no special-category data are sought and the scale is limited. The CNIL (France) list of processing needing no DPIA (deliberation 2019-118) names HR processing by employers of fewer than 250 people, except where profiling is used. A DPIA is needed if candidates are scored or filtered automatically (WP248 criteria 1 and 2).',
      uk: 'Жоден із випадків ст. 35(3) не застосовується: кандидатів оцінюють люди, без автоматизованого прийняття рішень і профілювання, дані особливих категорій не запитуються, масштаб обмежений. Перелік CNIL (Франція) операцій, для яких оцінка впливу не потрібна (рішення 2019-118), охоплює обробку для управління персоналом у роботодавців, які мають менше 250 працівників, крім випадків профілювання. Оцінка впливу потрібна, якщо кандидатів автоматично оцінюють або відсіюють (критерії 1 і 2 настанов WP248).',
      bg: 'Не е налице нито един от случаите по чл. 35, пар. 3 от ОРЗД: кандидатите се оценяват от хора, без автоматизирано вземане на решения или профилиране, не се изискват специални категории данни и мащабът е ограничен. Списъкът на CNIL (Франция) с операциите, за които не се изисква оценка на въздействието (решение 2019-118), включва обработването за управление на персонала от работодатели с по-малко от 250 служители, освен при профилиране. Оценка е необходима, ако кандидатите се оценяват или отсяват автоматично (критерии 1 и 2 от насоките WP248).',
      sl: 'Ne gre za noben primer iz člena 35(3): kandidate ocenjujejo ljudje, brez avtomatiziranega sprejemanja odločitev ali oblikovanja profilov, posebne vrste osebnih podatkov se ne zahtevajo, obseg pa je omejen. Seznam CNIL (Francija) dejanj obdelave, za katera ocena učinka ni potrebna (sklep 2019-118), zajema obdelavo za upravljanje kadrov pri delodajalcih z manj kot 250 zaposlenimi, razen pri oblikovanju profilov. Ocena učinka je potrebna, če se kandidati samodejno točkujejo ali izločajo (merili 1 in 2 smernic WP248).',
    },
  },
  // Candidates are not staff yet: they read the notice where they apply, usually the website's privacy policy.
  public: true,
};
