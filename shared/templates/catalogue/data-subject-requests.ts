// Data subject requests: answering requests under Arts. 15–22 within the time limits of Art. 12(3), verifying the
// requester's identity (Art. 12(6)) and notifying recipients (Art. 19) is a legal obligation (Art. 6(1)(c)); keeping the
// record of requests and answers to show they were answered is the organisation's legitimate interest (6(1)(f)). The
// GDPR sets no period for that record, and no authority's guidance we know of does: the retention is a criterion.
import type { ActivityTemplate } from '../activity-template.ts';

export const dataSubjectRequests: ActivityTemplate = {
  id: 'data-subject-requests',
  name: {
    en: 'Data subject requests',
    uk: 'Запити суб’єктів даних щодо їхніх прав',
    bg: 'Искания на субекти на данни за упражняване на права',
    sl: 'Zahteve posameznikov za uveljavljanje pravic',
  },
  description: {
    en: 'Receiving, verifying and answering requests from people who exercise their rights under the GDPR (access, rectification, erasure, restriction, portability, objection, rights related to automated decisions), and keeping a record of the requests and the answers.',
    uk: 'Отримання, перевірка та виконання запитів осіб, які здійснюють свої права за GDPR (доступ, виправлення, стирання, обмеження обробки, перенесення даних, заперечення, права щодо автоматизованих рішень), і ведення обліку запитів та відповідей на них.',
    bg: 'Приемане, проверка и отговор на искания на лица, които упражняват правата си по ОРЗД (достъп, коригиране, изтриване, ограничаване на обработването, преносимост на данните, възражение, права във връзка с автоматизирани решения), и водене на регистър на исканията и отговорите.',
    sl: 'Sprejemanje, preverjanje in reševanje zahtev oseb, ki uveljavljajo svoje pravice po GDPR (dostop, popravek, izbris, omejitev obdelave, prenosljivost podatkov, ugovor, pravice v zvezi z avtomatiziranimi odločitvami), ter vodenje evidence zahtev in odgovorov.',
  },
  purposes: [
    {
      en: 'Receiving and answering requests to exercise data subject rights within the time limits of Art. 12(3) GDPR',
      uk: 'Отримання запитів щодо здійснення прав суб’єктів даних і відповідь на них у строки, встановлені ст. 12(3) GDPR',
      bg: 'Приемане на искания за упражняване на правата на субектите на данни и отговор на тях в сроковете по чл. 12, пар. 3 от ОРЗД',
      sl: 'Sprejemanje zahtev za uveljavljanje pravic posameznikov in odgovarjanje nanje v rokih iz člena 12(3) GDPR',
    },
    {
      en: 'Verifying the identity of the requester where there are reasonable doubts',
      uk: 'Перевірка особи заявника, якщо є обґрунтовані сумніви',
      bg: 'Проверка на самоличността на лицето, отправило искането, когато има основателни съмнения',
      sl: 'Preverjanje identitete vlagatelja zahteve, kadar obstajajo utemeljeni dvomi',
    },
    {
      en: 'Notifying the recipients of the data of any rectification, erasure or restriction',
      uk: 'Повідомлення одержувачів даних про будь-яке виправлення, стирання чи обмеження обробки',
      bg: 'Уведомяване на получателите на данните за всяко коригиране, изтриване или ограничаване на обработването',
      sl: 'Obveščanje uporabnikov podatkov o vsakem popravku, izbrisu ali omejitvi obdelave',
    },
    {
      en: 'Keeping a record of requests and answers to demonstrate compliance and to answer complaints and claims',
      uk: 'Ведення обліку запитів і відповідей для доведення дотримання вимог і реагування на скарги та вимоги',
      bg: 'Водене на регистър на исканията и отговорите с цел доказване на спазването на изискванията и отговор на жалби и претенции',
      sl: 'Vodenje evidence zahtev in odgovorov za dokazovanje skladnosti ter odzivanje na pritožbe in zahtevke',
    },
  ],
  legalBases: [
    {
      basis: 'legal-obligation',
      detail: {
        en: 'Arts. 12 to 22 GDPR: answering data subjects’ requests within the time limits of Art. 12(3) and verifying identity where in reasonable doubt (Art. 12(6)); Art. 19 GDPR: notifying recipients of rectification, erasure or restriction',
        uk: 'Ст. 12–22 GDPR: відповідь на запити суб’єктів даних у строки, встановлені ст. 12(3), і перевірка особи за наявності обґрунтованих сумнівів (ст. 12(6)); ст. 19 GDPR: повідомлення одержувачів про виправлення, стирання чи обмеження обробки',
        bg: 'Чл. 12–22 от ОРЗД: отговор на исканията на субектите на данни в сроковете по чл. 12, пар. 3 и проверка на самоличността при основателни съмнения (чл. 12, пар. 6); чл. 19 от ОРЗД: уведомяване на получателите за коригиране, изтриване или ограничаване на обработването',
        sl: 'Členi 12 do 22 GDPR: odgovarjanje na zahteve posameznikov v rokih iz člena 12(3) in preverjanje identitete ob utemeljenih dvomih (člen 12(6)); člen 19 GDPR: obveščanje uporabnikov o popravku, izbrisu ali omejitvi obdelave',
      },
    },
    {
      basis: 'legitimate-interests',
      detail: {
        en: 'Keeping the record of requests and answers to show that each request was answered, and to defend the organisation against complaints and claims',
        uk: 'Ведення обліку запитів і відповідей, щоб довести, що на кожен запит надано відповідь, і захистити організацію від скарг і вимог',
        bg: 'Водене на регистър на исканията и отговорите, за да се докаже, че на всяко искане е отговорено, и за защита на организацията срещу жалби и претенции',
        sl: 'Vodenje evidence zahtev in odgovorov za dokaz, da je bil odgovor na vsako zahtevo dan, in za obrambo organizacije pred pritožbami in zahtevki',
      },
    },
  ],
  dataSubjects: [
    {
      en: 'People who exercise their rights (customers, employees, website visitors or anyone whose data the organisation processes)',
      uk: 'Особи, які здійснюють свої права (клієнти, працівники, відвідувачі вебсайту чи будь-хто, чиї дані обробляє організація)',
      bg: 'Лица, които упражняват правата си (клиенти, служители, посетители на уебсайта или всяко лице, чиито данни организацията обработва)',
      sl: 'Osebe, ki uveljavljajo svoje pravice (stranke, zaposleni, obiskovalci spletne strani ali kdor koli, čigar podatke organizacija obdeluje)',
    },
    {
      en: 'People acting on their behalf (representatives, parents or guardians, lawyers)',
      uk: 'Особи, які діють від їхнього імені (представники, батьки чи опікуни, адвокати)',
      bg: 'Лица, които действат от тяхно име (пълномощници, родители или настойници, адвокати)',
      sl: 'Osebe, ki delujejo v njihovem imenu (pooblaščenci, starši ali skrbniki, odvetniki)',
    },
  ],
  dataCategories: [
    {
      name: {
        en: 'Identification and contact data of the requester and of any representative',
        uk: 'Ідентифікаційні та контактні дані заявника та його представника, якщо він є',
        bg: 'Идентификационни данни и данни за контакт на лицето, отправило искането, и на пълномощника му, ако има такъв',
        sl: 'Identifikacijski in kontaktni podatki vlagatelja zahteve in morebitnega pooblaščenca',
      },
    },
    {
      name: {
        en: 'Information used to verify identity (confirmation from the customer account, answers to security questions; a copy of an identity document only where nothing less will do)',
        uk: 'Відомості для перевірки особи (підтвердження з облікового запису клієнта, відповіді на контрольні запитання; копія документа, що посвідчує особу, — лише якщо інакше неможливо)',
        bg: 'Информация за проверка на самоличността (потвърждение чрез клиентския профил, отговори на контролни въпроси; копие от документ за самоличност — само ако няма по-щадящ начин)',
        sl: 'Podatki za preverjanje identitete (potrditev prek uporabniškega računa stranke, odgovori na varnostna vprašanja; kopija osebnega dokumenta le, kadar ni drugega načina)',
      },
      retention: {
        criterion: {
          en: 'Until the identity is verified; then deleted, keeping only the fact and date of the verification',
          uk: 'До завершення перевірки особи; потім видаляються, зберігається лише факт і дата перевірки',
          bg: 'До приключване на проверката на самоличността; след това се изтрива, като се запазват само фактът и датата на проверката',
          sl: 'Do zaključka preverjanja identitete; nato se izbrišejo, ohranita se le podatek o opravljenem preverjanju in njegov datum',
        },
        note: {
          en: 'No source sets a period: Art. 12(6) GDPR allows only the information necessary to confirm identity, and nothing requires keeping it once confirmed.',
          uk: 'Жодне джерело не встановлює строку: ст. 12(6) GDPR дозволяє запитувати лише відомості, необхідні для підтвердження особи, і ніщо не вимагає зберігати їх після підтвердження.',
          bg: 'Нито един източник не определя срок: чл. 12, пар. 6 от ОРЗД допуска само информацията, необходима за потвърждаване на самоличността, и нищо не изисква тя да се съхранява след потвърждаването.',
          sl: 'Roka ne določa noben vir: člen 12(6) GDPR dopušča le podatke, potrebne za potrditev identitete, in nič ne zahteva njihove hrambe po potrditvi.',
        },
      },
    },
    {
      name: {
        en: 'Authority to act for another person (power of attorney, proof of parental responsibility)',
        uk: 'Підтвердження повноважень діяти від імені іншої особи (довіреність, підтвердження батьківських прав)',
        bg: 'Доказателство за представителна власт (пълномощно, доказателство за родителски права)',
        sl: 'Dokazilo o pooblastilu za delovanje v imenu druge osebe (pooblastilo, dokazilo o starševski skrbi)',
      },
    },
    {
      name: {
        en: 'The request, the correspondence about it and the answer given',
        uk: 'Запит, листування щодо нього та надана відповідь',
        bg: 'Искането, кореспонденцията по него и дадения отговор',
        sl: 'Zahteva, korespondenca v zvezi z njo in dani odgovor',
      },
    },
    {
      name: {
        en: 'Handling record (dates received and answered, any extension of the time limit, decision and reasons for a refusal, recipients notified)',
        uk: 'Облік опрацювання (дати отримання та відповіді, продовження строку, якщо було, рішення та причини відмови, повідомлені одержувачі)',
        bg: 'Регистър на обработването (дати на получаване и на отговор, евентуално удължаване на срока, решение и мотиви за отказ, уведомени получатели)',
        sl: 'Evidenca obravnave (datuma prejema in odgovora, morebitno podaljšanje roka, odločitev in razlogi za zavrnitev, obveščeni uporabniki)',
      },
    },
  ],
  recipients: [
    {
      en: 'Recipients to whom the data were disclosed, informed of rectification, erasure or restriction (Art. 19 GDPR)',
      uk: 'Одержувачі, яким було розкрито дані, — повідомлення про виправлення, стирання чи обмеження обробки (ст. 19 GDPR)',
      bg: 'Получателите, на които са били разкрити данните — уведомяване за коригиране, изтриване или ограничаване на обработването (чл. 19 от ОРЗД)',
      sl: 'Uporabniki, ki so jim bili podatki razkriti, obveščeni o popravku, izbrisu ali omejitvi obdelave (člen 19 GDPR)',
    },
    {
      en: 'Another controller, where the data subject asks for their data to be transmitted to it (Art. 20(2) GDPR)',
      uk: 'Інший контролер, якщо суб’єкт даних просить передати йому свої дані (ст. 20(2) GDPR)',
      bg: 'Друг администратор, когато субектът на данните поиска данните му да бъдат прехвърлени на него (чл. 20, пар. 2 от ОРЗД)',
      sl: 'Drug upravljavec, kadar posameznik zahteva, naj se mu njegovi podatki posredujejo (člen 20(2) GDPR)',
    },
    {
      en: 'Joint controllers, where a request concerns processing carried out with them',
      uk: 'Спільні контролери, якщо запит стосується обробки, яка здійснюється разом із ними',
      bg: 'Съвместни администратори, когато искането се отнася до обработване, извършвано съвместно с тях',
      sl: 'Skupni upravljavci, kadar se zahteva nanaša na obdelavo, ki se izvaja skupaj z njimi',
    },
    {
      en: 'The supervisory authority and courts, where the data subject complains or brings a claim',
      uk: 'Наглядовий орган і суди — якщо суб’єкт даних подає скаргу чи позов',
      bg: 'Надзорният орган и съдилищата — когато субектът на данните подаде жалба или предяви иск',
      sl: 'Nadzorni organ in sodišča, kadar posameznik vloži pritožbo ali tožbo',
    },
  ],
  sources: [
    {
      en: 'The requesters themselves, or the people acting on their behalf',
      uk: 'Самі заявники або особи, які діють від їхнього імені',
      bg: 'Самите лица, отправили искането, или лицата, които действат от тяхно име',
      sl: 'Vlagatelji zahtev sami ali osebe, ki delujejo v njihovem imenu',
    },
  ],
  retention: {
    criterion: {
      en: 'Until the request is answered, then until complaints and claims about the answer are time-barred; then deleted. Information used to verify identity only until the identity is verified',
      uk: 'До надання відповіді на запит, далі — до спливу строку давності для скарг і вимог щодо відповіді; потім видаляються. Відомості для перевірки особи — лише до завершення перевірки',
      bg: 'До отговора на искането, след това — до изтичане на давностните срокове за жалби и претенции във връзка с отговора; след това се изтриват. Информацията за проверка на самоличността — само до приключване на проверката',
      sl: 'Do odgovora na zahtevo, nato do zastaranja pritožb in zahtevkov v zvezi z odgovorom; nato se izbrišejo. Podatki za preverjanje identitete le do zaključka preverjanja',
    },
    note: {
      en: 'The GDPR sets no period for the record of requests, and no authority’s guidance we know of does. Enter the limitation period for claims under Arts. 79 and 82 GDPR in your national law, and keep the record no longer.',
      uk: 'GDPR не встановлює строку зберігання обліку запитів, і жодна відома нам настанова наглядового органу також. Зазначте строк позовної давності для вимог за ст. 79 і 82 GDPR відповідно до вашого національного законодавства й не зберігайте облік довше.',
      bg: 'ОРЗД не определя срок за регистъра на исканията, нито пък известните ни насоки на надзорен орган. Посочете давностния срок за претенции по чл. 79 и 82 от ОРЗД съгласно вашето национално право и не съхранявайте регистъра по-дълго.',
      sl: 'GDPR roka hrambe evidence zahtev ne določa, prav tako ga ne določa nobena nam znana smernica nadzornega organa. Vpišite zastaralni rok za zahtevke po členih 79 in 82 GDPR po vašem nacionalnem pravu in evidence ne hranite dlje.',
    },
  },
  securityMeasures: [
    {
      en: 'One procedure and a register of requests with their deadlines, kept by the data protection officer or the person responsible',
      uk: 'Єдина процедура та реєстр запитів із їхніми строками, який веде інспектор із захисту даних або відповідальна особа',
      bg: 'Единна процедура и регистър на исканията със сроковете им, воден от длъжностното лице по защита на данните или от отговорното лице',
      sl: 'Enoten postopek in evidenca zahtev z njihovimi roki, ki jo vodi pooblaščena oseba za varstvo podatkov ali odgovorna oseba',
    },
    {
      en: 'Identity verified in proportion to the data disclosed before anything is released; copies of identity documents not kept after verification',
      uk: 'Особу перевіряють пропорційно до даних, що розкриваються, до надання будь-якої інформації; копії документів, що посвідчують особу, після перевірки не зберігаються',
      bg: 'Самоличността се проверява съразмерно на разкриваните данни, преди да бъде предоставена каквато и да е информация; копията от документи за самоличност не се съхраняват след проверката',
      sl: 'Identiteta se pred razkritjem kakršnih koli podatkov preveri sorazmerno z razkritimi podatki; kopije osebnih dokumentov se po preverjanju ne hranijo',
    },
    {
      en: 'Answers sent securely (encrypted e-mail, a password-protected file or the customer account)',
      uk: 'Відповіді надсилаються захищеним способом (зашифрована електронна пошта, файл, захищений паролем, або обліковий запис клієнта)',
      bg: 'Отговорите се изпращат по сигурен начин (криптирана електронна поща, файл, защитен с парола, или чрез клиентския профил)',
      sl: 'Odgovori se pošiljajo varno (šifrirana e-pošta, z geslom zaščitena datoteka ali uporabniški račun stranke)',
    },
    {
      en: 'Other people’s data removed or redacted from copies provided in answer to access requests',
      uk: 'Дані інших осіб видаляються або знеособлюються в копіях, що надаються у відповідь на запити про доступ',
      bg: 'Данните на други лица се премахват или заличават от копията, предоставяни в отговор на искания за достъп',
      sl: 'Podatki drugih oseb se iz kopij, posredovanih v odgovor na zahteve za dostop, odstranijo ali prekrijejo',
    },
    {
      en: 'Access to the register of requests limited to the staff who handle them',
      uk: 'Доступ до реєстру запитів мають лише працівники, які їх опрацьовують',
      bg: 'Достъп до регистъра на исканията имат само служителите, които ги обработват',
      sl: 'Dostop do evidence zahtev imajo le zaposleni, ki jih obravnavajo',
    },
  ],
  dpia: {
    required: false,
    reason: {
      en: 'Processing the law requires, limited to what answering a request needs: no evaluation, no monitoring, no sensitive data sought, so none of the WP248 criteria is met as a rule.',
      uk: 'Обробка, якої вимагає закон, обмежена тим, що потрібно для відповіді на запит: немає оцінювання, моніторингу, чутливі дані не запитуються, тож, як правило, жоден із критеріїв настанов WP248 не виконується.',
      bg: 'Обработване, изисквано от закона и ограничено до необходимото за отговор на искането: няма оценяване, наблюдение или искане на чувствителни данни, затова по правило не е изпълнен нито един от критериите на насоките WP248.',
      sl: 'Obdelava, ki jo zahteva zakon, omejena na to, kar je potrebno za odgovor na zahtevo: ni ocenjevanja, spremljanja ali zahtevanja občutljivih podatkov, zato praviloma ni izpolnjeno nobeno merilo smernic WP248.',
    },
  },
  // Anyone whose data the organisation processes may make a request: the public privacy policy tells them how.
  public: true,
};
