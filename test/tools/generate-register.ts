// A synthetic but realistic register in the exchange format, for tests and benchmarks: N activities over a few
// organisations, processors with sub-processor chains, transfers, translations into uk/bg/sl on some texts and x- keys.
// Deterministic: the same options always give the same document.
import type { ExchangeDocument } from '../../shared/exchange/read.ts';
import type { Organisation, Processor, ProcessingActivity, Text, Transfer } from '../../shared/model/records.ts';
import type { LegalBasis, SpecialCategoryCondition, TransferMechanism } from '../../shared/model/vocabulary.ts';

export type GeneratorOptions = {
  activities: number;
  /** Any integer; the same seed gives the same register. */
  seed?: number;
  /** Defaults to one processor per 25 activities, between 8 and 400. */
  processors?: number;
  /** Defaults to 1 for small registers, up to 3 for large ones. */
  organisations?: number;
};

/** mulberry32: small, fast and good enough to make test data that looks varied. */
function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const chance = (probability: number) => next() < probability;
  const some = <T>(items: readonly T[], min: number, max: number): T[] => {
    const pool = [...items];
    const count = Math.min(pool.length, int(min, max));
    const chosen: T[] = [];
    for (let index = 0; index < count; index++) chosen.push(pool.splice(Math.floor(next() * pool.length), 1)[0] as T);
    return chosen;
  };
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16));
    hex[12] = '4';
    hex[16] = '89ab'[Math.floor(next() * 4)] as string;
    const text = hex.join('');
    return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
  };
  const shuffle = <T>(items: T[]): T[] => {
    for (let index = items.length - 1; index > 0; index--) {
      const other = Math.floor(next() * (index + 1));
      [items[index], items[other]] = [items[other] as T, items[index] as T];
    }
    return items;
  };
  return { next, int, pick, chance, some, uuid, shuffle };
}

type Random = ReturnType<typeof randomSource>;

/** A text in English, with its translations where we have them. */
type Phrase = { en: string; uk?: string; bg?: string; sl?: string };

/** The phrase as the register writes it: a plain string, or (some of the time) the English with its translations. */
function text(random: Random, phrase: Phrase, translatedShare = 0.35): Text {
  const translations = Object.entries(phrase).filter(([language]) => language !== 'en');
  if (translations.length === 0 || !random.chance(translatedShare)) return phrase.en;
  const chosen = random.some(translations, 1, translations.length);
  return Object.fromEntries([['en', phrase.en], ...chosen]) as Record<string, string>;
}

