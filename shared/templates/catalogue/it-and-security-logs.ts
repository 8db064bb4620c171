// IT and security logs: who accessed the organisation's systems and what they did, kept to secure them. Network and
// information security is a legitimate interest (Recital 49, Art. 6(1)(f)), which is also how logging helps meet the
// security duty of Art. 32 (that duty leaves the measures to the controller and obliges no one to log). Documenting
// breaches (Art. 33(5)) and, for the entities it covers, NIS2 are legal obligations (6(1)(c)). The CNIL's logging
// recommendation sets six months to a year, for application logs only; other logs follow a criterion. Logs used to
// watch staff are another activity, with its own DPIA: the reason says where the line is.
// Public: website visitors and users of online services are in the logs too.
import type { ActivityTemplate, TemplateSource } from '../activity-template.ts';

/** The CNIL's recommendation on logging, which sets the period for application logs. */
const cnilLogging: TemplateSource = {
  authority: 'CNIL (France)',
  reference:
    'Recommandation relative aux modalités de conservation et d’usage des données de journalisation (délibération n° 2021-122 du 14 octobre 2021, Journal officiel of 30 October 2021): application logs kept between 6 months and 1 year',
  url: 'https://www.cnil.fr/fr/la-cnil-publie-une-recommandation-relative-aux-mesures-de-journalisation',
};

/** The period of the organisation's logging policy, for logs no authority sets one for (network, devices, web server). */
const LOGGING_POLICY_PERIOD = {
  en: 'Kept on a rolling basis for the period set in the organisation’s logging policy, and beyond it only while an incident investigation or legal proceedings that need them last',
  uk: 'Зберігаються з поступовим видаленням протягом строку, визначеного політикою журналювання організації, а довше — лише доки триває розслідування інциденту чи судове провадження, для якого вони потрібні',
  bg: 'Съхраняват се с последователно изтриване за срока, определен в политиката на организацията за регистриране на събития, а след него — само докато трае разследване на инцидент или съдебно производство, за което са необходими',
  sl: 'Hranijo se s sprotnim brisanjem za rok, določen v politiki beleženja organizacije, dlje pa le v času preiskave incidenta ali sodnega postopka, za katerega so potrebni',
};

