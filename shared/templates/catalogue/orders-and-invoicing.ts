// Orders and invoicing: the sales contract (Art. 6(1)(b)), accounting, tax and consumer law (6(1)(c)), and recovering
// debts or defending claims (6(1)(f)). EU law leaves the period for keeping invoices to each Member State (VAT
// Directive, Art. 247(1)): the retention is a criterion, with an example of a national period.
import type { ActivityTemplate } from '../activity-template.ts';

export const ordersAndInvoicing: ActivityTemplate = {
  id: 'orders-and-invoicing',
  name: { en: 'Orders and invoicing', uk: 'Замовлення та виставлення рахунків', bg: 'Поръчки и фактуриране', sl: 'Naročila in izdajanje računov' },
  description: {
    en: 'Taking and fulfilling customers’ orders, delivering them, invoicing and collecting payment, handling returns and warranty claims, and keeping the accounting records the law requires.',
    uk: 'Прийняття й виконання замовлень клієнтів, доставка, виставлення рахунків і отримання оплати, обробка повернень і гарантійних вимог, а також ведення бухгалтерських документів, яких вимагає закон.',
    bg: 'Приемане и изпълнение на поръчките на клиентите, доставка, фактуриране и събиране на плащанията, обработка на връщания и гаранционни претенции, както и съхраняване на счетоводните документи, изисквани от закона.',
    sl: 'Sprejemanje in izvajanje naročil strank, dostava, izdajanje računov in pobiranje plačil, obravnava vračil in garancijskih zahtevkov ter hramba računovodskih listin, ki jih zahteva zakon.',
  },
  purposes: [
    {
      en: 'Taking, confirming and fulfilling orders',
      uk: 'Прийняття, підтвердження та виконання замовлень',
      bg: 'Приемане, потвърждаване и изпълнение на поръчки',
      sl: 'Sprejemanje, potrjevanje in izvajanje naročil',
    },
    {
      en: 'Delivering goods and services',
      uk: 'Доставка товарів і надання послуг',
      bg: 'Доставка на стоки и предоставяне на услуги',
      sl: 'Dostava blaga in opravljanje storitev',
    },
    {
      en: 'Invoicing, collecting payment and recovering unpaid amounts',
      uk: 'Виставлення рахунків, отримання оплати та стягнення неоплачених сум',
      bg: 'Фактуриране, събиране на плащанията и на неплатените суми',
      sl: 'Izdajanje računov, pobiranje plačil in izterjava neplačanih zneskov',
    },
    {
      en: 'Handling returns, withdrawals and warranty claims',
      uk: 'Обробка повернень, відмов від договору та гарантійних вимог',
      bg: 'Обработка на връщания, откази от договора и гаранционни претенции',
      sl: 'Obravnava vračil, odstopov od pogodbe in garancijskih zahtevkov',
    },
    {
      en: 'Keeping invoices and accounting records as accounting and tax law require',
      uk: 'Зберігання рахунків і бухгалтерських документів відповідно до законодавства про бухгалтерський облік і податкового законодавства',
      bg: 'Съхраняване на фактурите и счетоводните документи съгласно счетоводното и данъчното законодателство',
      sl: 'Hramba računov in računovodskih listin, kot jo zahtevajo računovodski in davčni predpisi',
    },
  ],
  legalBases: [
    {
      basis: 'contract',
      detail: {
        en: 'The sales or service contract with the customer',
        uk: 'Договір купівлі-продажу або про надання послуг, укладений із клієнтом',
        bg: 'Договорът за продажба или за услуга с клиента',
        sl: 'Prodajna pogodba ali pogodba o storitvi s stranko',
      },
    },
    {
      basis: 'legal-obligation',
      detail: {
        en: 'Accounting and tax (VAT) law: issuing invoices and keeping them and the accounting records; consumer law: handling withdrawals and warranty claims',
        uk: 'Законодавство про бухгалтерський облік і податкове законодавство (ПДВ): виставлення рахунків і зберігання їх разом із бухгалтерськими документами; законодавство про захист прав споживачів: розгляд відмов від договору та гарантійних вимог',
        bg: 'Счетоводното и данъчното законодателство (ДДС): издаване на фактури и съхраняването им заедно със счетоводните документи; законодателството за защита на потребителите: отказ от договора и гаранционни претенции',
        sl: 'Računovodski in davčni predpisi (DDV): izdajanje računov ter njihova hramba skupaj z računovodskimi listinami; predpisi o varstvu potrošnikov: obravnava odstopov od pogodbe in garancijskih zahtevkov',
      },
    },
    {
      basis: 'legitimate-interests',
      detail: {
        en: 'Recovering unpaid amounts and establishing or defending legal claims about orders',
        uk: 'Стягнення неоплачених сум і встановлення чи захист правових вимог щодо замовлень',
        bg: 'Събиране на неплатени суми и установяване или защита на правни претенции във връзка с поръчките',
        sl: 'Izterjava neplačanih zneskov ter uveljavljanje ali obramba pravnih zahtevkov v zvezi z naročili',
      },
    },
  ],
  dataSubjects: [
    {
      en: 'Customers (consumers)',
      uk: 'Клієнти — фізичні особи (споживачі)',
      bg: 'Клиенти — физически лица (потребители)',
      sl: 'Stranke – fizične osebe (potrošniki)',
    },
    {
      en: 'Contact persons of business customers',
      uk: 'Контактні особи клієнтів — юридичних осіб',
      bg: 'Лица за контакт на клиенти — юридически лица',
      sl: 'Kontaktne osebe poslovnih strank',
    },
    {
      en: 'People an order is delivered to, where they are not the customer',
      uk: 'Особи, яким доставляють замовлення, якщо це не сам клієнт',
      bg: 'Лица, на които се доставя поръчката, когато не са самият клиент',
      sl: 'Osebe, ki jim je naročilo dostavljeno, kadar to ni stranka sama',
    },
  ],
  dataCategories: [
    {
      name: {
        en: 'Identification and contact data (name, email, phone)',
        uk: 'Ідентифікаційні та контактні дані (ім’я, електронна пошта, телефон)',
        bg: 'Идентификационни данни и данни за контакт (имена, електронна поща, телефон)',
        sl: 'Identifikacijski in kontaktni podatki (ime, e-pošta, telefon)',
      },
    },
    {
      name: {
        en: 'Billing and delivery addresses',
        uk: 'Адреси для рахунків і доставки',
        bg: 'Адреси за фактуриране и доставка',
        sl: 'Naslovi za račun in dostavo',
      },
    },
    {
      name: {
        en: 'Order details (products or services, quantities, prices, dates)',
        uk: 'Дані замовлення (товари чи послуги, кількість, ціни, дати)',
        bg: 'Данни за поръчката (стоки или услуги, количества, цени, дати)',
        sl: 'Podatki o naročilu (blago ali storitve, količine, cene, datumi)',
      },
    },
    {
      name: {
        en: 'Invoices and payment data (payment method, transaction reference, payment status; no full card numbers)',
        uk: 'Рахунки та платіжні дані (спосіб оплати, ідентифікатор транзакції, статус оплати; без повних номерів карток)',
        bg: 'Фактури и данни за плащането (начин на плащане, референтен номер на транзакцията, статус на плащането; без пълните номера на картите)',
        sl: 'Računi in plačilni podatki (način plačila, referenca transakcije, status plačila; brez celotnih številk kartic)',
      },
    },
    {
      name: {
        en: 'VAT number and company details of business customers',
        uk: 'Номер платника ПДВ і реквізити клієнтів — юридичних осіб',
        bg: 'ДДС номер и данни за фирмата на клиентите — юридически лица',
        sl: 'Identifikacijska številka za DDV in podatki o podjetju poslovnih strank',
      },
    },
    {
      name: {
        en: 'Returns, withdrawals, warranty claims and the related correspondence',
        uk: 'Повернення, відмови від договору, гарантійні вимоги та пов’язане листування',
        bg: 'Връщания, откази от договора, гаранционни претенции и свързаната с тях кореспонденция',
        sl: 'Vračila, odstopi od pogodbe, garancijski zahtevki in povezana korespondenca',
      },
    },
    {
      name: {
        en: 'Unpaid amounts, reminders and collection steps',
        uk: 'Неоплачені суми, нагадування та заходи зі стягнення',
        bg: 'Неплатени суми, напомняния и действия по събирането',
        sl: 'Neplačani zneski, opomini in koraki izterjave',
      },
    },
  ],
  recipients: [
    {
      en: 'Carriers and delivery services',
      uk: 'Перевізники та служби доставки',
      bg: 'Превозвачи и куриерски фирми',
      sl: 'Prevozniki in dostavne službe',
    },
    {
      en: 'Payment service providers and banks',
      uk: 'Надавачі платіжних послуг і банки',
      bg: 'Доставчици на платежни услуги и банки',
      sl: 'Ponudniki plačilnih storitev in banke',
    },
    {
      en: 'The tax authority and auditors',
      uk: 'Податковий орган і аудитори',
      bg: 'Данъчната администрация и одиторите',
      sl: 'Davčni organ in revizorji',
    },
    {
      en: 'Debt collection agencies, lawyers and courts, for unpaid invoices',
      uk: 'Колекторські агентства, адвокати та суди — щодо неоплачених рахунків',
      bg: 'Агенции за събиране на вземания, адвокати и съдилища — за неплатени фактури',
      sl: 'Agencije za izterjavo, odvetniki in sodišča za neplačane račune',
    },
  ],
  sources: [
    { en: 'The customers themselves', uk: 'Самі клієнти', bg: 'Самите клиенти', sl: 'Stranke same' },
    {
      en: 'Payment service providers (payment status)',
      uk: 'Надавачі платіжних послуг (статус оплати)',
      bg: 'Доставчиците на платежни услуги (статус на плащането)',
      sl: 'Ponudniki plačilnih storitev (status plačila)',
    },
  ],
  retention: {
    criterion: {
      en: 'Order data: until the order is fulfilled and the periods for withdrawal, returns and warranty claims have ended, then until claims about it are time-barred; invoices and accounting records: for the period accounting and tax law set, counted from the end of the financial year',
      uk: 'Дані замовлення — до виконання замовлення та закінчення строків для відмови від договору, повернення й гарантійних вимог, а потім до спливу позовної давності за вимогами щодо нього; рахунки та бухгалтерські документи — протягом строку, встановленого законодавством про бухгалтерський облік і податковим законодавством, що відраховується від кінця фінансового року',
      bg: 'Данните за поръчката — до изпълнението ѝ и изтичането на сроковете за отказ от договора, връщане и гаранционни претенции, а след това до изтичането на давностния срок за претенции по нея; фактурите и счетоводните документи — за срока, определен от счетоводното и данъчното законодателство, считано от края на финансовата година',
      sl: 'Podatki o naročilu: do izvedbe naročila in izteka rokov za odstop od pogodbe, vračilo in garancijske zahtevke, nato do zastaranja zahtevkov v zvezi z njim; računi in računovodske listine: za rok, ki ga določajo računovodski in davčni predpisi, šteto od konca poslovnega leta',
    },
    note: {
      en: 'No single EU period: the VAT Directive leaves the period for keeping invoices to each Member State (Directive 2006/112/EC, Art. 247(1)), and accounting law sets its own. In France, for example, accounting documents and vouchers are kept for 10 years (Commercial Code, art. L123-22). Enter your country’s periods and limitation period.',
      uk: 'Єдиного строку ЄС немає: Директива про ПДВ залишає строк зберігання рахунків на розсуд кожної держави-члена (Директива 2006/112/ЄС, ст. 247(1)), а законодавство про бухгалтерський облік встановлює власні строки. Наприклад, у Франції бухгалтерські та первинні документи зберігаються 10 років (Комерційний кодекс, ст. L123-22). Зазначте строки та строк позовної давності, встановлені законодавством вашої країни.',
      bg: 'Няма единен срок на ЕС: Директивата за ДДС оставя срока за съхраняване на фактурите на всяка държава членка (чл. 247, пар. 1 от Директива 2006/112/ЕО), а счетоводното законодателство определя свои срокове. Например във Франция счетоводните и оправдателните документи се съхраняват 10 години (Търговски кодекс, чл. L123-22). Посочете сроковете и давностния срок по законодателството на вашата държава.',
      sl: 'Enotnega roka EU ni: direktiva o DDV prepušča rok hrambe računov vsaki državi članici (Direktiva 2006/112/ES, člen 247(1)), računovodski predpisi pa določajo svoje roke. V Franciji se na primer računovodske listine in dokazila hranijo 10 let (trgovinski zakonik, člen L123-22). Vpišite roke in zastaralni rok, ki jih določajo predpisi vaše države.',
    },
  },
  securityMeasures: [
    {
      en: 'Card payments handled by a PCI DSS-compliant payment provider: full card numbers never stored',
      uk: 'Оплату карткою обробляє надавач платіжних послуг, що відповідає вимогам PCI DSS: повні номери карток не зберігаються',
      bg: 'Плащанията с карта се обработват от доставчик на платежни услуги, който отговаря на PCI DSS: пълните номера на картите не се съхраняват',
      sl: 'Plačila s karticami obdeluje ponudnik plačilnih storitev, skladen s PCI DSS: celotne številke kartic se ne hranijo',
    },
    {
      en: 'Access to orders and invoices limited by role (sales, accounting, customer service)',
      uk: 'Доступ до замовлень і рахунків обмежено відповідно до ролей (продажі, бухгалтерія, обслуговування клієнтів)',
      bg: 'Достъпът до поръчките и фактурите е ограничен според ролята (продажби, счетоводство, обслужване на клиенти)',
      sl: 'Dostop do naročil in računov je omejen glede na vlogo (prodaja, računovodstvo, služba za stranke)',
    },
    {
      en: 'Carriers receive only what delivery needs (name, address, phone)',
      uk: 'Перевізники отримують лише дані, потрібні для доставки (ім’я, адреса, телефон)',
      bg: 'Превозвачите получават само данните, необходими за доставката (имена, адрес, телефон)',
      sl: 'Prevozniki prejmejo le podatke, potrebne za dostavo (ime, naslov, telefon)',
    },
    {
      en: 'Accounting records archived read-only and deleted when the legal period ends',
      uk: 'Бухгалтерські документи архівуються в режимі лише для читання й видаляються після закінчення встановленого законом строку',
      bg: 'Счетоводните документи се архивират само за четене и се изтриват след изтичане на законовия срок',
      sl: 'Računovodske listine se arhivirajo samo za branje in se po izteku zakonskega roka izbrišejo',
    },
  ],
  dpia: {
    required: false,
    reason: {
      en: 'None of the Art. 35(3) cases, and no WP248 criterion other than, for a large business, scale: no special-category data, no profiling or automated decisions. Reassess if credit checks or automated fraud scoring decide whether a customer may order (WP248 criteria 1, 2 and 9).',
      uk: 'Жоден із випадків ст. 35(3) не застосовується, а з критеріїв WP248 для великого бізнесу може виконуватися хіба що масштаб: немає даних особливих категорій, профілювання чи автоматизованих рішень. Перегляньте оцінку, якщо перевірка кредитоспроможності або автоматизоване оцінювання ризику шахрайства вирішують, чи може клієнт зробити замовлення (критерії 1, 2 і 9 настанов WP248).',
      bg: 'Не е налице нито един от случаите по чл. 35, пар. 3 от ОРЗД, а от критериите на WP248 при голямо предприятие може да е изпълнен само мащабът: няма специални категории данни, профилиране или автоматизирани решения. Преразгледайте оценката, ако проверка на кредитоспособността или автоматизирана оценка на риска от измама решава дали клиентът може да поръча (критерии 1, 2 и 9 от насоките WP248).',
      sl: 'Ne gre za noben primer iz člena 35(3), od meril smernic WP248 pa je pri velikem podjetju lahko izpolnjen le obseg: ni posebnih vrst osebnih podatkov, oblikovanja profilov ali avtomatiziranih odločitev. Oceno ponovite, če o tem, ali stranka lahko naroči, odloča preverjanje kreditne sposobnosti ali samodejno ocenjevanje tveganja goljufije (merila 1, 2 in 9 smernic WP248).',
    },
  },
  public: true,
};
