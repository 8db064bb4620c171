// Staff records: the employment contract (Art. 6(1)(b)), labour law's registers (6(1)(c)) and, for appraisals, the
// internal directory and emergency contacts, legitimate interests (6(1)(f)); never consent, which an employee cannot
// freely give (EDPB Guidelines 05/2020, para. 21). Health data are left to the occupational health and payroll
// templates, so this one holds no special categories. National law sets how long staff records are kept.
import type { ActivityTemplate } from '../activity-template.ts';

export const staffRecords: ActivityTemplate = {
  id: 'staff-records',
  name: { en: 'Staff records', uk: 'Кадровий облік', bg: 'Лични досиета на служителите', sl: 'Kadrovske evidence' },
  description: {
    en: 'Keeping each employee’s personnel file and the staff records labour law requires: contract, job, working time and leave, training, appraisals, and whom to call in an emergency.',
    uk: 'Ведення особової справи кожного працівника та кадрових документів, яких вимагає трудове законодавство: договір, посада, робочий час і відпустки, навчання, оцінювання, а також контактна особа на випадок надзвичайної ситуації.',
    bg: 'Водене на личното досие на всеки служител и на документите за персонала, които изисква трудовото законодателство: договор, длъжност, работно време и отпуски, обучения, атестации и лице за връзка при спешен случай.',
    sl: 'Vodenje osebne mape vsakega zaposlenega in kadrovskih evidenc, ki jih zahtevajo delovnopravni predpisi: pogodba, delovno mesto, delovni čas in dopusti, usposabljanja, ocenjevanje in kontaktna oseba za nujne primere.',
  },
  purposes: [
    {
      en: 'Managing the employment relationship: contract, job, working time, leave and changes during employment',
      uk: 'Управління трудовими відносинами: договір, посада, робочий час, відпустки та зміни під час роботи',
      bg: 'Управление на трудовото правоотношение: договор, длъжност, работно време, отпуски и промени по време на работата',
      sl: 'Upravljanje delovnega razmerja: pogodba, delovno mesto, delovni čas, dopusti in spremembe med zaposlitvijo',
    },
    {
      en: 'Keeping the staff, working-time and leave records labour law requires and producing them to the labour inspectorate',
      uk: 'Ведення обліку персоналу, робочого часу та відпусток, якого вимагає трудове законодавство, і надання цих даних інспекції праці',
      bg: 'Водене на изискваните от трудовото законодателство регистри за персонала, работното време и отпуските и представянето им пред инспекцията по труда',
      sl: 'Vodenje evidenc o zaposlenih, delovnem času in dopustih, ki jih zahtevajo delovnopravni predpisi, in njihova predložitev inšpekciji za delo',
    },
    {
      en: 'Training, appraisals and career development',
      uk: 'Навчання, оцінювання результатів роботи та професійний розвиток',
      bg: 'Обучения, атестации и кариерно развитие',
      sl: 'Usposabljanje, ocenjevanje delovne uspešnosti in karierni razvoj',
    },
    {
      en: 'Handling grievances, disciplinary matters and the end of employment',
      uk: 'Розгляд скарг, дисциплінарних питань і припинення трудових відносин',
      bg: 'Разглеждане на оплаквания, дисциплинарни въпроси и прекратяване на трудовото правоотношение',
      sl: 'Obravnava pritožb, disciplinskih zadev in prenehanja delovnega razmerja',
    },
    {
      en: 'Contacting the person an employee names in an emergency',
      uk: 'Зв’язок з особою, яку працівник зазначив на випадок надзвичайної ситуації',
      bg: 'Връзка с лицето, посочено от служителя за спешни случаи',
      sl: 'Stik z osebo, ki jo zaposleni navede za nujne primere',
    },
  ],
  legalBases: [
    {
      basis: 'contract',
      detail: {
        en: 'The employment contract: managing the employment relationship it creates',
        uk: 'Трудовий договір: управління трудовими відносинами, які він встановлює',
        bg: 'Трудовият договор: управление на възникналото с него трудово правоотношение',
        sl: 'Pogodba o zaposlitvi: upravljanje delovnega razmerja, ki ga ustvarja',
      },
    },
    {
      basis: 'legal-obligation',
      detail: {
        en: 'Labour law: keeping the register of staff and the working-time and leave records and producing them to the labour inspectorate; occupational safety law: recording safety training',
        uk: 'Трудове законодавство: ведення обліку персоналу, робочого часу й відпусток і надання цих даних інспекції праці; законодавство про охорону праці: облік навчання з охорони праці',
        bg: 'Трудовото законодателство: водене на регистрите за персонала, работното време и отпуските и представянето им пред инспекцията по труда; законодателството за здравословни и безопасни условия на труд: отчитане на инструктажите по безопасност',
        sl: 'Delovnopravni predpisi: vodenje evidenc o zaposlenih, delovnem času in dopustih ter njihova predložitev inšpekciji za delo; predpisi o varnosti in zdravju pri delu: evidentiranje usposabljanj za varno delo',
      },
    },
    {
      basis: 'legitimate-interests',
      detail: {
        en: 'Organising the work and developing staff (appraisals, training, internal directory), and reaching the person an employee chose in an emergency',
        uk: 'Організація роботи та розвиток персоналу (оцінювання, навчання, внутрішній довідник), а також зв’язок з обраною працівником особою в разі надзвичайної ситуації',
        bg: 'Организиране на работата и развитие на персонала (атестации, обучения, вътрешен указател), както и връзка с посоченото от служителя лице при спешен случай',
        sl: 'Organizacija dela in razvoj zaposlenih (ocenjevanje, usposabljanje, notranji imenik) ter stik z osebo, ki jo je zaposleni izbral, v nujnih primerih',
      },
    },
  ],
  dataSubjects: [
    { en: 'Employees', uk: 'Працівники', bg: 'Служители', sl: 'Zaposleni' },
    { en: 'Former employees', uk: 'Колишні працівники', bg: 'Бивши служители', sl: 'Nekdanji zaposleni' },
    { en: 'Trainees and interns', uk: 'Стажисти та практиканти', bg: 'Стажанти', sl: 'Pripravniki in študenti na praksi' },
    {
      en: 'Employees’ emergency contacts',
      uk: 'Контактні особи працівників на випадок надзвичайної ситуації',
      bg: 'Лица за връзка на служителите при спешни случаи',
      sl: 'Kontaktne osebe zaposlenih za nujne primere',
    },
  ],
  dataCategories: [
    {
      name: {
        en: 'Identification and contact data (name, address, date of birth, nationality, personal identification number)',
        uk: 'Ідентифікаційні та контактні дані (ім’я, адреса, дата народження, громадянство, ідентифікаційний номер)',
        bg: 'Идентификационни данни и данни за контакт (имена, адрес, дата на раждане, гражданство, личен идентификационен номер)',
        sl: 'Identifikacijski in kontaktni podatki (ime, naslov, datum rojstva, državljanstvo, osebna identifikacijska številka)',
      },
    },
    {
      name: {
        en: 'Contract and job data (position, department, type of contract, place of work, start and end dates)',
        uk: 'Дані про договір і посаду (посада, підрозділ, вид договору, місце роботи, дати початку та припинення)',
        bg: 'Данни за договора и длъжността (длъжност, отдел, вид договор, място на работа, дати на постъпване и напускане)',
        sl: 'Podatki o pogodbi in delovnem mestu (delovno mesto, organizacijska enota, vrsta pogodbe, kraj dela, datum začetka in prenehanja)',
      },
    },
    {
      name: {
        en: 'Working time and leave (hours, annual leave, absences without their medical reasons)',
        uk: 'Робочий час і відпустки (години, щорічні відпустки, відсутності без зазначення медичних причин)',
        bg: 'Работно време и отпуски (часове, платен годишен отпуск, отсъствия без медицинските им причини)',
        sl: 'Delovni čas in dopusti (ure, letni dopust, odsotnosti brez navedbe zdravstvenih razlogov)',
      },
    },
    {
      name: {
        en: 'Education, qualifications and training',
        uk: 'Освіта, кваліфікація та навчання',
        bg: 'Образование, квалификация и обучения',
        sl: 'Izobrazba, kvalifikacije in usposabljanja',
      },
    },
    {
      name: {
        en: 'Appraisals and career development',
        uk: 'Результати оцінювання та професійний розвиток',
        bg: 'Атестации и кариерно развитие',
        sl: 'Ocene delovne uspešnosti in karierni razvoj',
      },
    },
    {
      name: {
        en: 'Grievance and disciplinary records',
        uk: 'Матеріали щодо скарг і дисциплінарних стягнень',
        bg: 'Документи по оплаквания и дисциплинарни производства',
        sl: 'Dokumentacija o pritožbah in disciplinskih postopkih',
      },
    },
    {
      name: {
        en: 'Right-to-work documents of staff from outside the EU (work and residence permits)',
        uk: 'Документи, що дають право на роботу працівникам із країн поза ЄС (дозволи на роботу та проживання)',
        bg: 'Документи за право на работа на служители от държави извън ЕС (разрешения за работа и пребиваване)',
        sl: 'Dokumenti o pravici do dela za zaposlene iz držav zunaj EU (dovoljenja za delo in prebivanje)',
      },
    },
    {
      name: {
        en: 'Emergency contact (name, relationship, phone)',
        uk: 'Контактна особа на випадок надзвичайної ситуації (ім’я, ступінь спорідненості, телефон)',
        bg: 'Лице за връзка при спешен случай (имена, връзка със служителя, телефон)',
        sl: 'Kontaktna oseba za nujne primere (ime, razmerje do zaposlenega, telefon)',
      },
    },
  ],
  recipients: [
    {
      en: 'The labour inspectorate and other public authorities, where the law requires',
      uk: 'Інспекція праці та інші державні органи, якщо цього вимагає закон',
      bg: 'Инспекцията по труда и другите държавни органи, когато законът го изисква',
      sl: 'Inšpekcija za delo in drugi državni organi, kadar to zahteva zakon',
    },
    {
      en: 'Courts and lawyers in employment disputes',
      uk: 'Суди та адвокати в трудових спорах',
      bg: 'Съдилищата и адвокатите при трудови спорове',
      sl: 'Sodišča in odvetniki v delovnih sporih',
    },
    {
      en: 'Customers and partners, for the work contact details of the staff who deal with them',
      uk: 'Клієнти та партнери — щодо робочих контактних даних працівників, які з ними взаємодіють',
      bg: 'Клиентите и партньорите — за служебните данни за контакт на служителите, които работят с тях',
      sl: 'Stranke in partnerji, za službene kontaktne podatke zaposlenih, ki z njimi sodelujejo',
    },
  ],
  sources: [
    { en: 'The employees themselves', uk: 'Самі працівники', bg: 'Самите служители', sl: 'Zaposleni sami' },
    {
      en: 'Their managers (appraisals, disciplinary matters)',
      uk: 'Їхні керівники (оцінювання, дисциплінарні питання)',
      bg: 'Техните ръководители (атестации, дисциплинарни въпроси)',
      sl: 'Njihovi nadrejeni (ocenjevanje, disciplinske zadeve)',
    },
  ],
  retention: {
    criterion: {
      en: 'During employment; after it ends, for the longer of the periods labour law sets for staff records and the limitation period for claims arising from the employment; then deleted',
      uk: 'Протягом трудових відносин; після їх припинення — протягом довшого з двох строків: установленого трудовим законодавством для кадрових документів або строку позовної давності за вимогами, що випливають із трудових відносин; потім видаляються',
      bg: 'По време на трудовото правоотношение; след прекратяването му — за по-дългия от двата срока: определения от трудовото законодателство за документите за персонала и давностния срок за претенции, произтичащи от трудовото правоотношение; след това се изтриват',
      sl: 'Med trajanjem delovnega razmerja; po njegovem prenehanju za daljšega od rokov, ki jih delovnopravni predpisi določajo za kadrovske evidence, in zastaralnega roka za zahtevke iz delovnega razmerja; nato se izbrišejo',
    },
    note: {
      en: 'No EU rule sets this period: national law does. In France, for example, the entries of the register of staff are kept for 5 years after the employee leaves (Labour Code, art. R1221-26). Set shorter periods for what is needed for less long (appraisals, disciplinary records), and enter the periods your country’s law sets.',
      uk: 'Жодна норма ЄС цього строку не встановлює: його визначає національне законодавство. Наприклад, у Франції записи єдиного реєстру персоналу зберігаються 5 років після звільнення працівника (Трудовий кодекс, ст. R1221-26). Для даних, потрібних коротший час (результати оцінювання, дисциплінарні матеріали), встановіть коротші строки та зазначте строки, визначені законодавством вашої країни.',
      bg: 'Нито една норма на ЕС не определя този срок: определя го националното законодателство. Например във Франция вписванията в единния регистър на персонала се съхраняват 5 години след напускането на служителя (Кодекс на труда, чл. R1221-26). За данните, които са нужни за по-кратко време (атестации, дисциплинарни документи), определете по-кратки срокове и посочете сроковете по законодателството на вашата държава.',
      sl: 'Tega roka ne določa nobeno pravilo EU, temveč nacionalni predpisi. V Franciji se na primer vpisi v enotni register zaposlenih hranijo 5 let po odhodu zaposlenega (zakonik o delu, člen R1221-26). Za podatke, ki so potrebni krajši čas (ocene, disciplinska dokumentacija), določite krajše roke in vpišite roke, ki jih določajo predpisi vaše države.',
    },
  },
  securityMeasures: [
    {
      en: 'Personnel files open only to HR and, for their own team, to managers',
      uk: 'Доступ до особових справ мають лише кадрова служба та керівники — щодо своїх підлеглих',
      bg: 'Личните досиета са достъпни само за отдел „Човешки ресурси“ и за ръководителите — за техния екип',
      sl: 'Osebne mape so dostopne le kadrovski službi in vodjem za njihovo ekipo',
    },
    {
      en: 'Paper files in locked cabinets; electronic files in the HR system with role-based access and logging',
      uk: 'Паперові справи зберігаються в шафах, що замикаються, електронні — в кадровій системі з доступом відповідно до ролей і журналюванням',
      bg: 'Хартиените досиета се съхраняват в заключващи се шкафове, а електронните — в системата за човешки ресурси с достъп според ролята и регистриране на достъпа',
      sl: 'Papirne mape se hranijo v zaklenjenih omarah, elektronske pa v kadrovskem sistemu z dostopom glede na vlogo in beleženjem dostopov',
    },
    {
      en: 'Disciplinary records removed once they may no longer be relied on',
      uk: 'Дисциплінарні матеріали вилучаються, щойно на них більше не можна посилатися',
      bg: 'Дисциплинарните документи се премахват, щом вече не могат да бъдат използвани',
      sl: 'Disciplinska dokumentacija se odstrani, ko se nanjo ni več mogoče sklicevati',
    },
    {
      en: 'Files of staff who have left archived with restricted access and deleted when the period ends',
      uk: 'Справи працівників, які звільнилися, архівуються з обмеженим доступом і видаляються після закінчення строку',
      bg: 'Досиетата на напусналите служители се архивират с ограничен достъп и се изтриват след изтичане на срока',
      sl: 'Mape zaposlenih, ki so odšli, se arhivirajo z omejenim dostopom in po izteku roka izbrišejo',
    },
  ],
  dpia: {
    required: false,
    reason: {
      en: 'None of the Art. 35(3) cases: no special-category data (health data belong to the separate occupational health and payroll activities), no systematic monitoring, no automated decisions. Employees depend on their employer (WP248 criterion 7), but one criterion alone does not call for a DPIA, and the CNIL (France) list of processing needing no DPIA (deliberation 2019-118) names personnel management by employers of fewer than 250 people, except profiling. Reassess if appraisals are scored automatically.',
      uk: 'Жоден із випадків ст. 35(3) не застосовується: немає даних особливих категорій (дані про здоров’я належать до окремих операцій — медицини праці та нарахування заробітної плати), немає систематичного моніторингу чи автоматизованих рішень. Працівники залежать від роботодавця (критерій 7 настанов WP248), але одного критерію недостатньо, щоб вимагати оцінку впливу, а перелік CNIL (Франція) операцій, для яких оцінка впливу не потрібна (рішення 2019-118), охоплює управління персоналом у роботодавців, які мають менше 250 працівників, крім профілювання. Перегляньте оцінку, якщо результати роботи оцінюються автоматизовано.',
      bg: 'Не е налице нито един от случаите по чл. 35, пар. 3 от ОРЗД: няма специални категории данни (здравните данни са в отделните дейности по трудова медицина и възнаграждения), няма систематично наблюдение, нито автоматизирани решения. Служителите зависят от работодателя (критерий 7 от насоките WP248), но един критерий сам по себе си не налага оценка на въздействието, а списъкът на CNIL (Франция) с операциите, за които не се изисква оценка (решение 2019-118), включва управлението на персонала при работодатели с по-малко от 250 служители, освен при профилиране. Преразгледайте оценката, ако атестациите се извършват автоматизирано.',
      sl: 'Ne gre za noben primer iz člena 35(3): ni posebnih vrst osebnih podatkov (podatki v zvezi z zdravjem spadajo v ločeni dejavnosti medicine dela in obračuna plač), ni sistematičnega spremljanja ne avtomatiziranih odločitev. Zaposleni so od delodajalca odvisni (merilo 7 smernic WP248), vendar eno merilo samo po sebi ne zahteva ocene učinka, seznam CNIL (Francija) dejanj obdelave, za katera ocena ni potrebna (sklep 2019-118), pa zajema upravljanje kadrov pri delodajalcih z manj kot 250 zaposlenimi, razen pri oblikovanju profilov. Oceno ponovite, če se delovna uspešnost ocenjuje samodejno.',
    },
  },
  // Staff are told through the employer's notice to employees, not the public privacy policy.
  public: false,
};
