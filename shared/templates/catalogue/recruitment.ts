// Recruitment: steps taken at the candidate's request before a contract (Art. 6(1)(b)); keeping an unsuccessful
// application rests on legitimate interests, which the candidate may object to (Art. 21), as the CNIL's reference
// period assumes. No special-category data are asked for: a template that sought them would need a condition.
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
      basis: 'legitimate-interests',
      detail: {
        en: 'Offering unsuccessful candidates a later vacancy and being able to answer a claim of discrimination in recruitment; candidates are told and may object at any time (Art. 21)',
        uk: 'Можливість запропонувати кандидатам, яким відмовлено, пізнішу вакансію та відповісти на скаргу щодо дискримінації під час відбору; кандидатів про це повідомляють, і вони можуть будь-коли заперечити (ст. 21)',
        bg: 'Възможност на неодобрените кандидати да се предложи по-късно свободно място и да се отговори на претенция за дискриминация при подбора; кандидатите се уведомяват и могат да възразят по всяко време (чл. 21 от ОРЗД)',
        sl: 'Možnost, da se neizbranim kandidatom ponudi poznejše prosto delovno mesto in da se odgovori na očitek o diskriminaciji pri izbiri; kandidati so o tem obveščeni in lahko kadar koli ugovarjajo (člen 21)',
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
      en: 'Until the position is filled; for unsuccessful candidates, at most 2 years after the last contact, unless the candidate objects sooner; the chosen candidate’s application moves to the staff record',
      uk: 'До заповнення вакансії; для кандидатів, яким відмовлено, — не більше 2 років після останнього контакту, якщо кандидат не заперечить раніше; заявка обраного кандидата переходить до його особової справи',
      bg: 'До заемането на длъжността; за неодобрените кандидати — най-много 2 години след последния контакт, освен ако кандидатът не възрази по-рано; кандидатурата на избрания кандидат се прилага към личното му досие',
      sl: 'Do zasedbe delovnega mesta; za neizbrane kandidate največ 2 leti po zadnjem stiku, razen če kandidat prej ugovarja; prijava izbranega kandidata se prenese v njegovo kadrovsko evidenco',
    },
    source: {
      authority: 'CNIL (France)',
      reference:
        'Référentiel relatif aux traitements de données à caractère personnel mis en œuvre aux fins de gestion du personnel (délibération n° 2019-160 du 21 novembre 2019)',
      url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000041798580',
    },
    note: {
      en: 'The period of the French authority’s guidance; check whether your own supervisory authority sets another. Tell candidates when they apply that an unsuccessful application is kept, and for how long, and that they may object.',
      uk: 'Це строк із настанов французького органу; перевірте, чи не встановлює інший строк ваш наглядовий орган. Під час подання заявки повідомте кандидатам, що заявку в разі відмови буде збережено, на який строк, і що вони можуть заперечити.',
      bg: 'Това е срокът от насоките на френския надзорен орган; проверете дали вашият надзорен орган не определя друг. При кандидатстването уведомете кандидатите, че кандидатурата при отказ се съхранява, за какъв срок и че могат да възразят.',
      sl: 'To je rok iz smernic francoskega nadzornega organa; preverite, ali vaš nadzorni organ določa drugačnega. Kandidatom ob prijavi povejte, da se prijava v primeru zavrnitve hrani, kako dolgo in da lahko ugovarjajo.',
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
      en: 'Only what the assessment needs is asked for: no questions on health, family plans, religion or union membership',
      uk: 'Запитуються лише дані, потрібні для оцінювання: жодних запитань про здоров’я, плани щодо сім’ї, релігію чи членство в профспілці',
      bg: 'Изискват се само данните, необходими за оценката: без въпроси за здравословното състояние, семейните планове, религията или членството в синдикат',
      sl: 'Zahtevajo se le podatki, potrebni za oceno: brez vprašanj o zdravju, družinskih načrtih, veri ali članstvu v sindikatu',
    },
  ],
  dpia: {
    required: false,
    reason: {
      en: 'None of the Art. 35(3) cases: candidates are assessed by people, without automated decisions or profiling, no special-category data are sought and the scale is limited. The CNIL’s list of processing needing no DPIA (deliberation 2019-118) names HR processing by employers of fewer than 250 people, except where profiling is used. A DPIA is needed if candidates are scored or filtered automatically (WP248 criteria 1 and 2).',
      uk: 'Жоден із випадків ст. 35(3) не застосовується: кандидатів оцінюють люди, без автоматизованого прийняття рішень і профілювання, дані особливих категорій не запитуються, масштаб обмежений. Перелік CNIL операцій, для яких оцінка впливу не потрібна (рішення 2019-118), охоплює обробку для управління персоналом у роботодавців, які мають менше 250 працівників, крім випадків профілювання. Оцінка впливу потрібна, якщо кандидатів автоматично оцінюють або відсіюють (критерії 1 і 2 настанов WP248).',
      bg: 'Не е налице нито един от случаите по чл. 35, пар. 3 от ОРЗД: кандидатите се оценяват от хора, без автоматизирано вземане на решения или профилиране, не се изискват специални категории данни и мащабът е ограничен. Списъкът на CNIL с операциите, за които не се изисква оценка на въздействието (решение 2019-118), включва обработването за управление на персонала от работодатели с по-малко от 250 служители, освен при профилиране. Оценка е необходима, ако кандидатите се оценяват или отсяват автоматично (критерии 1 и 2 от насоките WP248).',
      sl: 'Ne gre za noben primer iz člena 35(3): kandidate ocenjujejo ljudje, brez avtomatiziranega sprejemanja odločitev ali oblikovanja profilov, posebne vrste osebnih podatkov se ne zahtevajo, obseg pa je omejen. Seznam CNIL dejanj obdelave, za katera ocena učinka ni potrebna (sklep 2019-118), zajema obdelavo za upravljanje kadrov pri delodajalcih z manj kot 250 zaposlenimi, razen pri oblikovanju profilov. Ocena učinka je potrebna, če se kandidati samodejno točkujejo ali izločajo (merili 1 in 2 smernic WP248).',
    },
  },
  // Candidates are not staff yet: they read the notice where they apply, usually the website's privacy policy.
  public: true,
};