export const itAndSecurityLogs: ActivityTemplate = {
  id: 'it-and-security-logs',
  name: {
    en: 'IT and security logs',
    uk: 'Журнали подій ІТ-систем і безпеки',
    bg: 'Журнали на ИТ системите и журнали за сигурност',
    sl: 'Dnevniki informacijskih sistemov in varnostni dnevniki',
  },
  description: {
    en: 'Recording access to the organisation’s systems, applications and network and the actions taken in them (logins, access to and changes of data, administrative operations, security events), to secure them and to detect and investigate incidents.',
    uk: 'Фіксація доступу до систем, застосунків і мережі організації та дій у них (входи в систему, доступ до даних і їх зміна, адміністративні операції, події безпеки) для забезпечення їхньої безпеки, виявлення та розслідування інцидентів.',
    bg: 'Регистриране на достъпа до системите, приложенията и мрежата на организацията и на действията в тях (влизания, достъп до данни и промени в тях, администраторски операции, събития, свързани със сигурността), за да се гарантира сигурността им и да се откриват и разследват инциденти.',
    sl: 'Beleženje dostopov do sistemov, aplikacij in omrežja organizacije ter dejanj v njih (prijave, dostop do podatkov in njihove spremembe, skrbniška opravila, varnostni dogodki) za zagotavljanje njihove varnosti ter odkrivanje in preiskovanje incidentov.',
  },
  purposes: [
    {
      en: 'Tracing access to the organisation’s systems and data and the actions taken in them',
      uk: 'Відстеження доступу до систем і даних організації та дій у них',
      bg: 'Проследяване на достъпа до системите и данните на организацията и на действията в тях',
      sl: 'Sledljivost dostopov do sistemov in podatkov organizacije ter dejanj v njih',
    },
    {
      en: 'Detecting, investigating and responding to security incidents and personal data breaches',
      uk: 'Виявлення, розслідування інцидентів безпеки та порушень захисту персональних даних і реагування на них',
      bg: 'Откриване, разследване и реагиране на инциденти, свързани със сигурността, и на нарушения на сигурността на личните данни',
      sl: 'Odkrivanje in preiskovanje varnostnih incidentov in kršitev varnosti osebnih podatkov ter odzivanje nanje',
    },
    {
      en: 'Keeping systems available and working correctly (error and performance logs)',
      uk: 'Забезпечення доступності та належної роботи систем (журнали помилок і продуктивності)',
      bg: 'Осигуряване на достъпността и правилната работа на системите (журнали за грешки и производителност)',
      sl: 'Zagotavljanje razpoložljivosti in pravilnega delovanja sistemov (dnevniki napak in zmogljivosti)',
    },
    {
      en: 'Proving, in an incident or a dispute, who did what in the systems',
      uk: 'Доведення під час інциденту чи спору, хто і які дії виконував у системах',
      bg: 'Доказване при инцидент или спор кой какво е извършил в системите',
      sl: 'Dokazovanje, kdo je kaj storil v sistemih, ob incidentu ali v sporu',
    },
  ],
  legalBases: [
    {
      basis: 'legitimate-interests',
      detail: {
        en: 'Ensuring the security of the organisation’s network and information systems and preventing and investigating misuse of the data they hold, an interest Recital 49 GDPR recognises',
        uk: 'Забезпечення безпеки мережі та інформаційних систем організації, запобігання зловживанню даними в них і його розслідування — інтерес, який визнає пункт 49 преамбули GDPR',
        bg: 'Гарантиране на сигурността на мрежата и информационните системи на организацията и предотвратяване и разследване на злоупотреби с данните в тях — интерес, признат в съображение 49 от ОРЗД',
        sl: 'Zagotavljanje varnosti omrežja in informacijskih sistemov organizacije ter preprečevanje in preiskovanje zlorab podatkov v njih, kar je interes, ki ga priznava uvodna izjava 49 GDPR',
      },
    },
    {
      basis: 'legal-obligation',
      detail: {
        en: 'Art. 33(5) GDPR (documenting personal data breaches); for essential and important entities, the cybersecurity risk-management measures of Directive (EU) 2022/2555 (NIS2), Art. 21, as transposed nationally',
        uk: 'Ст. 33(5) GDPR (документування порушень захисту персональних даних); для суттєвих і важливих суб’єктів — заходи з управління ризиками кібербезпеки за ст. 21 Директиви (ЄС) 2022/2555 (NIS2), транспонованої до національного законодавства',
        bg: 'Чл. 33, пар. 5 от ОРЗД (документиране на нарушенията на сигурността на личните данни); за съществените и важните субекти — мерките за управление на риска в областта на киберсигурността по чл. 21 от Директива (ЕС) 2022/2555 (Директива МИС 2), както е транспонирана в националното право',
        sl: 'Člen 33(5) GDPR (dokumentiranje kršitev varnosti osebnih podatkov); za bistvene in pomembne subjekte ukrepi za obvladovanje kibernetskih varnostnih tveganj iz člena 21 Direktive (EU) 2022/2555 (direktiva NIS 2), kot je prenesena v nacionalno pravo',
      },
    },
  ],
  dataSubjects: [
    {
      en: 'Employees and other users of the organisation’s systems (contractors, temporary staff)',
      uk: 'Працівники та інші користувачі систем організації (підрядники, тимчасовий персонал)',
      bg: 'Служители и други потребители на системите на организацията (изпълнители, временно наети лица)',
      sl: 'Zaposleni in drugi uporabniki sistemov organizacije (zunanji izvajalci, začasno zaposleni)',
    },
    {
      en: 'Customers and other users of the organisation’s online services',
      uk: 'Клієнти та інші користувачі онлайн-сервісів організації',
      bg: 'Клиенти и други потребители на онлайн услугите на организацията',
      sl: 'Stranke in drugi uporabniki spletnih storitev organizacije',
    },
    {
      en: 'Visitors of the organisation’s website',
      uk: 'Відвідувачі вебсайту організації',
      bg: 'Посетители на уебсайта на организацията',
      sl: 'Obiskovalci spletne strani organizacije',
    },
  ],
  dataCategories: [
    {
      name: {
        en: 'User identifiers (user name, account identifier, role)',
        uk: 'Ідентифікатори користувачів (ім’я користувача, ідентифікатор облікового запису, роль)',
        bg: 'Идентификатори на потребителите (потребителско име, идентификатор на профила, роля)',
        sl: 'Identifikatorji uporabnikov (uporabniško ime, identifikator računa, vloga)',
      },
    },
    {
      name: {
        en: 'Connection data (IP address, device identifier, date and time of login and logout, result of authentication)',
        uk: 'Дані про з’єднання (IP-адреса, ідентифікатор пристрою, дата й час входу та виходу, результат автентифікації)',
        bg: 'Данни за връзката (IP адрес, идентификатор на устройството, дата и час на влизане и излизане, резултат от автентикацията)',
        sl: 'Podatki o povezavi (naslov IP, identifikator naprave, datum in ura prijave in odjave, izid avtentikacije)',
      },
    },
    {
      name: {
        en: 'Application logs: records consulted, created, changed or deleted, and when (not their content)',
        uk: 'Журнали застосунків: які записи переглянуто, створено, змінено чи видалено і коли (без їхнього змісту)',
        bg: 'Журнали на приложенията: кои записи са разгледани, създадени, променени или изтрити и кога (без съдържанието им)',
        sl: 'Dnevniki aplikacij: kateri zapisi so bili pregledani, ustvarjeni, spremenjeni ali izbrisani in kdaj (brez njihove vsebine)',
      },
      retention: {
        period: {
          en: 'Between 6 months and 1 year, on a rolling basis',
          uk: 'Від 6 місяців до 1 року, із поступовим видаленням найстаріших записів',
          bg: 'Между 6 месеца и 1 година, като най-старите записи се изтриват последователно',
          sl: 'Od 6 mesecev do 1 leta, pri čemer se najstarejši zapisi sproti brišejo',
        },
        source: cnilLogging,
      },
    },
    {
      name: {
        en: 'Network and system security events (firewall, intrusion detection and e-mail security alerts: addresses, ports, time, rule triggered)',
        uk: 'Події безпеки мережі та систем (сповіщення міжмережевого екрана, системи виявлення вторгнень і захисту електронної пошти: адреси, порти, час, спрацьоване правило)',
        bg: 'Събития, свързани със сигурността на мрежата и системите (сигнали от защитната стена, откриването на прониквания и защитата на пощата: адреси, портове, час, задействано правило)',
        sl: 'Varnostni dogodki v omrežju in sistemih (opozorila požarnega zidu, sistema za zaznavanje vdorov in zaščite e-pošte: naslovi, vrata, čas, sproženo pravilo)',
      },
      retention: {
        criterion: LOGGING_POLICY_PERIOD,
        note: {
          en: 'The CNIL recommendation covers application logs only, not network and device logs; no source sets a period for those. Decide one (the threat and the time incidents take to be found decide it) and record it in the logging policy.',
          uk: 'Рекомендація CNIL стосується лише журналів застосунків, а не журналів мережевих пристроїв; для них жодне джерело строку не встановлює. Визначте строк (з огляду на загрози та час, потрібний для виявлення інцидентів) і зафіксуйте його в політиці журналювання.',
          bg: 'Препоръката на CNIL обхваща само журналите на приложенията, но не и журналите на мрежовите устройства; за тях нито един източник не определя срок. Определете срок (според заплахите и времето, за което инцидентите се откриват) и го впишете в политиката за регистриране на събития.',
          sl: 'Priporočilo CNIL zajema le dnevnike aplikacij, ne pa dnevnikov omrežnih naprav; zanje roka ne določa noben vir. Rok določite (glede na grožnje in čas, v katerem se incidenti odkrijejo) in ga vpišite v politiko beleženja.',
        },
      },
    },
    {
      name: {
        en: 'Web server access logs (IP address, page requested, date and time, browser)',
        uk: 'Журнали доступу вебсервера (IP-адреса, запитана сторінка, дата й час, браузер)',
        bg: 'Журнали за достъп до уеб сървъра (IP адрес, заявена страница, дата и час, браузър)',
        sl: 'Dnevniki dostopov do spletnega strežnika (naslov IP, zahtevana stran, datum in ura, brskalnik)',
      },
      retention: {
        criterion: LOGGING_POLICY_PERIOD,
        note: {
          en: 'The CNIL recommendation covers application logs only, not web server logs; no source sets a period for these. Decide one and record it in the logging policy.',
          uk: 'Рекомендація CNIL стосується лише журналів застосунків, а не журналів вебсервера; для них жодне джерело строку не встановлює. Визначте строк і зафіксуйте його в політиці журналювання.',
          bg: 'Препоръката на CNIL обхваща само журналите на приложенията, но не и журналите на уеб сървъра; за тях нито един източник не определя срок. Определете срок и го впишете в политиката за регистриране на събития.',
          sl: 'Priporočilo CNIL zajema le dnevnike aplikacij, ne pa dnevnikov spletnega strežnika; zanje roka ne določa noben vir. Rok določite in ga vpišite v politiko beleženja.',
        },
      },
    },
  ],
  recipients: [
    {
      en: 'The supervisory authority, when a personal data breach is notified (Art. 33 GDPR)',
      uk: 'Наглядовий орган — у разі повідомлення про порушення захисту персональних даних (ст. 33 GDPR)',
      bg: 'Надзорният орган — при уведомяване за нарушение на сигурността на личните данни (чл. 33 от ОРЗД)',
      sl: 'Nadzorni organ, kadar je priglašena kršitev varnosti osebnih podatkov (člen 33 GDPR)',
    },
    {
      en: 'The national CSIRT or competent cybersecurity authority, when an incident is reported',
      uk: 'Національна група реагування на інциденти кібербезпеки (CSIRT) або компетентний орган з кібербезпеки — у разі повідомлення про інцидент',
      bg: 'Националният екип за реагиране при инциденти с компютърната сигурност (CSIRT) или компетентният орган по киберсигурност — при докладване на инцидент',
      sl: 'Nacionalna skupina za odzivanje na računalniške varnostne incidente (CSIRT) ali pristojni organ za kibernetsko varnost, kadar je incident prijavljen',
    },
    {
      en: 'Law enforcement authorities, when an offence is reported or on their lawful request',
      uk: 'Правоохоронні органи — у разі повідомлення про правопорушення або на їхній законний запит',
      bg: 'Правоприлагащите органи — при подаден сигнал за престъпление или по тяхно законно искане',
      sl: 'Organi kazenskega pregona, kadar je kaznivo dejanje prijavljeno ali na njihovo zakonito zahtevo',
    },
    {
      en: 'Legal advisers and insurers, in an incident or a dispute',
      uk: 'Юридичні радники та страховики — у разі інциденту чи спору',
      bg: 'Правни консултанти и застрахователи — при инцидент или спор',
      sl: 'Pravni svetovalci in zavarovalnice ob incidentu ali v sporu',
    },
  ],
  retention: {
    period: {
      en: 'Application logs between 6 months and 1 year, on a rolling basis; network, device and web server logs for the period the logging policy sets; logs needed for an incident investigation or legal proceedings until these end',
      uk: 'Журнали застосунків — від 6 місяців до 1 року з поступовим видаленням; журнали мережі, пристроїв і вебсервера — протягом строку, визначеного політикою журналювання; журнали, потрібні для розслідування інциденту чи судового провадження, — до їх завершення',
      bg: 'Журналите на приложенията — между 6 месеца и 1 година с последователно изтриване; журналите на мрежата, устройствата и уеб сървъра — за срока, определен в политиката за регистриране на събития; журналите, необходими за разследване на инцидент или съдебно производство — до приключването им',
      sl: 'Dnevniki aplikacij od 6 mesecev do 1 leta s sprotnim brisanjem; dnevniki omrežja, naprav in spletnega strežnika za rok, ki ga določa politika beleženja; dnevniki, potrebni za preiskavo incidenta ali sodni postopek, do njegovega zaključka',
    },
    source: cnilLogging,
    note: {
      en: 'The period of the French authority’s guidance for application logs; check whether your own supervisory authority or national law sets another. The CNIL accepts longer periods where a legal obligation or a documented risk requires them. Network, device and web server logs follow their own criteria above.',
      uk: 'Це строк із настанов французького органу щодо журналів застосунків; перевірте, чи не встановлює інший строк ваш наглядовий орган або національне законодавство. CNIL допускає довші строки, якщо цього вимагає юридичний обов’язок або задокументований ризик. Для журналів мережевих пристроїв і вебсервера діють окремі критерії, наведені вище.',
      bg: 'Това е срокът от насоките на френския надзорен орган относно журналите на приложенията; проверете дали вашият надзорен орган или националното право не определят друг. CNIL допуска по-дълги срокове, когато това се изисква от законово задължение или документиран риск. За журналите на мрежовите устройства и уеб сървъра се прилагат посочените по-горе отделни критерии.',
      sl: 'To je rok iz smernic francoskega nadzornega organa za dnevnike aplikacij; preverite, ali vaš nadzorni organ ali nacionalni predpisi določajo drugačnega. CNIL dopušča daljše roke, kadar to zahteva zakonska obveznost ali dokumentirano tveganje. Za dnevnike omrežnih naprav in spletnega strežnika veljajo zgoraj navedena posebna merila.',
    },
  },
  securityMeasures: [
    {
      en: 'Logs kept apart from the systems they record, time-stamped and protected against alteration and deletion',
      uk: 'Журнали зберігаються окремо від систем, які вони фіксують, мають позначки часу й захищені від змін і видалення',
      bg: 'Журналите се съхраняват отделно от системите, които регистрират, с времеви печат и със защита срещу промяна и изтриване',
      sl: 'Dnevniki se hranijo ločeno od sistemov, ki jih beležijo, s časovnim žigom in zaščito pred spreminjanjem in brisanjem',
    },
    {
      en: 'Access to logs limited to named IT and security administrators, and their own access logged',
      uk: 'Доступ до журналів мають лише визначені адміністратори ІТ і безпеки, а їхній власний доступ також журналюється',
      bg: 'Достъп до журналите имат само определени администратори по информационни технологии и сигурност, като и техният достъп се регистрира',
      sl: 'Dostop do dnevnikov imajo le določeni skrbniki informacijskih sistemov in varnosti, pri čemer se beležijo tudi njihovi dostopi',
    },
    {
      en: 'Logs used for security only: never to evaluate staff performance or conduct',
      uk: 'Журнали використовуються лише для цілей безпеки й ніколи — для оцінювання роботи чи поведінки працівників',
      bg: 'Журналите се използват само за целите на сигурността и никога за оценяване на работата или поведението на служителите',
      sl: 'Dnevniki se uporabljajo le za varnost, nikoli za ocenjevanje delovne uspešnosti ali ravnanja zaposlenih',
    },
    {
      en: 'Only what security needs is logged: no passwords, no content of records or messages',
      uk: 'Журналюється лише те, що потрібно для безпеки: без паролів, без змісту записів чи повідомлень',
      bg: 'Регистрира се само необходимото за сигурността: без пароли и без съдържание на записи или съобщения',
      sl: 'Beleži se le, kar je potrebno za varnost: brez gesel ter brez vsebine zapisov ali sporočil',
    },
    {
      en: 'Logs deleted automatically at the end of the retention period',
      uk: 'Журнали автоматично видаляються після закінчення строку зберігання',
      bg: 'Журналите се изтриват автоматично след изтичане на срока за съхранение',
      sl: 'Dnevniki se po izteku roka hrambe samodejno izbrišejo',
    },
  ],
  dpia: {
    required: false,
    reason: {
      en: 'Logs kept for security only, with restricted access and not used to evaluate anyone: they record users’ actions systematically (arguably WP248 criterion 3) and users include employees (criterion 7), but logging limited to securing the systems and reviewed only about an incident is not likely to result in a high risk; record this reasoning. A DPIA is required where logs or tools are used to watch staff activity continuously or inspect their web use and messages (data loss prevention, TLS inspection): WP248 criteria 3 and 7, and the CNIL (France) list of processing requiring a DPIA names processing that constantly monitors employees’ activity (deliberation 2018-327).',
      uk: 'Журнали ведуться лише для цілей безпеки, доступ до них обмежено, і вони не використовуються для оцінювання будь-кого: вони систематично фіксують дії користувачів (можливо, критерій 3 настанов WP248), а серед користувачів є працівники (критерій 7), проте журналювання лише для захисту систем із переглядом тільки у зв’язку з інцидентом навряд чи створює високий ризик; задокументуйте це обґрунтування. Оцінка впливу потрібна, якщо журнали чи інструменти використовуються для постійного стеження за діяльністю працівників або перевірки їхнього користування інтернетом і повідомлень (запобігання витокам даних, перевірка TLS-трафіку): критерії 3 і 7 настанов WP248, а перелік CNIL (Франція) операцій, що потребують оцінки впливу, охоплює обробку для постійного моніторингу діяльності працівників (рішення 2018-327).',
      bg: 'Журналите се водят само за целите на сигурността, с ограничен достъп, и не се използват за оценяване на когото и да било: те систематично регистрират действията на потребителите (вероятно критерий 3 от насоките WP248), а сред потребителите има служители (критерий 7), но регистрирането само за защита на системите, с преглед единствено във връзка с инцидент, е малко вероятно да породи висок риск; документирайте тази обосновка. Оценка на въздействието се изисква, ако журналите или инструментите се използват за постоянно проследяване на дейността на служителите или за проверка на използването на интернет и съобщенията им (предотвратяване на изтичане на данни, проверка на TLS трафика): критерии 3 и 7 от насоките WP248, а списъкът на CNIL (Франция) на операциите, за които се изисква оценка на въздействието, включва обработването за постоянно наблюдение на дейността на служителите (решение 2018-327).',
      sl: 'Dnevniki se vodijo le za varnost, z omejenim dostopom, in se ne uporabljajo za ocenjevanje kogar koli: sistematično beležijo dejanja uporabnikov (morda merilo 3 smernic WP248), med uporabniki pa so tudi zaposleni (merilo 7), vendar beleženje zgolj za varovanje sistemov, pri katerem se dnevniki pregledujejo le ob incidentu, verjetno ne povzroči velikega tveganja; to utemeljitev dokumentirajte. Ocena učinka je potrebna, če se dnevniki ali orodja uporabljajo za stalno spremljanje dejavnosti zaposlenih ali pregledovanje njihove uporabe interneta in sporočil (preprečevanje uhajanja podatkov, pregledovanje prometa TLS): merili 3 in 7 smernic WP248, seznam CNIL (Francija) dejanj obdelave, za katera je ocena učinka obvezna, pa zajema obdelavo za stalno spremljanje dejavnosti zaposlenih (sklep 2018-327).',
    },
  },
  // Logs record what the users themselves do in the systems: observed data, collected from them (Art. 13, not Art. 14).
  confirmedNone: ['sources'],
  // Website visitors and users of the online services are in the logs: the public privacy policy informs them.
  public: true,
};
