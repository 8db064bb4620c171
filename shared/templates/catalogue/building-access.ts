// Building access control with badges or codes: legitimate interests (Art. 6(1)(f)) in securing the premises. No
// biometrics: a fingerprint or face reader would process Art. 9 data and need its own condition and a DPIA. Counting
// working time from the same badge events is another purpose, for its own record.
import type { ActivityTemplate } from '../activity-template.ts';

export const buildingAccess: ActivityTemplate = {
  id: 'building-access',
  name: { en: 'Building access control', uk: 'Контроль доступу до приміщень', bg: 'Контрол на достъпа до сградата', sl: 'Nadzor dostopa do prostorov' },
  description: {
    en: 'Issuing access badges, controlling who enters the premises and restricted areas, and registering visitors. No biometrics.',
    uk: 'Видача перепусток, контроль того, хто входить до приміщень і зон з обмеженим доступом, і реєстрація відвідувачів. Без біометрії.',
    bg: 'Издаване на карти за достъп, контрол на влизането в помещенията и в зоните с ограничен достъп и регистриране на посетителите. Без биометрия.',
    sl: 'Izdaja kartic za dostop, nadzor nad tem, kdo vstopa v prostore in varovana območja, ter evidentiranje obiskovalcev. Brez biometrije.',
  },
  purposes: [
    {
      en: 'Letting only authorised people into the premises and restricted areas',
      uk: 'Допуск до приміщень і зон з обмеженим доступом лише уповноважених осіб',
      bg: 'Допускане в помещенията и в зоните с ограничен достъп само на оправомощени лица',
      sl: 'Omogočanje vstopa v prostore in varovana območja le pooblaščenim osebam',
    },
    {
      en: 'Issuing, managing and withdrawing access badges',
      uk: 'Видача, облік і анулювання перепусток',
      bg: 'Издаване, управление и отнемане на карти за достъп',
      sl: 'Izdaja, upravljanje in preklic kartic za dostop',
    },
    {
      en: 'Registering visitors and their hosts',
      uk: 'Реєстрація відвідувачів і працівників, які їх приймають',
      bg: 'Регистриране на посетителите и на служителите, които ги посрещат',
      sl: 'Evidentiranje obiskovalcev in zaposlenih, ki jih sprejmejo',
    },
    {
      en: 'Investigating security incidents',
      uk: 'Розслідування інцидентів безпеки',
      bg: 'Разследване на инциденти със сигурността',
      sl: 'Preiskovanje varnostnih incidentov',
    },
  ],
  legalBases: [
    {
      basis: 'legitimate-interests',
      detail: {
        en: 'Protecting the premises, the people in them and the organisation’s property and information by letting in only authorised people, and investigating security incidents',
        uk: 'Захист приміщень, людей у них, а також майна й інформації організації шляхом допуску лише уповноважених осіб і розслідування інцидентів безпеки',
        bg: 'Защита на помещенията, хората в тях и имуществото и информацията на организацията чрез допускане само на оправомощени лица и разследване на инциденти със сигурността',
        sl: 'Zaščita prostorov, oseb v njih ter premoženja in informacij organizacije z omogočanjem vstopa le pooblaščenim osebam in preiskovanjem varnostnih incidentov',
      },
    },
  ],
  dataSubjects: [
    { en: 'Employees', uk: 'Працівники', bg: 'Служители', sl: 'Zaposleni' },
    {
      en: 'Contractors and temporary staff',
      uk: 'Підрядники та тимчасовий персонал',
      bg: 'Външни изпълнители и временен персонал',
      sl: 'Zunanji izvajalci in začasno osebje',
    },
    { en: 'Visitors', uk: 'Відвідувачі', bg: 'Посетители', sl: 'Obiskovalci' },
  ],
  dataCategories: [
    {
      name: {
        en: 'Badge holder’s identification (name, organisation, photo on the badge)',
        uk: 'Ідентифікаційні дані власника перепустки (ім’я, організація, фото на перепустці)',
        bg: 'Идентификационни данни на притежателя на картата (имена, организация, снимка върху картата)',
        sl: 'Identifikacijski podatki imetnika kartice (ime, organizacija, fotografija na kartici)',
      },
    },
    {
      name: {
        en: 'Badge number, validity and access rights (areas, hours)',
        uk: 'Номер перепустки, строк дії та права доступу (зони, години)',
        bg: 'Номер на картата, валидност и права на достъп (зони, часове)',
        sl: 'Številka kartice, veljavnost in pravice dostopa (območja, ure)',
      },
    },
    {
      name: {
        en: 'Access events (door, date and time, access granted or refused)',
        uk: 'Події доступу (двері, дата й час, доступ надано чи відмовлено)',
        bg: 'Събития по достъпа (врата, дата и час, разрешен или отказан достъп)',
        sl: 'Dogodki dostopa (vrata, datum in čas, dostop odobren ali zavrnjen)',
      },
    },
    {
      name: {
        en: 'Visitor log (name, organisation, host, arrival and departure times)',
        uk: 'Журнал відвідувачів (ім’я, організація, працівник, який приймає, час прибуття та вибуття)',
        bg: 'Дневник на посетителите (имена, организация, посрещащ служител, час на пристигане и напускане)',
        sl: 'Evidenca obiskovalcev (ime, organizacija, gostitelj, čas prihoda in odhoda)',
      },
    },
  ],
  recipients: [
    {
      en: 'The police, on request about a security incident',
      uk: 'Поліція — на запит щодо інциденту безпеки',
      bg: 'Полицията — при искане във връзка с инцидент със сигурността',
      sl: 'Policija na zahtevo v zvezi z varnostnim incidentom',
    },
  ],
  sources: [
    { en: 'The people themselves', uk: 'Самі особи', bg: 'Самите лица', sl: 'Osebe same' },
    {
      en: 'The employees who invite visitors',
      uk: 'Працівники, які запрошують відвідувачів',
      bg: 'Служителите, които канят посетители',
      sl: 'Zaposleni, ki povabijo obiskovalce',
    },
    {
      en: 'HR (people who join and leave)',
      uk: 'Кадрова служба (прийняття та звільнення працівників)',
      bg: 'Отдел „Човешки ресурси“ (постъпващи и напускащи служители)',
      sl: 'Kadrovska služba (prihodi in odhodi zaposlenih)',
    },
  ],
  retention: {
    period: {
      en: 'Access events and visitor log: 3 months from the event; badge data and access rights: until the access right ends (badge returned or deactivated)',
      uk: 'Події доступу та журнал відвідувачів — 3 місяці з моменту події; дані перепустки та права доступу — до припинення права доступу (повернення або деактивації перепустки)',
      bg: 'Събитията по достъпа и дневникът на посетителите — 3 месеца от събитието; данните за картата и правата на достъп — до прекратяване на правото на достъп (връщане или деактивиране на картата)',
      sl: 'Dogodki dostopa in evidenca obiskovalcev: 3 mesece od dogodka; podatki o kartici in pravice dostopa: do prenehanja pravice dostopa (vrnitev ali deaktivacija kartice)',
    },
    source: {
      authority: 'CNIL (France)',
      reference:
        'Fiche « L’accès aux locaux et le contrôle des horaires sur le lieu de travail » (successor to norme simplifiée n° 42, délibération n° 2002-001 du 8 janvier 2002): access logs deleted 3 months after they are recorded',
    },
    note: {
      en: 'The CNIL’s simplified norms lost their legal force when the GDPR began to apply (25 May 2018); the CNIL’s current example notice for badge access still gives 3 months. Check your own authority’s guidance.',
      uk: 'Спрощені норми CNIL втратили юридичну силу, коли почав застосовуватися GDPR (25 травня 2018 р.); у чинному зразку повідомлення CNIL про доступ за перепустками досі зазначено 3 місяці. Перевірте настанови вашого наглядового органу.',
      bg: 'Опростените норми на CNIL загубиха правната си сила с началото на прилагането на ОРЗД (25 май 2018 г.); в действащия образец на CNIL за уведомление при достъп с карти все още е посочен срок от 3 месеца. Проверете насоките на вашия надзорен орган.',
      sl: 'Poenostavljene norme CNIL so izgubile pravno veljavo, ko se je začela uporabljati Splošna uredba (25. maja 2018); v veljavnem vzorcu obvestila CNIL za dostop s karticami je še vedno naveden rok 3 mesecev. Preverite smernice svojega nadzornega organa.',
    },
  },
  securityMeasures: [
    {
      en: 'No biometrics: badges or codes only',
      uk: 'Без біометрії: лише перепустки або коди',
      bg: 'Без биометрия: само карти или кодове',
      sl: 'Brez biometrije: le kartice ali kode',
    },
    {
      en: 'Access event logs viewed only by security staff, and only about an incident',
      uk: 'Журнали подій доступу переглядає лише служба безпеки й лише у зв’язку з інцидентом',
      bg: 'Дневниците на събитията по достъпа се преглеждат само от служителите по сигурността и само във връзка с инцидент',
      sl: 'Dnevnike dogodkov dostopa pregleduje le varnostno osebje in le v zvezi z incidentom',
    },
    {
      en: 'Events and visitor entries deleted automatically after 3 months',
      uk: 'Події та записи про відвідувачів автоматично видаляються через 3 місяці',
      bg: 'Събитията и записите за посетители се изтриват автоматично след 3 месеца',
      sl: 'Dogodki in vpisi obiskovalcev se po 3 mesecih samodejno izbrišejo',
    },
    {
      en: 'Badges deactivated at once when lost or when their holder leaves',
      uk: 'Перепустки негайно деактивуються в разі втрати або коли їхній власник залишає організацію',
      bg: 'Картите се деактивират незабавно при загуба или при напускане на притежателя им',
      sl: 'Kartice se ob izgubi ali odhodu imetnika takoj deaktivirajo',
    },
    {
      en: 'Visitor log kept out of sight of other visitors',
      uk: 'Журнал відвідувачів недоступний для огляду іншим відвідувачам',
      bg: 'Дневникът на посетителите не е видим за другите посетители',
      sl: 'Evidenca obiskovalcev ni na vpogled drugim obiskovalcem',
    },
  ],
  dpia: {
    required: false,
    reason: {
      en: 'None of the Art. 35(3) cases, and no biometrics: the CNIL (France) list of processing needing no DPIA (deliberation 2019-118) names physical access control without biometric devices. Reassess if biometrics are added (Art. 9 data) or if access logs are used to check on staff.',
      uk: 'Жоден із випадків ст. 35(3) не застосовується, біометрія не використовується: перелік CNIL (Франція) операцій, для яких оцінка впливу не потрібна (рішення 2019-118), охоплює контроль фізичного доступу без біометричних пристроїв. Перегляньте оцінку, якщо буде запроваджено біометрію (дані за ст. 9) або журнали доступу використовуватимуться для контролю працівників.',
      bg: 'Не е налице нито един от случаите по чл. 35, пар. 3 от ОРЗД и не се използва биометрия: списъкът на CNIL (Франция) с операциите, за които не се изисква оценка на въздействието (решение 2019-118), включва контрола на физическия достъп без биометрични устройства. Преразгледайте оценката, ако се въведе биометрия (данни по чл. 9 от ОРЗД) или ако дневниците на достъпа се използват за проверка на служителите.',
      sl: 'Ne gre za noben primer iz člena 35(3) in biometrija se ne uporablja: seznam CNIL (Francija) dejanj obdelave, za katera ocena učinka ni potrebna (sklep 2019-118), zajema nadzor fizičnega dostopa brez biometričnih naprav. Oceno ponovite, če se uvede biometrija (podatki iz člena 9) ali če se dnevniki dostopa uporabljajo za preverjanje zaposlenih.',
    },
  },
  // Visitors are members of the public: the privacy policy tells them, behind the notice at reception.
  public: true,
};
