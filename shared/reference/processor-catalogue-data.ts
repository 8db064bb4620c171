// The processor catalogue's entries (see processor-catalogue.ts for what each field means and the dates they rest on).
// Contracting entities are those of the providers' customer terms for customers in the EU; where a provider contracts
// from its home country (Mailchimp, Zendesk, Cloudflare, Zoom), the entry names that entity. Google contracts through
// Google Ireland Limited or Google Cloud EMEA Limited depending on the service and the billing country: both Irish.
// `dpfCertified` is set only where the group's US organisation was confirmed on the Data Privacy Framework List.
import type { VocabularyText } from '../vocabularies/entry.ts';
import type { CatalogueProcessor } from './processor-catalogue.ts';

/** What the service is, in the four languages; each entry adds its product name in brackets. */
const SERVICES = {
  office: {
    en: 'E-mail, documents and collaboration',
    uk: 'Електронна пошта, документи та спільна робота',
    bg: 'Електронна поща, документи и съвместна работа',
    sl: 'E-pošta, dokumenti in sodelovanje',
  },
  cloud: {
    en: 'Cloud hosting and computing',
    uk: 'Хмарний хостинг і обчислення',
    bg: 'Хостинг и изчисления в облак',
    sl: 'Gostovanje in računalništvo v oblaku',
  },
  servers: {
    en: 'Server and website hosting',
    uk: 'Хостинг серверів і вебсайтів',
    bg: 'Хостинг на сървъри и уебсайтове',
    sl: 'Gostovanje strežnikov in spletnih mest',
  },
  analytics: { en: 'Website analytics', uk: 'Вебаналітика', bg: 'Анализ на посещенията на уебсайта', sl: 'Spletna analitika' },
  social: {
    en: 'Social media pages and advertising',
    uk: 'Сторінки в соціальних мережах і реклама',
    bg: 'Страници в социалните мрежи и реклама',
    sl: 'Strani na družbenih omrežjih in oglaševanje',
  },
  crm: {
    en: 'Customer relationship management (CRM)',
    uk: 'Управління відносинами з клієнтами (CRM)',
    bg: 'Управление на взаимоотношенията с клиенти (CRM)',
    sl: 'Upravljanje odnosov s strankami (CRM)',
  },
  marketing: {
    en: 'CRM and marketing automation',
    uk: 'CRM і автоматизація маркетингу',
    bg: 'CRM и автоматизация на маркетинга',
    sl: 'CRM in avtomatizacija trženja',
  },
  newsletters: {
    en: 'E-mail marketing and newsletters',
    uk: 'Маркетингові розсилки електронною поштою',
    bg: 'Имейл маркетинг и бюлетини',
    sl: 'E-poštno trženje in e-novice',
  },
  payments: { en: 'Online payments', uk: 'Онлайн-платежі', bg: 'Онлайн плащания', sl: 'Spletna plačila' },
  video: { en: 'Video conferencing', uk: 'Відеоконференції', bg: 'Видеоконференции', sl: 'Videokonference' },
  messaging: { en: 'Team messaging', uk: 'Обмін повідомленнями в команді', bg: 'Съобщения в екипа', sl: 'Sporočanje v ekipi' },
  projects: {
    en: 'Project management and documentation',
    uk: 'Керування проєктами та документацією',
    bg: 'Управление на проекти и документация',
    sl: 'Vodenje projektov in dokumentacije',
  },
  delivery: {
    en: 'Content delivery and website protection',
    uk: 'Доставка контенту та захист вебсайтів',
    bg: 'Доставка на съдържание и защита на уебсайтове',
    sl: 'Dostava vsebin in zaščita spletnih mest',
  },
  files: {
    en: 'File storage and sharing',
    uk: 'Зберігання файлів і обмін ними',
    bg: 'Съхранение и споделяне на файлове',
    sl: 'Shranjevanje in deljenje datotek',
  },
  support: {
    en: 'Customer support requests',
    uk: 'Обробка звернень клієнтів',
    bg: 'Обработка на запитвания от клиенти',
    sl: 'Obravnava zahtevkov strank',
  },
  chat: {
    en: 'Customer messaging and support chat',
    uk: 'Чат із клієнтами та підтримка',
    bg: 'Чат с клиенти и поддръжка',
    sl: 'Klepet s strankami in podpora',
  },
  hr: { en: 'HR management', uk: 'Управління персоналом', bg: 'Управление на персонала', sl: 'Upravljanje kadrov' },
  payroll: {
    en: 'Payroll and accounting',
    uk: 'Нарахування заробітної плати та бухгалтерський облік',
    bg: 'Изчисляване на заплати и счетоводство',
    sl: 'Obračun plač in računovodstvo',
  },
  shop: { en: 'Online shop platform', uk: 'Платформа інтернет-магазину', bg: 'Платформа за онлайн магазин', sl: 'Platforma za spletno trgovino' },
} as const satisfies Record<string, VocabularyText>;

