// Supplier and partner contacts: the people a supplier, service provider or partner designates are contacted in the
// organisation's legitimate interest in running the relationship (Art. 6(1)(f)); a supplier who is a natural person
// (a sole trader) is a party to the contract (6(1)(b)); invoices are kept under VAT and accounting law (6(1)(c)). The
// VAT Directive leaves the period for keeping invoices to the Member States (Art. 247): the retention is a criterion.
import type { ActivityTemplate } from '../activity-template.ts';

export const supplierAndPartnerContacts: ActivityTemplate = {
  id: 'supplier-and-partner-contacts',
  name: {
    en: 'Supplier and partner contacts',
    uk: 'Контактні особи постачальників і партнерів',
    bg: 'Лица за контакт при доставчици и партньори',
    sl: 'Kontaktne osebe dobaviteljev in partnerjev',
  },
  description: {
    en: 'Managing the organisation’s relationships with its suppliers, service providers and business partners: the contact persons they designate, the sole traders it works with, orders, contracts, invoices and payments.',
    uk: 'Управління відносинами організації з її постачальниками, надавачами послуг і діловими партнерами: визначені ними контактні особи, фізичні особи — підприємці, з якими вона співпрацює, замовлення, договори, рахунки та платежі.',
    bg: 'Управление на отношенията на организацията с нейните доставчици, доставчици на услуги и бизнес партньори: определените от тях лица за контакт, едноличните търговци и самонаетите лица, с които тя работи, поръчки, договори, фактури и плащания.',
    sl: 'Upravljanje poslovnih razmerij organizacije z dobavitelji, ponudniki storitev in poslovnimi partnerji: kontaktne osebe, ki jih ti določijo, samostojni podjetniki, s katerimi sodeluje, naročila, pogodbe, računi in plačila.',
  },
  purposes: [
    {
      en: 'Requesting and comparing offers and selecting suppliers',
      uk: 'Запит і порівняння пропозицій та вибір постачальників',
      bg: 'Искане и сравняване на оферти и избор на доставчици',
      sl: 'Pridobivanje in primerjava ponudb ter izbira dobaviteljev',
    },
    {
      en: 'Managing the relationship: orders, contracts, deliveries and correspondence',
      uk: 'Управління відносинами: замовлення, договори, поставки та листування',
      bg: 'Управление на отношенията: поръчки, договори, доставки и кореспонденция',
      sl: 'Upravljanje razmerja: naročila, pogodbe, dobave in korespondenca',
    },
    {
      en: 'Receiving and paying invoices and keeping the accounts',
      uk: 'Отримання та оплата рахунків і ведення бухгалтерського обліку',
      bg: 'Получаване и плащане на фактури и водене на счетоводството',
      sl: 'Prejemanje in plačevanje računov ter vodenje računovodstva',
    },
    {
      en: 'Keeping contracts and correspondence as proof, and establishing, exercising or defending legal claims',
      uk: 'Зберігання договорів і листування як доказів, встановлення, здійснення або захист правових вимог',
      bg: 'Съхраняване на договори и кореспонденция като доказателство и установяване, упражняване или защита на правни претенции',
      sl: 'Hramba pogodb in korespondence kot dokazila ter uveljavljanje, izvajanje ali obramba pravnih zahtevkov',
    },
  ],
  legalBases: [
    {
      basis: 'legitimate-interests',
      detail: {
        en: 'Running the organisation’s business relationships with suppliers and partners by contacting the people those companies designate, and keeping proof of the dealings',
        uk: 'Підтримання ділових відносин організації з постачальниками й партнерами шляхом контактів з особами, яких ці компанії визначили, і збереження доказів співпраці',
        bg: 'Поддържане на търговските отношения на организацията с доставчици и партньори чрез контакт с лицата, определени от тези дружества, и съхраняване на доказателства за сделките',
        sl: 'Vodenje poslovnih razmerij organizacije z dobavitelji in partnerji prek stikov z osebami, ki jih ta podjetja določijo, in hramba dokazil o poslovanju',
      },
    },
    {
      basis: 'contract',
      detail: {
        en: 'The contract with a supplier or partner who is a natural person (a sole trader or freelancer), or steps taken at their request before entering into it',
        uk: 'Договір із постачальником чи партнером — фізичною особою (фізичною особою — підприємцем або фрилансером) або вжиття на його запит заходів до укладення договору',
        bg: 'Договорът с доставчик или партньор — физическо лице (едноличен търговец или самонаето лице), или предприемане на стъпки по негово искане преди сключването му',
        sl: 'Pogodba z dobaviteljem ali partnerjem, ki je fizična oseba (samostojni podjetnik ali samozaposleni), ali izvedba ukrepov na njegovo zahtevo pred sklenitvijo pogodbe',
      },
    },
    {
      basis: 'legal-obligation',
      detail: {
        en: 'VAT and accounting law: keeping invoices and accounting records (Council Directive 2006/112/EC, Arts. 244 and 247, and the national accounting law)',
        uk: 'Законодавство про ПДВ і бухгалтерський облік: зберігання рахунків-фактур і облікових документів (Директива Ради 2006/112/ЄС, ст. 244 і 247, та національне законодавство про бухгалтерський облік)',
        bg: 'Законодателството за ДДС и счетоводното законодателство: съхраняване на фактурите и счетоводните документи (Директива 2006/112/ЕО на Съвета, чл. 244 и 247, и националното счетоводно законодателство)',
        sl: 'Predpisi o DDV in računovodstvu: hramba računov in računovodskih listin (Direktiva Sveta 2006/112/ES, člena 244 in 247, ter nacionalni predpisi o računovodstvu)',
      },
    },
  ],
  dataSubjects: [
    {
      en: 'Contact persons and representatives of suppliers, service providers and partners',
      uk: 'Контактні особи та представники постачальників, надавачів послуг і партнерів',
      bg: 'Лица за контакт и представители на доставчици, доставчици на услуги и партньори',
      sl: 'Kontaktne osebe in zastopniki dobaviteljev, ponudnikov storitev in partnerjev',
    },
    {
      en: 'Suppliers and partners who are natural persons (sole traders, freelancers)',
      uk: 'Постачальники та партнери — фізичні особи (фізичні особи — підприємці, фрилансери)',
      bg: 'Доставчици и партньори — физически лица (еднолични търговци, самонаети лица)',
      sl: 'Dobavitelji in partnerji, ki so fizične osebe (samostojni podjetniki, samozaposleni)',
    },
  ],
  dataCategories: [
    {
      name: {
        en: 'Professional contact data (name, job title, employer, business e-mail address and telephone number)',
        uk: 'Службові контактні дані (ім’я, посада, роботодавець, службова адреса електронної пошти та номер телефону)',
        bg: 'Служебни данни за контакт (имена, длъжност, работодател, служебен адрес на електронна поща и телефонен номер)',
        sl: 'Poslovni kontaktni podatki (ime, delovno mesto, delodajalec, službeni e-poštni naslov in telefonska številka)',
      },
    },
    {
      name: {
        en: 'Relationship data (offers, orders, contracts, correspondence, meeting notes)',
        uk: 'Дані про співпрацю (пропозиції, замовлення, договори, листування, нотатки зустрічей)',
        bg: 'Данни за отношенията (оферти, поръчки, договори, кореспонденция, бележки от срещи)',
        sl: 'Podatki o poslovnem razmerju (ponudbe, naročila, pogodbe, korespondenca, zapiski sestankov)',
      },
    },
    {
      name: {
        en: 'Invoicing and payment data of sole traders (tax or VAT number, business address, bank account, invoices)',
        uk: 'Дані для виставлення рахунків і платежів фізичних осіб — підприємців (податковий номер або номер платника ПДВ, адреса провадження діяльності, банківський рахунок, рахунки-фактури)',
        bg: 'Данни за фактуриране и плащане на едноличните търговци (данъчен номер или номер по ДДС, адрес на дейността, банкова сметка, фактури)',
        sl: 'Podatki samostojnih podjetnikov za izdajo računov in plačila (davčna ali identifikacijska številka za DDV, poslovni naslov, bančni račun, računi)',
      },
      retention: {
        criterion: {
          en: 'After the end of the financial year they concern, for the period that national VAT and accounting law sets for invoices and accounting records; then deleted',
          uk: 'Після закінчення фінансового року, якого вони стосуються, — протягом строку, встановленого національним законодавством про ПДВ і бухгалтерський облік для рахунків-фактур та облікових документів; потім видаляються',
          bg: 'След края на финансовата година, за която се отнасят — за срока, който националното законодателство за ДДС и счетоводното законодателство определят за фактурите и счетоводните документи; след това се изтриват',
          sl: 'Po koncu poslovnega leta, na katero se nanašajo, za rok, ki ga nacionalni predpisi o DDV in računovodstvu določajo za račune in računovodske listine; nato se izbrišejo',
        },
        note: {
          en: 'The VAT Directive (Art. 247) leaves the period for keeping invoices to each Member State, and accounting laws differ: enter the periods your country’s law sets.',
          uk: 'Директива про ПДВ (ст. 247) залишає визначення строку зберігання рахунків-фактур кожній державі-члену, а закони про бухгалтерський облік різняться: зазначте строки, встановлені законодавством вашої країни.',
          bg: 'Директивата за ДДС (чл. 247) оставя срока за съхраняване на фактурите на всяка държава членка, а счетоводните закони се различават: посочете сроковете, които определя правото на вашата държава.',
          sl: 'Direktiva o DDV (člen 247) rok hrambe računov prepušča posamezni državi članici, predpisi o računovodstvu pa se razlikujejo: vpišite roke, ki jih določajo predpisi vaše države.',
        },
      },
    },
  ],
  recipients: [
    {
      en: 'Banks, for payments',
      uk: 'Банки — для здійснення платежів',
      bg: 'Банки — за извършване на плащания',
      sl: 'Banke za izvedbo plačil',
    },
    {
      en: 'Statutory auditors and the tax authority, at an audit',
      uk: 'Аудитори та податковий орган — під час перевірок',
      bg: 'Регистрирани одитори и данъчната администрация — при одит или проверка',
      sl: 'Revizorji in davčni organ pri reviziji ali nadzoru',
    },
    {
      en: 'Legal advisers and courts, in a dispute',
      uk: 'Юридичні радники та суди — у разі спору',
      bg: 'Правни консултанти и съдилища — при спор',
      sl: 'Pravni svetovalci in sodišča v primeru spora',
    },
  ],
  sources: [
    {
      en: 'The contact persons themselves',
      uk: 'Самі контактні особи',
      bg: 'Самите лица за контакт',
      sl: 'Kontaktne osebe same',
    },
    {
      en: 'The supplier or partner that designates them',
      uk: 'Постачальник чи партнер, який їх визначає',
      bg: 'Доставчикът или партньорът, който ги определя',
      sl: 'Dobavitelj ali partner, ki jih določi',
    },
    {
      en: 'Public business registers, for representatives and sole traders',
      uk: 'Публічні реєстри юридичних осіб і підприємців — щодо представників і фізичних осіб — підприємців',
      bg: 'Публичните търговски регистри — за представителите и едноличните търговци',
      sl: 'Javni poslovni registri za zastopnike in samostojne podjetnike',
    },
  ],
  retention: {
    criterion: {
      en: 'During the business relationship and, after it ends, until claims under the contracts are time-barred; invoices and accounting records for the period VAT and accounting law sets; then deleted',
      uk: 'Протягом ділових відносин, а після їх припинення — до спливу строку позовної давності щодо вимог за договорами; рахунки-фактури та облікові документи — протягом строку, встановленого законодавством про ПДВ і бухгалтерський облік; потім видаляються',
      bg: 'По време на търговските отношения, а след прекратяването им — до изтичане на давностните срокове за претенции по договорите; фактурите и счетоводните документи — за срока, определен от законодателството за ДДС и счетоводното законодателство; след това се изтриват',
      sl: 'Ves čas poslovnega razmerja, po njegovem prenehanju pa do zastaranja zahtevkov iz pogodb; računi in računovodske listine za rok, ki ga določajo predpisi o DDV in računovodstvu; nato se izbrišejo',
    },
    note: {
      en: 'No EU rule sets a period for business contact data. A contact person’s details are removed once the supplier says they no longer act for it, except in the documents kept as proof. Enter the limitation period for contractual claims and the accounting periods under your national law.',
      uk: 'Жодна норма ЄС не встановлює строку зберігання службових контактних даних. Дані контактної особи видаляються, щойно постачальник повідомить, що вона більше не діє від його імені, за винятком документів, що зберігаються як докази. Зазначте строк позовної давності для договірних вимог і строки зберігання облікових документів за вашим національним законодавством.',
      bg: 'Нито една норма на ЕС не определя срок за служебните данни за контакт. Данните на лице за контакт се заличават, щом доставчикът съобщи, че то вече не действа от негово име, освен в документите, съхранявани като доказателство. Посочете давностния срок за договорни претенции и сроковете за счетоводните документи по вашето национално право.',
      sl: 'Roka hrambe poslovnih kontaktnih podatkov ne določa nobeno pravilo EU. Podatki kontaktne osebe se izbrišejo, ko dobavitelj sporoči, da ta zanj ne deluje več, razen v listinah, ki se hranijo kot dokazilo. Vpišite zastaralni rok za pogodbene zahtevke in roke za računovodske listine po vašem nacionalnem pravu.',
    },
  },
  securityMeasures: [
    {
      en: 'Contact and payment data kept in the purchasing and accounting systems, with access by role',
      uk: 'Контактні та платіжні дані зберігаються в системах закупівель і бухгалтерського обліку з доступом відповідно до ролей',
      bg: 'Данните за контакт и за плащане се съхраняват в системите за покупки и за счетоводство с достъп според ролята',
      sl: 'Kontaktni in plačilni podatki se hranijo v sistemih za nabavo in računovodstvo z dostopom glede na vlogo',
    },
    {
      en: 'Changes of bank account details confirmed by calling back a known number before any payment',
      uk: 'Зміни банківських реквізитів підтверджуються зворотним дзвінком на відомий номер до здійснення будь-якого платежу',
      bg: 'Промените в данните за банковата сметка се потвърждават чрез обратно обаждане на известен номер преди всяко плащане',
      sl: 'Spremembe podatkov o bančnem računu se pred vsakim plačilom potrdijo s povratnim klicem na znano številko',
    },
    {
      en: 'Contacts who no longer act for a supplier removed or marked inactive',
      uk: 'Контактні особи, які більше не діють від імені постачальника, видаляються або позначаються як неактивні',
      bg: 'Лицата за контакт, които вече не действат от името на доставчика, се заличават или отбелязват като неактивни',
      sl: 'Kontaktne osebe, ki za dobavitelja ne delujejo več, se izbrišejo ali označijo kot neaktivne',
    },
    {
      en: 'Contracts and invoices accessible only to the staff who manage purchasing and finance',
      uk: 'Договори та рахунки доступні лише працівникам, які відповідають за закупівлі та фінанси',
      bg: 'Договорите и фактурите са достъпни само за служителите, които отговарят за покупките и финансите',
      sl: 'Pogodbe in računi so dostopni le zaposlenim, ki skrbijo za nabavo in finance',
    },
  ],
  dpia: {
    required: false,
    reason: {
      en: 'Professional contact and contract data of business relationships: none of the WP248 criteria is met. The CNIL (France) lists supplier relationship management among the processing for which no DPIA is required (deliberation 2019-118).',
      uk: 'Службові контактні та договірні дані в межах ділових відносин: жоден із критеріїв настанов WP248 не виконується. CNIL (Франція) включила управління відносинами з постачальниками до переліку операцій, для яких оцінка впливу не потрібна (рішення 2019-118).',
      bg: 'Служебни данни за контакт и договорни данни в рамките на търговски отношения: не е изпълнен нито един от критериите на насоките WP248. CNIL (Франция) включва управлението на отношенията с доставчици в списъка на операциите, за които не се изисква оценка на въздействието (решение 2019-118).',
      sl: 'Poslovni kontaktni in pogodbeni podatki v okviru poslovnih razmerij: ni izpolnjeno nobeno merilo smernic WP248. CNIL (Francija) upravljanje odnosov z dobavitelji uvršča na seznam dejanj obdelave, za katera ocena učinka ni potrebna (sklep 2019-118).',
    },
  },
  // Contact persons of suppliers and partners are outside the organisation: the public privacy policy informs them.
  public: true,
};