const PROCESSES: ReadonlyArray<{
  name: Phrase;
  owner: string;
  purposes: Phrase[];
  subjects: Phrase[];
  categories: Array<{ name: Phrase; special?: SpecialCategoryCondition }>;
  bases: LegalBasis[];
  retention: Phrase;
}> = [
  {
    name: { en: 'Payroll', uk: 'Нарахування заробітної плати', bg: 'Изчисляване на заплати', sl: 'Obračun plač' },
    owner: 'HR',
    purposes: [
      {
        en: 'Paying salaries and statutory contributions',
        uk: 'Виплата заробітної плати та обов’язкових внесків',
        sl: 'Izplačilo plač in obveznih prispevkov',
      },
      { en: 'Reporting to tax and social security authorities' },
    ],
    subjects: [{ en: 'Employees', uk: 'Працівники', bg: 'Служители', sl: 'Zaposleni' }],
    categories: [
      { name: { en: 'Identification data', uk: 'Ідентифікаційні дані', bg: 'Идентификационни данни', sl: 'Identifikacijski podatki' } },
      { name: { en: 'Bank account details', sl: 'Podatki o bančnem računu' } },
      { name: { en: 'Salary and tax data' } },
      { name: { en: 'Sick leave certificates' }, special: 'art9-2-b' },
    ],
    bases: ['contract', 'legal-obligation'],
    retention: { en: '10 years after the end of employment (accounting law)', sl: '10 let po prenehanju zaposlitve' },
  },
  {
    name: { en: 'Recruitment', uk: 'Підбір персоналу', bg: 'Подбор на персонал', sl: 'Zaposlovanje' },
    owner: 'HR',
    purposes: [{ en: 'Selecting candidates for open positions', uk: 'Відбір кандидатів на вакантні посади' }],
    subjects: [{ en: 'Job applicants', uk: 'Кандидати на роботу', bg: 'Кандидати за работа', sl: 'Kandidati za zaposlitev' }],
    categories: [
      { name: { en: 'CV and cover letter', bg: 'Автобиография и мотивационно писмо' } },
      { name: { en: 'Contact details', uk: 'Контактні дані', bg: 'Данни за контакт', sl: 'Kontaktni podatki' } },
      { name: { en: 'Criminal record extract' }, special: 'art10' },
    ],
    bases: ['contract', 'consent'],
    retention: { en: '6 months after the position is filled', uk: '6 місяців після заповнення вакансії' },
  },
  {
    name: { en: 'Newsletter', uk: 'Розсилка новин', bg: 'Бюлетин', sl: 'E-novice' },
    owner: 'Marketing',
    purposes: [{ en: 'Sending news and offers to subscribers', sl: 'Pošiljanje novic in ponudb naročnikom' }],
    subjects: [{ en: 'Newsletter subscribers', bg: 'Абонати на бюлетина', sl: 'Naročniki na e-novice' }],
    categories: [
      { name: { en: 'E-mail address', uk: 'Адреса електронної пошти', bg: 'Адрес на електронна поща', sl: 'E-poštni naslov' } },
      { name: { en: 'Opening and click statistics' } },
    ],
    bases: ['consent'],
    retention: { en: 'Until consent is withdrawn', uk: 'До відкликання згоди', bg: 'До оттегляне на съгласието', sl: 'Do preklica privolitve' },
  },
  {
    name: { en: 'Customer support', uk: 'Підтримка клієнтів', bg: 'Обслужване на клиенти', sl: 'Podpora strankam' },
    owner: 'Customer service',
    purposes: [{ en: 'Answering questions and complaints', bg: 'Отговори на въпроси и оплаквания' }, { en: 'Improving the service' }],
    subjects: [{ en: 'Customers', uk: 'Клієнти', bg: 'Клиенти', sl: 'Stranke' }],
    categories: [
      { name: { en: 'Contact details', uk: 'Контактні дані', bg: 'Данни за контакт', sl: 'Kontaktni podatki' } },
      { name: { en: 'Correspondence' } },
      { name: { en: 'Call recordings' } },
    ],
    bases: ['contract', 'legitimate-interests'],
    retention: { en: '3 years after the ticket is closed' },
  },
  {
    name: { en: 'CCTV at the premises', uk: 'Відеоспостереження в приміщеннях', bg: 'Видеонаблюдение в помещенията', sl: 'Videonadzor prostorov' },
    owner: 'Facilities',
    purposes: [{ en: 'Protecting people and property', sl: 'Varovanje ljudi in premoženja' }],
    subjects: [{ en: 'Visitors' }, { en: 'Employees', uk: 'Працівники', bg: 'Служители', sl: 'Zaposleni' }],
    categories: [{ name: { en: 'Video footage', bg: 'Видеозаписи', sl: 'Videoposnetki' } }],
    bases: ['legitimate-interests'],
    retention: { en: '30 days', uk: '30 днів', bg: '30 дни', sl: '30 dni' },
  },
  {
    name: { en: 'Order fulfilment', uk: 'Виконання замовлень', bg: 'Изпълнение на поръчки', sl: 'Izpolnjevanje naročil' },
    owner: 'Sales',
    purposes: [{ en: 'Delivering orders and invoicing', uk: 'Доставка замовлень і виставлення рахунків' }],
    subjects: [{ en: 'Customers', uk: 'Клієнти', bg: 'Клиенти', sl: 'Stranke' }],
    categories: [{ name: { en: 'Delivery address', sl: 'Naslov za dostavo' } }, { name: { en: 'Purchase history' } }, { name: { en: 'Payment data' } }],
    bases: ['contract', 'legal-obligation'],
    retention: { en: '24 months after the last order', bg: '24 месеца след последната поръчка' },
  },
  {
    name: { en: 'Website analytics', uk: 'Аналітика вебсайту', bg: 'Анализ на уебсайта', sl: 'Analitika spletnega mesta' },
    owner: 'Marketing',
    purposes: [{ en: 'Measuring how the website is used' }],
    subjects: [{ en: 'Website visitors', uk: 'Відвідувачі вебсайту', bg: 'Посетители на уебсайта', sl: 'Obiskovalci spletnega mesta' }],
    categories: [{ name: { en: 'Online identifiers (cookies, IP address)' } }, { name: { en: 'Browsing behaviour' } }],
    bases: ['consent'],
    retention: { en: '14 months' },
  },
  {
    name: { en: 'Occupational health checks' },
    owner: 'HR',
    purposes: [{ en: 'Assessing fitness for work as the law requires' }],
    subjects: [{ en: 'Employees', uk: 'Працівники', bg: 'Служители', sl: 'Zaposleni' }],
    categories: [{ name: { en: 'Medical fitness certificates' }, special: 'art9-2-h' }],
    bases: ['legal-obligation'],
    retention: { en: '40 years (occupational health law)' },
  },
  {
    name: { en: 'Supplier management' },
    owner: 'Procurement',
    purposes: [{ en: 'Managing contracts with suppliers' }],
    subjects: [{ en: 'Suppliers’ contact persons' }],
    categories: [{ name: { en: 'Business contact details' } }],
    bases: ['legitimate-interests'],
    retention: { en: '5 years after the contract ends' },
  },
  {
    name: { en: 'Whistleblowing channel', sl: 'Kanal za prijavo nepravilnosti' },
    owner: 'Legal',
    purposes: [{ en: 'Handling reports of wrongdoing' }],
    subjects: [{ en: 'Reporting persons' }, { en: 'Persons concerned by a report' }],
    categories: [{ name: { en: 'Content of the report' } }, { name: { en: 'Information on offences' }, special: 'art10' }],
    bases: ['legal-obligation'],
    retention: { en: '5 years after the case is closed' },
  },
];