function service(kind: keyof typeof SERVICES, product: string): VocabularyText {
  const words = SERVICES[kind];
  return { en: `${words.en} (${product})`, uk: `${words.uk} (${product})`, bg: `${words.bg} (${product})`, sl: `${words.sl} (${product})` };
}

const MICROSOFT = { name: 'Microsoft Corporation', country: 'US' } as const;
const GOOGLE = { name: 'Google LLC', country: 'US' } as const;

export const PROCESSOR_CATALOGUE: readonly CatalogueProcessor[] = [
  // Office, cloud and hosting
  {
    id: 'microsoft-365',
    provider: 'Microsoft 365',
    name: 'Microsoft Ireland Operations Limited',
    country: 'IE',
    parent: MICROSOFT,
    service: service('office', 'Microsoft 365'),
    // The EU Data Boundary: an EU tenant's data are stored in the Union.
    dataLocations: ['IE', 'NL'],
    dpfCertified: true,
  },
  {
    id: 'microsoft-azure',
    provider: 'Microsoft Azure',
    name: 'Microsoft Ireland Operations Limited',
    country: 'IE',
    parent: MICROSOFT,
    service: service('cloud', 'Microsoft Azure'),
    // West Europe (Netherlands) and North Europe (Ireland).
    dataLocations: ['NL', 'IE'],
    dpfCertified: true,
  },
  {
    id: 'google-workspace',
    provider: 'Google Workspace',
    name: 'Google Ireland Limited',
    country: 'IE',
    parent: GOOGLE,
    service: service('office', 'Google Workspace'),
    // Without the paid data regions, Workspace stores data wherever Google has data centres, the US first.
    dataLocations: ['US', 'IE', 'NL', 'BE', 'FI'],
    dpfCertified: true,
  },
  {
    id: 'google-cloud',
    provider: 'Google Cloud',
    name: 'Google Cloud EMEA Limited',
    country: 'IE',
    parent: GOOGLE,
    service: service('cloud', 'Google Cloud'),
    // europe-west1 (Belgium), europe-west3 (Frankfurt), europe-west4 (Netherlands).
    dataLocations: ['BE', 'DE', 'NL'],
    dpfCertified: true,
  },
  {
    id: 'google-analytics',
    provider: 'Google Analytics',
    name: 'Google Ireland Limited',
    country: 'IE',
    parent: GOOGLE,
    service: service('analytics', 'Google Analytics'),
    dataLocations: ['US'],
    dpfCertified: true,
  },
  {
    id: 'amazon-web-services',
    provider: 'Amazon Web Services',
    name: 'Amazon Web Services EMEA SARL',
    country: 'LU',
    parent: { name: 'Amazon Web Services, Inc.', country: 'US' },
    service: service('cloud', 'Amazon Web Services'),
    // eu-central-1 (Frankfurt) and eu-west-1 (Ireland).
    dataLocations: ['DE', 'IE'],
    dpfCertified: true,
  },
  {
    id: 'hetzner',
    provider: 'Hetzner',
    name: 'Hetzner Online GmbH',
    country: 'DE',
    service: service('servers', 'Hetzner'),
    dataLocations: ['DE', 'FI'],
  },
  { id: 'ovhcloud', provider: 'OVHcloud', name: 'OVH SAS', country: 'FR', service: service('servers', 'OVHcloud'), dataLocations: ['FR'] },
  { id: 'ionos', provider: 'IONOS', name: 'IONOS SE', country: 'DE', service: service('servers', 'IONOS'), dataLocations: ['DE'] },
  { id: 'scaleway', provider: 'Scaleway', name: 'Scaleway SAS', country: 'FR', service: service('cloud', 'Scaleway'), dataLocations: ['FR'] },
  {
    id: 'digitalocean',
    provider: 'DigitalOcean',
    name: 'DigitalOcean, LLC',
    country: 'US',
    service: service('cloud', 'DigitalOcean'),
    // The customer chooses the region: Amsterdam and Frankfurt are the Union's.
    dataLocations: ['NL', 'DE'],
  },
  {
    id: 'cloudflare',
    provider: 'Cloudflare',
    name: 'Cloudflare, Inc.',
    country: 'US',
    service: service('delivery', 'Cloudflare'),
    dataLocations: ['US'],
    dpfCertified: true,
  },
  {
    id: 'dropbox',
    provider: 'Dropbox',
    name: 'Dropbox International Unlimited Company',
    country: 'IE',
    parent: { name: 'Dropbox, Inc.', country: 'US' },
    service: service('files', 'Dropbox'),
    dataLocations: ['US'],
    dpfCertified: true,
  },
  // Communication and collaboration
  {
    id: 'zoom',
    provider: 'Zoom',
    name: 'Zoom Communications, Inc.',
    country: 'US',
    service: service('video', 'Zoom'),
    dataLocations: ['US'],
    dpfCertified: true,
  },
  {
    id: 'slack',
    provider: 'Slack',
    name: 'Slack Technologies Limited',
    country: 'IE',
    parent: { name: 'Salesforce, Inc.', country: 'US' },
    service: service('messaging', 'Slack'),
    dataLocations: ['US'],
  },
  {
    id: 'atlassian',
    provider: 'Atlassian (Jira, Confluence)',
    name: 'Atlassian Pty Ltd',
    country: 'AU',
    service: service('projects', 'Jira, Confluence'),
    // Without data residency, Atlassian's cloud keeps data in several AWS regions, the US and the Union among them.
    dataLocations: ['US', 'DE', 'IE'],
  },
  // Marketing, sales and customer service
  {
    id: 'meta',
    provider: 'Meta (Facebook, Instagram)',
    name: 'Meta Platforms Ireland Limited',
    country: 'IE',
    parent: { name: 'Meta Platforms, Inc.', country: 'US' },
    service: service('social', 'Facebook, Instagram'),
    dataLocations: ['US', 'IE', 'DK', 'SE'],
    dpfCertified: true,
    // A page's insights (CJEU C-210/16) and the data its pixel sends (C-40/17) are under joint control.
    kind: 'joint-controller',
  },
  {
    id: 'salesforce',
    provider: 'Salesforce',
    name: 'Salesforce, Inc.',
    country: 'US',
    service: service('crm', 'Salesforce'),
    // Hyperforce's EU Operating Zone: Germany and France.
    dataLocations: ['DE', 'FR'],
    dpfCertified: true,
  },
  {
    id: 'hubspot',
    provider: 'HubSpot',
    name: 'HubSpot Ireland Limited',
    country: 'IE',
    parent: { name: 'HubSpot, Inc.', country: 'US' },
    service: service('marketing', 'HubSpot'),
    // An account in HubSpot's EU data centre (Frankfurt); some features process data in the US.
    dataLocations: ['DE', 'US'],
  },
  {
    id: 'pipedrive',
    provider: 'Pipedrive',
    name: 'Pipedrive OÜ',
    country: 'EE',
    service: service('crm', 'Pipedrive'),
    dataLocations: ['DE'],
  },
  {
    id: 'mailchimp',
    provider: 'Mailchimp',
    name: 'The Rocket Science Group LLC',
    country: 'US',
    parent: { name: 'Intuit Inc.', country: 'US' },
    service: service('newsletters', 'Mailchimp'),
    dataLocations: ['US'],
  },
  {
    id: 'zendesk',
    provider: 'Zendesk',
    name: 'Zendesk, Inc.',
    country: 'US',
    service: service('support', 'Zendesk'),
    dataLocations: ['US'],
  },
  {
    id: 'intercom',
    provider: 'Intercom',
    name: 'Intercom R&D Unlimited Company',
    country: 'IE',
    parent: { name: 'Intercom, Inc.', country: 'US' },
    service: service('chat', 'Intercom'),
    dataLocations: ['US'],
  },
  {
    id: 'matomo-cloud',
    provider: 'Matomo Cloud',
    name: 'InnoCraft Ltd',
    country: 'NZ',
    service: service('analytics', 'Matomo Cloud'),
    dataLocations: ['DE'],
  },
  // Payments and shops
  {
    id: 'stripe',
    provider: 'Stripe',
    name: 'Stripe Payments Europe, Limited',
    country: 'IE',
    parent: { name: 'Stripe, Inc.', country: 'US' },
    service: service('payments', 'Stripe'),
    dataLocations: ['US'],
  },
  { id: 'adyen', provider: 'Adyen', name: 'Adyen N.V.', country: 'NL', service: service('payments', 'Adyen'), dataLocations: ['NL'] },
  { id: 'mollie', provider: 'Mollie', name: 'Mollie B.V.', country: 'NL', service: service('payments', 'Mollie'), dataLocations: ['NL'] },
  {
    id: 'shopify',
    provider: 'Shopify',
    name: 'Shopify International Limited',
    country: 'IE',
    parent: { name: 'Shopify Inc.', country: 'CA' },
    service: service('shop', 'Shopify'),
    dataLocations: ['CA', 'US'],
  },
  // HR and payroll
  {
    id: 'personio',
    provider: 'Personio',
    name: 'Personio SE & Co. KG',
    country: 'DE',
    service: service('hr', 'Personio'),
    dataLocations: ['DE'],
  },
  {
    id: 'workday',
    provider: 'Workday',
    name: 'Workday Limited',
    country: 'IE',
    parent: { name: 'Workday, Inc.', country: 'US' },
    service: service('hr', 'Workday'),
    dataLocations: ['IE', 'NL'],
  },
  { id: 'datev', provider: 'DATEV', name: 'DATEV eG', country: 'DE', service: service('payroll', 'DATEV'), dataLocations: ['DE'] },
];
