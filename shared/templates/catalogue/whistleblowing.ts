// Whistleblowing: Directive (EU) 2019/1937, as transposed, obliges private employers with 50 or more workers (and
// public-sector entities, subject to national exemptions) to run internal reporting channels (Art. 8): a legal
// obligation (Art. 6(1)(c)). Where no law obliges the organisation, or a report falls outside the law's scope, the
// basis is its legitimate interest. A report may reveal special-category or criminal-offence data: Art. 9(2)(g) and
// Art. 10 hold only as far as the national whistleblowing law authorises that processing, which the detail says;
// Art. 9(2)(f) covers legal claims. The Directive keeps records "no longer than necessary and proportionate" (Art. 18)
// and sets no period: a criterion, with a national example. Reporters include people outside the organisation
// (contractors' and suppliers' staff, job applicants): public.
import type { ActivityTemplate } from '../activity-template.ts';

export const whistleblowing: ActivityTemplate = {
  id: 'whistleblowing',
  name: {
    en: 'Whistleblowing (internal reporting channel)',
    uk: 'Повідомлення про порушення (внутрішній канал для викривачів)',
    bg: 'Сигнали за нарушения (вътрешен канал за подаване на сигнали)',
    sl: 'Prijave kršitev (notranja pot za prijavo)',
  },
  description: {
    en: 'Receiving and following up reports of breaches through the organisation’s internal reporting channel, as the national law transposing Directive (EU) 2019/1937 requires, while keeping the identity of the reporting person confidential and protecting them against retaliation.',
    uk: 'Отримання повідомлень про порушення через внутрішній канал організації та подальші дії за ними, як того вимагає національне законодавство, що транспонує Директиву (ЄС) 2019/1937, із забезпеченням конфіденційності особи викривача та її захисту від переслідування.',
    bg: 'Приемане на сигнали за нарушения чрез вътрешния канал на организацията и предприемане на последващи действия по тях, както изисква националният закон, с който се транспонира Директива (ЕС) 2019/1937, при запазване на поверителността на самоличността на сигнализиращото лице и защитата му от ответни действия.',
    sl: 'Sprejemanje prijav kršitev po notranji poti za prijavo organizacije in nadaljnje ukrepanje na njihovi podlagi, kot to zahteva nacionalni zakon, ki prenaša Direktivo (EU) 2019/1937, ob varovanju zaupnosti identitete prijavitelja in njegovi zaščiti pred povračilnimi ukrepi.',
  },
  purposes: [
    {
      en: 'Receiving reports in writing, by telephone or in a meeting, and acknowledging them',
      uk: 'Отримання повідомлень у письмовій формі, телефоном або під час зустрічі та підтвердження їх отримання',
      bg: 'Приемане на сигнали в писмена форма, по телефона или на среща и потвърждаване на получаването им',
      sl: 'Sprejemanje pisnih, telefonskih ali na sestanku podanih prijav in potrjevanje njihovega prejema',
    },
    {
      en: 'Assessing reports, investigating them and giving feedback to the reporting person',
      uk: 'Оцінювання повідомлень, їх розслідування та надання зворотного зв’язку викривачеві',
      bg: 'Оценяване и проверка на сигналите и предоставяне на обратна информация на сигнализиращото лице',
      sl: 'Ocenjevanje in preiskovanje prijav ter dajanje povratnih informacij prijavitelju',
    },
    {
      en: 'Protecting reporting persons and persons concerned: confidentiality of their identity and protection against retaliation',
      uk: 'Захист викривачів і осіб, яких стосуються повідомлення: конфіденційність їхньої особи та захист від переслідування',
      bg: 'Защита на сигнализиращите и засегнатите лица: поверителност на самоличността им и защита от ответни действия',
      sl: 'Zaščita prijaviteljev in zadevnih oseb: zaupnost njihove identitete in zaščita pred povračilnimi ukrepi',
    },
    {
      en: 'Keeping records of reports, referring matters to the competent authorities, and establishing, exercising or defending legal claims',
      uk: 'Ведення обліку повідомлень, передання справ компетентним органам, встановлення, здійснення або захист правових вимог',
      bg: 'Водене на регистър на сигналите, препращане на случаи към компетентните органи и установяване, упражняване или защита на правни претенции',
      sl: 'Vodenje evidence prijav, odstop zadev pristojnim organom ter uveljavljanje, izvajanje ali obramba pravnih zahtevkov',
    },
  ],
  legalBases: [
    {
      basis: 'legal-obligation',
      detail: {
        en: 'Directive (EU) 2019/1937 on the protection of persons who report breaches of Union law, Arts. 8, 9 and 16–18, as transposed nationally (e.g. Slovenia: Zakon o zaščiti prijaviteljev, ZZPri, Uradni list RS, No. 16/23; Bulgaria: Закон за защита на лицата, подаващи сигнали или публично оповестяващи информация за нарушения, State Gazette No. 11/2023): private employers with 50 or more workers, and public-sector entities as national law sets, must run internal reporting channels and follow up reports. Special-category and criminal-offence data a report reveals are processed only as far as that law allows (Art. 9(2)(g), Art. 10 GDPR), or to establish or defend legal claims (Art. 9(2)(f) GDPR)',
        uk: 'Директива (ЄС) 2019/1937 про захист осіб, які повідомляють про порушення права Союзу, ст. 8, 9 і 16–18, транспонована до національного законодавства (наприклад, Словенія: Zakon o zaščiti prijaviteljev, ZZPri, Uradni list RS, № 16/23; Болгарія: Закон за защита на лицата, подаващи сигнали или публично оповестяващи информация за нарушения, Державний вісник № 11/2023): приватні роботодавці з 50 і більше працівниками, а також суб’єкти публічного сектору, як це визначає національне законодавство, зобов’язані мати внутрішні канали повідомлення та вживати подальших дій за повідомленнями. Дані особливих категорій і дані щодо кримінальних правопорушень, які розкриває повідомлення, обробляються лише в межах, дозволених цим законодавством (ст. 9(2)(g), ст. 10 GDPR), або для встановлення чи захисту правових вимог (ст. 9(2)(f) GDPR)',
        bg: 'Директива (ЕС) 2019/1937 относно защитата на лицата, които подават сигнали за нарушения на правото на Съюза, чл. 8, 9 и 16–18, както е транспонирана в националното право (например България: Закон за защита на лицата, подаващи сигнали или публично оповестяващи информация за нарушения, ДВ, бр. 11 от 2023 г.; Словения: Zakon o zaščiti prijaviteljev, ZZPri, Uradni list RS, бр. 16/23): работодателите в частния сектор с 50 или повече работници, както и субектите в публичния сектор съгласно националното право, са длъжни да поддържат вътрешни канали за подаване на сигнали и да предприемат последващи действия по тях. Специалните категории лични данни и данните, свързани с престъпления, които се съдържат в сигнала, се обработват само доколкото този закон позволява (чл. 9, пар. 2, буква „ж“ и чл. 10 от ОРЗД) или за установяване или защита на правни претенции (чл. 9, пар. 2, буква „е“ от ОРЗД)',
        sl: 'Direktiva (EU) 2019/1937 o zaščiti oseb, ki prijavijo kršitve prava Unije, členi 8, 9 in 16–18, kot je prenesena v nacionalno pravo (na primer Slovenija: Zakon o zaščiti prijaviteljev, ZZPri, Uradni list RS, št. 16/23; Bolgarija: Закон за защита на лицата, подаващи сигнали или публично оповестяващи информация за нарушения, Državni vestnik, št. 11/2023): delodajalci v zasebnem sektorju s 50 ali več delavci in subjekti javnega sektorja, kot določa nacionalno pravo, morajo vzpostaviti notranje poti za prijavo in na podlagi prijav ukrepati. Posebne vrste osebnih podatkov in podatki v zvezi s kaznivimi dejanji, ki jih razkrije prijava, se obdelujejo le, kolikor to dopušča ta zakon (točka (g) člena 9(2) in člen 10 GDPR), ali za uveljavljanje ali obrambo pravnih zahtevkov (točka (f) člena 9(2) GDPR)',
      },
    },
    {
      basis: 'legitimate-interests',
      detail: {
        en: 'Where no law obliges the organisation to run a channel, or a report falls outside the law’s scope (breaches of internal rules): detecting and remedying wrongdoing and protecting staff and the organisation',
        uk: 'Якщо жоден закон не зобов’язує організацію мати канал повідомлення або повідомлення виходить за межі сфери дії закону (порушення внутрішніх правил): виявлення та усунення порушень, захист працівників і організації',
        bg: 'Когато никой закон не задължава организацията да поддържа канал или сигналът е извън приложното поле на закона (нарушения на вътрешни правила): откриване и отстраняване на нарушения и защита на служителите и организацията',
        sl: 'Kadar organizacije noben zakon ne zavezuje k vzpostavitvi poti za prijavo ali prijava ne spada na področje uporabe zakona (kršitve notranjih pravil): odkrivanje in odpravljanje nepravilnosti ter zaščita zaposlenih in organizacije',
      },
    },
  ],
  specialCategoryConditions: ['art9-2-g', 'art9-2-f', 'art10'],
  dataSubjects: [
    {
      en: 'Reporting persons: employees, former employees, job applicants, trainees, volunteers, self-employed persons, shareholders, members of management bodies, and people working for contractors, subcontractors and suppliers',
      uk: 'Викривачі: працівники, колишні працівники, кандидати на роботу, стажисти, волонтери, самозайняті особи, акціонери, члени органів управління, а також особи, які працюють на підрядників, субпідрядників і постачальників',
      bg: 'Сигнализиращи лица: служители, бивши служители, кандидати за работа, стажанти, доброволци, самонаети лица, акционери и съдружници, членове на управителни органи, както и лица, работещи за изпълнители, подизпълнители и доставчици',
      sl: 'Prijavitelji: zaposleni, nekdanji zaposleni, kandidati za zaposlitev, pripravniki, prostovoljci, samozaposleni, delničarji, člani organov vodenja ter osebe, ki delajo za izvajalce, podizvajalce in dobavitelje',
    },
    {
      en: 'Persons concerned: those a report names as having committed the breach or as associated with it',
      uk: 'Особи, яких стосується повідомлення: ті, кого в повідомленні названо особами, що вчинили порушення або пов’язані з ним',
      bg: 'Засегнати лица: лицата, посочени в сигнала като извършители на нарушението или като свързани с него',
      sl: 'Zadevne osebe: osebe, ki so v prijavi navedene kot kršitelji ali kot osebe, povezane s kršitvijo',
    },
    {
      en: 'Facilitators, witnesses and third persons connected with the reporting person or named in a report (colleagues, relatives)',
      uk: 'Посередники, свідки та треті особи, пов’язані з викривачем або згадані в повідомленні (колеги, родичі)',
      bg: 'Посредници, свидетели и трети лица, свързани със сигнализиращото лице или споменати в сигнала (колеги, роднини)',
      sl: 'Osebe, ki prijavitelju pomagajo, priče in tretje osebe, povezane s prijaviteljem ali navedene v prijavi (sodelavci, sorodniki)',
    },
    {
      en: 'Staff designated to receive and follow up reports',
      uk: 'Працівники, призначені для отримання повідомлень і вжиття подальших дій за ними',
      bg: 'Служителите, определени да приемат сигналите и да предприемат последващи действия по тях',
      sl: 'Zaposleni, določeni za sprejemanje prijav in ukrepanje na njihovi podlagi (zaupniki)',
    },
  ],
  dataCategories: [
    {
      name: {
        en: 'Identity and contact data of the reporting person, unless the report is anonymous',
        uk: 'Дані про особу та контактні дані викривача, якщо повідомлення не анонімне',
        bg: 'Данни за самоличността и данни за контакт на сигнализиращото лице, освен ако сигналът е анонимен',
        sl: 'Podatki o identiteti in kontaktni podatki prijavitelja, razen če je prijava anonimna',
      },
    },
    {
      name: {
        en: 'Identity, position and contact data of persons concerned, facilitators and witnesses',
        uk: 'Дані про особу, посаду та контактні дані осіб, яких стосується повідомлення, посередників і свідків',
        bg: 'Данни за самоличността, длъжността и данни за контакт на засегнатите лица, посредниците и свидетелите',
        sl: 'Podatki o identiteti, položaju in kontaktni podatki zadevnih oseb, oseb, ki prijavitelju pomagajo, in prič',
      },
    },
    {
      name: {
        en: 'The facts reported and the evidence supplied',
        uk: 'Факти, про які повідомлено, та надані докази',
        bg: 'Сигнализираните факти и предоставените доказателства',
        sl: 'Prijavljena dejstva in predloženi dokazi',
      },
    },
    // Oral reports are documented only as Directive (EU) 2019/1937, Art. 18(2)–(4), allows: one entry per rule, as a
    // data category's name is one line.
    {
      name: {
        en: 'Recordings or complete transcripts of reports made by telephone, and records of meetings, only with the reporting person’s consent (Directive (EU) 2019/1937, Art. 18)',
        uk: 'Аудіозаписи чи повні розшифровки повідомлень, зроблених телефоном, а також протоколи зустрічей — лише за згодою викривача (ст. 18 Директиви (ЄС) 2019/1937)',
        bg: 'Звукозаписи или пълни преписи на сигнали, подадени по телефона, и документиране на срещи — само със съгласието на сигнализиращото лице (чл. 18 от Директива (ЕС) 2019/1937)',
        sl: 'Zvočni posnetki ali popolni prepisi prijav, podanih po telefonu, ter zapisi sestankov le s privolitvijo prijavitelja (člen 18 Direktive (EU) 2019/1937)',
      },
    },
    {
      name: {
        en: 'Accurate minutes of reports made by telephone without a recording, which the reporting person may check, correct and sign (Directive (EU) 2019/1937, Art. 18(3))',
        uk: 'Точні протоколи повідомлень, зроблених телефоном без запису, які викривач може перевірити, виправити й підписати (ст. 18(3) Директиви (ЄС) 2019/1937)',
        bg: 'Точни протоколи на сигнали, подадени по телефона без запис, които сигнализиращото лице може да провери, поправи и подпише (чл. 18, пар. 3 от Директива (ЕС) 2019/1937)',
        sl: 'Natančni zapisniki prijav, podanih po telefonu brez snemanja, ki jih prijavitelj lahko preveri, popravi in podpiše (člen 18(3) Direktive (EU) 2019/1937)',
      },
    },
    {
      name: {
        en: 'Follow-up records (assessment, interviews, findings, measures taken, feedback given)',
        uk: 'Записи про подальші дії (оцінка, співбесіди, висновки, вжиті заходи, наданий зворотний зв’язок)',
        bg: 'Документиране на последващите действия (оценка, разговори, констатации, предприети мерки, предоставена обратна информация)',
        sl: 'Zapisi o nadaljnjem ukrepanju (ocena, razgovori, ugotovitve, sprejeti ukrepi, dane povratne informacije)',
      },
    },
    {
      name: {
        en: 'Special categories of data a report may reveal (e.g. health or sex life in a harassment report, religious or political beliefs, trade union membership)',
        uk: 'Особливі категорії даних, які може розкрити повідомлення (наприклад, здоров’я чи статеве життя в повідомленні про домагання, переконання, членство в профспілці)',
        bg: 'Специални категории данни, които сигналът може да разкрие (например здравословно състояние или сексуален живот при сигнал за тормоз, убеждения, членство в синдикат)',
        sl: 'Posebne vrste osebnih podatkov, ki jih lahko razkrije prijava (npr. zdravje ali spolno življenje pri prijavi nadlegovanja, prepričanja, članstvo v sindikatu)',
      },
      special: true,
    },
    {
      name: {
        en: 'Data relating to criminal offences alleged in a report (Art. 10 GDPR)',
        uk: 'Дані щодо кримінальних правопорушень, про які йдеться в повідомленні (ст. 10 GDPR)',
        bg: 'Данни, свързани с престъпления, посочени в сигнала (чл. 10 от ОРЗД)',
        sl: 'Podatki v zvezi s kaznivimi dejanji, navedenimi v prijavi (člen 10 GDPR)',
      },
    },
  ],
  recipients: [
    {
      en: 'Competent authorities to which a matter is referred or which request information (law enforcement, prosecutors, regulators)',
      uk: 'Компетентні органи, яким передано справу або які запитують інформацію (правоохоронні органи, прокуратура, регуляторні органи)',
      bg: 'Компетентните органи, към които е препратен случаят или които изискват информация (правоприлагащи органи, прокуратура, регулаторни органи)',
      sl: 'Pristojni organi, ki jim je zadeva odstopljena ali ki zahtevajo informacije (organi kazenskega pregona, tožilstvo, regulativni organi)',
    },
    {
      en: 'Courts, in proceedings arising from a report',
      uk: 'Суди — у провадженнях, що випливають із повідомлення',
      bg: 'Съдилищата — в производства, произтичащи от сигнала',
      sl: 'Sodišča v postopkih, ki izhajajo iz prijave',
    },
    {
      en: 'Legal advisers engaged in the follow-up',
      uk: 'Юридичні радники, залучені до подальших дій',
      bg: 'Правни консултанти, ангажирани с последващите действия',
      sl: 'Pravni svetovalci, vključeni v nadaljnje ukrepanje',
    },
  ],
  sources: [
    {
      en: 'The reporting persons',
      uk: 'Викривачі',
      bg: 'Сигнализиращите лица',
      sl: 'Prijavitelji',
    },
    {
      en: 'Witnesses and other persons heard in the follow-up',
      uk: 'Свідки та інші особи, опитані під час подальших дій',
      bg: 'Свидетели и други лица, изслушани при последващите действия',
      sl: 'Priče in druge osebe, zaslišane v nadaljnjem postopku',
    },
    {
      en: 'The organisation’s own documents and records examined in the follow-up',
      uk: 'Власні документи та записи організації, досліджені під час подальших дій',
      bg: 'Собствените документи и записи на организацията, проверени при последващите действия',
      sl: 'Lastni dokumenti in zapisi organizacije, pregledani v nadaljnjem postopku',
    },
  ],
  retention: {
    criterion: {
      en: 'Until the report is closed, then no longer than necessary and proportionate to meet the obligations of the whistleblowing law and to see through any proceedings that follow; data manifestly not relevant to a report are deleted without undue delay',
      uk: 'До закриття повідомлення, а після цього — не довше, ніж це необхідно й пропорційно для виконання обов’язків за законодавством про захист викривачів і завершення будь-яких подальших проваджень; дані, які явно не стосуються повідомлення, видаляються без невиправданої затримки',
      bg: 'До приключване на работата по сигнала, а след това — не по-дълго, отколкото е необходимо и пропорционално за изпълнение на задълженията по закона за защита на сигнализиращите лица и за приключване на последващите производства; данните, които явно не са свързани със сигнала, се изтриват без ненужно забавяне',
      sl: 'Do zaključka obravnave prijave, nato ne dlje, kot je potrebno in sorazmerno za izpolnitev obveznosti po zakonu o zaščiti prijaviteljev in za zaključek morebitnih nadaljnjih postopkov; podatki, ki očitno niso pomembni za prijavo, se izbrišejo brez nepotrebnega odlašanja',
    },
    note: {
      en: 'Directive (EU) 2019/1937 sets no period: Art. 18 allows records no longer than necessary and proportionate, and Art. 17 requires data manifestly not relevant to be deleted. Some national laws set one (for example Germany: 3 years after the procedure ends, Hinweisgeberschutzgesetz § 11(5)). Enter the period your country’s transposing law sets.',
      uk: 'Директива (ЄС) 2019/1937 не встановлює строку: ст. 18 дозволяє зберігати записи не довше, ніж це необхідно й пропорційно, а ст. 17 вимагає видаляти дані, які явно не стосуються повідомлення. Деякі національні закони строк встановлюють (наприклад, Німеччина: 3 роки після завершення процедури, Hinweisgeberschutzgesetz, § 11(5)). Зазначте строк, встановлений законом вашої країни, що транспонує Директиву.',
      bg: 'Директива (ЕС) 2019/1937 не определя срок: чл. 18 допуска документацията да се съхранява не по-дълго, отколкото е необходимо и пропорционално, а чл. 17 изисква данните, които явно не са относими, да се изтриват. Някои национални закони определят срок (например Германия: 3 години след приключване на процедурата, Hinweisgeberschutzgesetz, § 11, ал. 5). Посочете срока, определен от закона на вашата държава, с който се транспонира директивата.',
      sl: 'Direktiva (EU) 2019/1937 roka ne določa: člen 18 dopušča hrambo evidenc le toliko časa, kot je potrebno in sorazmerno, člen 17 pa zahteva izbris podatkov, ki očitno niso pomembni. Nekateri nacionalni zakoni rok določajo (na primer Nemčija: 3 leta po zaključku postopka, Hinweisgeberschutzgesetz, § 11(5)). Vpišite rok, ki ga določa zakon vaše države, ki prenaša direktivo.',
    },
  },
  securityMeasures: [
    {
      en: 'The channel designed so that only the designated, impartial persons can see reports, not other staff, management or IT administrators',
      uk: 'Канал побудовано так, що повідомлення бачать лише призначені неупереджені особи, а не інші працівники, керівництво чи адміністратори ІТ',
      bg: 'Каналът е изграден така, че сигналите да са достъпни само за определените безпристрастни лица, но не и за други служители, ръководството или ИТ администраторите',
      sl: 'Pot za prijavo je zasnovana tako, da prijave vidijo le določene nepristranske osebe, ne pa drugi zaposleni, vodstvo ali skrbniki informacijskih sistemov',
    },
    {
      en: 'The reporting person’s identity disclosed to no one beyond the designated persons without their explicit consent, except where Union or national law requires it in investigations or judicial proceedings',
      uk: 'Особа викривача не розкривається нікому, крім призначених осіб, без його явної згоди, за винятком випадків, коли цього вимагає право Союзу чи національне законодавство в межах розслідувань або судових проваджень',
      bg: 'Самоличността на сигнализиращото лице не се разкрива на никого извън определените лица без изричното му съгласие, освен когато правото на Съюза или националното право го изисква в рамките на разследване или съдебно производство',
      sl: 'Identiteta prijavitelja je znana le določenim osebam; drugim se brez njegove izrecne privolitve razkrije le, kadar to v okviru preiskav ali sodnih postopkov zahteva pravo Unije ali nacionalno pravo',
    },
    {
      en: 'Reports received through an encrypted platform or a dedicated mailbox and telephone line, and kept apart from personnel files and other systems, with every access logged',
      uk: 'Повідомлення надходять через зашифровану платформу або окрему поштову скриньку й телефонну лінію та зберігаються окремо від особових справ та інших систем, а кожен доступ до них журналюється',
      bg: 'Сигналите се приемат чрез криптирана платформа или отделна пощенска кутия и телефонна линия и се съхраняват отделно от личните досиета и другите системи, като всеки достъп се регистрира',
      sl: 'Prijave se sprejemajo prek šifrirane platforme ali posebnega e-poštnega predala in telefonske linije ter se hranijo ločeno od kadrovskih evidenc in drugih sistemov, pri čemer se vsak dostop beleži',
    },
    {
      en: 'Designated persons bound by confidentiality and trained',
      uk: 'Призначені особи зобов’язані дотримуватися конфіденційності та пройшли навчання',
      bg: 'Определените лица са обвързани със задължение за поверителност и са обучени',
      sl: 'Določene osebe so zavezane k zaupnosti in usposobljene',
    },
    {
      en: 'Data manifestly not relevant deleted promptly; closed cases deleted or anonymised when their retention ends',
      uk: 'Дані, які явно не стосуються справи, оперативно видаляються; закриті справи видаляються або знеособлюються після закінчення строку зберігання',
      bg: 'Данните, които явно не са относими, се изтриват своевременно; приключените случаи се изтриват или анонимизират след изтичане на срока за съхранение',
      sl: 'Podatki, ki očitno niso pomembni, se nemudoma izbrišejo; zaključene zadeve se po izteku roka hrambe izbrišejo ali anonimizirajo',
    },
  ],
  dpia: {
    required: true,
    reason: {
      en: 'Reports may reveal special-category and criminal-offence data about people who depend on the organisation and may face measures because of them, while the reporting person’s identity must stay secret (WP248 criteria 4 and 7). Whistleblowing schemes are on national DPIA lists, for example the CNIL’s (France, deliberation 2018-327: processing for managing professional alerts and reports).',
      uk: 'Повідомлення можуть розкривати дані особливих категорій і дані щодо кримінальних правопорушень про осіб, які залежать від організації та можуть зазнати заходів через них, тоді як особа викривача має залишатися таємною (критерії 4 і 7 настанов WP248). Системи повідомлення про порушення включено до національних переліків операцій, що потребують оцінки впливу, наприклад до переліку CNIL (Франція, рішення 2018-327: обробка для управління професійними сигналами та повідомленнями).',
      bg: 'Сигналите могат да разкрият специални категории данни и данни, свързани с престъпления, за лица, които зависят от организацията и могат да бъдат засегнати от мерки заради тях, докато самоличността на сигнализиращото лице трябва да остане тайна (критерии 4 и 7 от насоките WP248). Системите за подаване на сигнали са включени в националните списъци на операциите, за които се изисква оценка на въздействието, например в този на CNIL (Франция, решение 2018-327: обработване за управление на професионални сигнали и съобщения).',
      sl: 'Prijave lahko razkrijejo posebne vrste osebnih podatkov in podatke v zvezi s kaznivimi dejanji o osebah, ki so odvisne od organizacije in so lahko zaradi njih deležne ukrepov, identiteta prijavitelja pa mora ostati tajna (merili 4 in 7 smernic WP248). Sistemi za prijavo kršitev so na nacionalnih seznamih dejanj obdelave, za katera je ocena učinka obvezna, na primer na seznamu CNIL (Francija, sklep 2018-327: obdelava za upravljanje poklicnih opozoril in prijav).',
    },
  },
  // Reporting persons include people outside the organisation (contractors' and suppliers' staff, job applicants), who
  // learn of the channel and of how their data are handled from public information.
  public: true,
};