const SECURITY = [
  'Encryption at rest',
  'Encryption in transit (TLS 1.2+)',
  'Role-based access control',
  'Two-factor authentication for administrators',
  'Daily backups kept for 30 days',
  'Access logging and quarterly review',
  'Staff confidentiality undertakings',
  'Pseudonymisation of reporting data',
];

const PROCESSOR_SERVICES: ReadonlyArray<{ service: Phrase; names: string[] }> = [
  { service: { en: 'Cloud hosting', uk: 'Хмарний хостинг', sl: 'Gostovanje v oblaku' }, names: ['Northwind Cloud', 'Helio Hosting', 'Cumulus Data'] },
  { service: { en: 'Payroll software', bg: 'Софтуер за заплати' }, names: ['Atlas Payroll', 'Ledgerline', 'Paysmith'] },
  { service: { en: 'E-mail delivery', uk: 'Доставка електронної пошти' }, names: ['Brightmail', 'Postwave', 'Mailforge'] },
  { service: { en: 'Customer support desk', sl: 'Sistem za podporo strankam' }, names: ['Helpdesk Pro', 'Tickety', 'Supportly'] },
  { service: { en: 'Payment processing' }, names: ['Coinbridge Payments', 'Paylane', 'Clearpay Europe'] },
  { service: { en: 'Web analytics' }, names: ['Metricon', 'Insightly Analytics', 'Trackwise'] },
  { service: { en: 'Security guarding and CCTV' }, names: ['Vigil Security', 'Sentinel Guarding'] },
  { service: { en: 'Data centre', bg: 'Център за данни' }, names: ['Sofia Data Centre', 'Alpine DC', 'Danube Colocation'] },
];

const ESTABLISHMENTS: ReadonlyArray<{ country: string; forms: string[] }> = [
  { country: 'DE', forms: ['GmbH', 'AG'] },
  { country: 'IE', forms: ['Ltd', 'DAC'] },
  { country: 'US', forms: ['Inc.', 'LLC'] },
  { country: 'SI', forms: ['d.o.o.', 'd.d.'] },
  { country: 'BG', forms: ['ЕООД', 'ООД', 'EAD'] },
  { country: 'UA', forms: ['ТОВ', 'LLC'] },
  { country: 'NL', forms: ['B.V.'] },
  { country: 'IN', forms: ['Pvt Ltd'] },
  { country: 'GB', forms: ['Ltd', 'plc'] },
];

const MECHANISMS: TransferMechanism[] = ['adequacy', 'dpf', 'scc', 'scc', 'bcr', 'derogation', 'other'];
const OWNERS_SUFFIX = ['', '', ' – Team A', ' – Team B', ' (regional)'];

const pad = (value: number) => String(value).padStart(2, '0');

function dateIn(random: Random, year: number): string {
  return `${year}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`;
}

function dateTimeIn(random: Random, year: number): string {
  return `${dateIn(random, year)}T${pad(random.int(0, 23))}:${pad(random.int(0, 59))}:${pad(random.int(0, 59))}Z`;
}

function organisations(random: Random, count: number): Organisation[] {
  const entities = [
    {
      name: { en: 'Danube Retail Group OOD', bg: 'Дунав Ритейл Груп ООД' },
      country: 'BG',
      legalForm: 'ООД',
      authority: 'Commission for Personal Data Protection',
    },
    {
      name: { en: 'Sava Logistics d.o.o.', sl: 'Sava Logistika d.o.o.' },
      country: 'SI',
      legalForm: 'd.o.o.',
      authority: 'Information Commissioner of the Republic of Slovenia',
    },
    {
      name: { en: 'Dnipro Software LLC', uk: 'ТОВ «Дніпро Софтвер»' },
      country: 'UA',
      legalForm: 'LLC',
      authority: 'Ukrainian Parliament Commissioner for Human Rights',
    },
  ];
  return entities.slice(0, count).map((entity, index) => ({
    id: random.uuid(),
    updatedAt: dateTimeIn(random, 2025),
    revision: random.int(1, 3),
    name: text(random, entity.name, 0.7),
    legalForm: entity.legalForm,
    registrationNumber: String(random.int(10_000_000, 99_999_999)),
    address: `${random.int(1, 120)} Main Street, ${entity.country}`,
    country: entity.country,
    email: `privacy@example-${index + 1}.test`,
    website: `https://example-${index + 1}.test`,
    dpo: { name: 'Data Protection Officer', email: `dpo@example-${index + 1}.test` },
    supervisoryAuthority: { name: entity.authority, website: 'https://authority.example.test' },
    channels: [text(random, { en: 'Company website', uk: 'Вебсайт компанії', sl: 'Spletna stran podjetja' }), 'Mobile app'],
    ...(index === 0 ? { 'x-crmAccount': `ACC-${random.int(1000, 9999)}` } : {}),
  }));
}

function processors(random: Random, count: number): Processor[] {
  const made: Processor[] = [];
  const depth = new Map<string, number>();
  for (let index = 0; index < count; index++) {
    const offer = random.pick(PROCESSOR_SERVICES);
    const place = random.pick(ESTABLISHMENTS);
    const id = random.uuid();
    // Sub-processors hang under an earlier processor, chains up to four levels deep.
    const parent = made.length > 0 && random.chance(0.4) ? random.pick(made) : undefined;
    const level = parent === undefined ? 0 : (depth.get(parent.id) ?? 0) + 1;
    const parentId = parent !== undefined && level <= 3 ? parent.id : undefined;
    depth.set(id, parentId === undefined ? 0 : level);
    const record: Processor = {
      id,
      updatedAt: dateTimeIn(random, 2025),
      revision: random.int(1, 4),
      name: `${random.pick(offer.names)} ${random.pick(place.forms)}${index >= PROCESSOR_SERVICES.length ? ` #${index + 1}` : ''}`,
      ...(random.chance(0.1) ? { kind: 'independent-controller' as const } : {}),
      ...(parentId === undefined ? {} : { parentId }),
      service: text(random, offer.service),
      ...(random.chance(0.9) ? { country: place.country } : {}),
      dataLocations: random.some(['DE', 'IE', 'NL', 'US', 'FI', 'SI'], 1, 2),
      contact: `privacy@processor-${index + 1}.test`,
      ...(random.chance(0.8) ? { dpa: random.chance(0.7) ? { signedOn: dateIn(random, 2024), reference: `DPA-${random.int(100, 999)}` } : {} } : {}),
      ...(random.chance(0.15) ? { 'x-vendorRating': random.int(1, 5) } : {}),
    };
    made.push(record);
  }
  // Shuffled, so some sub-processors come before their parent in the file, as in a hand-edited register.
  return random.shuffle(made);
}

function transfers(random: Random, used: Processor[]): Transfer[] {
  return Array.from({ length: random.int(1, 2) }, () => {
    const processor = used.length > 0 && random.chance(0.6) ? random.pick(used) : undefined;
    const country = random.pick(['US', 'IN', 'UA', 'GB', 'CH', 'JP', 'BR', 'INT']);
    const transfer: Transfer =
      processor !== undefined
        ? { country, processorId: processor.id }
        : { country, recipient: text(random, { en: 'Group company', uk: 'Компанія групи', sl: 'Družba v skupini' }) };
    if (random.chance(0.85)) transfer.mechanism = random.pick(MECHANISMS);
    if (transfer.mechanism === 'scc' && random.chance(0.5)) {
      transfer.safeguards = text(random, {
        en: 'Standard contractual clauses (2021/914), module 2, with a transfer impact assessment',
        sl: 'Standardne pogodbene klavzule (2021/914), modul 2',
      });
    }
    return transfer;
  });
}

function activity(random: Random, index: number, owners: Organisation[], available: Processor[]): ProcessingActivity {
  const process = PROCESSES[index % PROCESSES.length] ?? PROCESSES[0];
  if (process === undefined) throw new Error('no processes to generate from');
  const roll = random.next();
  const role = roll < 0.8 ? 'controller' : roll < 0.9 ? 'joint-controller' : 'processor';
  const statusRoll = random.next();
  const status = statusRoll < 0.8 ? 'active' : statusRoll < 0.92 ? 'draft' : 'retired';
  const used = random.some(available, 0, 3);
  const categories = random.some(process.categories, 1, process.categories.length);
  const conditions = categories.flatMap((category) => (category.special === undefined ? [] : [category.special]));
  const baseName = text(random, process.name, 0.5);
  const name: Text =
    typeof baseName === 'string'
      ? `${baseName} ${Math.floor(index / PROCESSES.length) + 1}`
      : Object.fromEntries(Object.entries(baseName).map(([language, value]) => [language, `${value} ${Math.floor(index / PROCESSES.length) + 1}`]));

  const record: ProcessingActivity = {
    id: random.uuid(),
    updatedAt: dateTimeIn(random, random.pick([2024, 2025, 2026])),
    revision: random.int(1, 12),
    organisationId: random.pick(owners).id,
    role,
    name,
    ...(random.chance(0.5) ? { description: text(random, { en: `How ${process.name.en.toLowerCase()} is handled in this unit, step by step.` }) } : {}),
    purposes: random.some(process.purposes, 1, process.purposes.length).map((purpose) => text(random, purpose)),
    ...(role === 'processor'
      ? {}
      : {
          legalBases: random.some(process.bases, 1, process.bases.length).map((basis) => ({
            basis,
            ...(basis === 'legitimate-interests'
              ? {
                  detail: text(random, {
                    en: 'Our interest in running the business securely and efficiently',
                    sl: 'Naš interes za varno in učinkovito poslovanje',
                  }),
                }
              : {}),
          })),
        }),
    ...(conditions.length > 0 ? { specialCategoryConditions: [...new Set(conditions)] } : {}),
    dataSubjects: process.subjects.map((subject) => text(random, subject)),
    dataCategories: categories.map((category) => ({
      name: text(random, category.name),
      ...(category.special === undefined ? {} : { special: true }),
      ...(random.chance(0.1) ? { retention: text(random, { en: '12 months', sl: '12 mesecev', uk: '12 місяців' }) } : {}),
      ...(random.chance(0.05) ? { 'x-sourceSystem': random.pick(['SAP', 'Workday', 'Salesforce']) } : {}),
    })),
    ...(random.chance(0.3) ? { sources: [text(random, { en: 'Public registers', bg: 'Публични регистри' })] } : {}),
    ...(random.chance(0.4)
      ? { recipients: [text(random, { en: 'Tax authority', uk: 'Податкова служба', bg: 'Национална агенция за приходите', sl: 'Finančna uprava' })] }
      : {}),
    ...(used.length > 0 ? { processorIds: used.map((processor) => processor.id) } : {}),
    ...(random.chance(0.3) ? { transfers: transfers(random, used) } : {}),
    retention: text(random, process.retention),
    securityMeasures: random.some(SECURITY, 2, 5),
    ...(role === 'joint-controller' ? { jointControllers: [{ name: 'Partner Holding SE', contact: 'privacy@partner.test' }] } : {}),
    ...(role === 'processor' ? { controllers: [{ name: 'Client Company Ltd', contact: 'dpo@client.test' }] } : {}),
    ...(random.chance(0.05) ? { automatedDecisions: text(random, { en: 'Credit scoring before a purchase on invoice' }) } : {}),
    ...(random.chance(0.2)
      ? { dpia: { required: true, reference: `DPIA-${random.int(1, 99)}`, ...(random.chance(0.5) ? { completedOn: dateIn(random, 2025) } : {}) } }
      : {}),
    public: random.chance(0.7),
    status,
    owner: `${process.owner}${random.pick(OWNERS_SUFFIX)}`,
    ...(random.chance(0.6) ? { lastReviewedOn: dateIn(random, 2025) } : {}),
    ...(random.chance(0.6) ? { nextReviewOn: dateIn(random, 2026) } : {}),
    ...(random.chance(0.1) ? { 'x-ticket': `DPO-${random.int(1, 9999)}` } : {}),
  };
  // Some drafts are still being written: no purpose and no retention yet, which only a draft may lack.
  if (status === 'draft' && random.chance(0.3)) {
    record.purposes = [];
    delete record.retention;
  }
  return record;
}

/** A register with `options.activities` activities, valid under `parseExchangeText`. */
export function generateRegister(options: GeneratorOptions): ExchangeDocument {
  const random = randomSource(options.seed ?? 20261120);
  const activityCount = Math.max(0, Math.floor(options.activities));
  const processorCount = options.processors ?? Math.min(400, Math.max(8, Math.round(activityCount / 25)));
  const organisationCount = options.organisations ?? (activityCount < 100 ? 1 : activityCount < 1000 ? 2 : 3);

  const registerId = random.uuid();
  const owners = organisations(random, Math.max(1, Math.min(3, organisationCount)));
  const suppliers = processors(random, processorCount);
  const records = Array.from({ length: activityCount }, (_, index) => activity(random, index, owners, suppliers));

  const document: ExchangeDocument & Record<`x-${string}`, unknown> = {
    format: 'ropa-exchange',
    version: 1,
    exportedAt: '2026-11-20T12:00:00Z',
    register: { id: registerId, name: `Synthetic register (${activityCount} activities)`, defaultLanguage: 'en' },
    baseRevision: records.length + suppliers.length + owners.length + random.int(0, 500),
    organisations: owners,
    processors: suppliers,
    activities: records,
    'x-generator': { tool: 'test/tools/generate-register.ts', seed: options.seed ?? 20261120 },
  };
  return document;
}
