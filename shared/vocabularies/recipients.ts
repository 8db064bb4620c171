// The categories of recipients of Art. 30(1)(d) a register names most: authorities, courts, financial and
// professional services. Categories, never named companies: a named provider the organisation engages is a processor
// record of its own (reference/processor-catalogue.ts), not a recipient typed as text.
import type { VocabularyEntry } from './entry.ts';

export const RECIPIENTS: readonly VocabularyEntry[] = [
  // Authorities
  { id: 'tax-authorities', text: { en: 'Tax authorities', uk: 'Податкові органи', bg: 'Данъчни органи', sl: 'Davčni organi' } },
  {
    id: 'social-security-institutions',
    text: {
      en: 'Social security institutions',
      uk: 'Органи соціального страхування',
      bg: 'Институции за социално осигуряване',
      sl: 'Nosilci socialnega zavarovanja',
    },
  },
  {
    id: 'health-insurance-funds',
    text: {
      en: 'Health insurance funds',
      uk: 'Органи медичного страхування',
      bg: 'Здравноосигурителни институции',
      sl: 'Nosilci zdravstvenega zavarovanja',
    },
  },
  { id: 'pension-funds', text: { en: 'Pension funds', uk: 'Пенсійні фонди', bg: 'Пенсионноосигурителни дружества', sl: 'Pokojninske družbe in skladi' } },
  {
    id: 'labour-inspectorate',
    text: { en: 'Labour inspectorate', uk: 'Органи з питань праці (інспекція праці)', bg: 'Инспекция по труда', sl: 'Inšpektorat za delo' },
  },
  {
    id: 'employment-service',
    text: { en: 'Public employment service', uk: 'Державна служба зайнятості', bg: 'Агенция по заетостта', sl: 'Zavod za zaposlovanje' },
  },
  { id: 'statistical-office', text: { en: 'Statistical office', uk: 'Органи статистики', bg: 'Статистически органи', sl: 'Statistični urad' } },
  {
    id: 'supervisory-authority',
    text: {
      en: 'Data protection supervisory authority',
      uk: 'Наглядовий орган із захисту персональних даних',
      bg: 'Надзорен орган по защита на данните',
      sl: 'Nadzorni organ za varstvo osebnih podatkov',
    },
  },
  {
    id: 'law-enforcement',
    text: {
      en: 'Police and law enforcement authorities',
      uk: 'Поліція та правоохоронні органи',
      bg: 'Полиция и правоохранителни органи',
      sl: 'Policija in organi pregona',
    },
  },
  {
    id: 'other-authorities',
    text: {
      en: 'Other public authorities, where the law requires',
      uk: 'Інші державні органи, якщо цього вимагає закон',
      bg: 'Други публични органи, когато това се изисква по закон',
      sl: 'Drugi državni organi, kadar to zahteva zakon',
    },
  },
  // Justice
  { id: 'courts', text: { en: 'Courts', uk: 'Суди', bg: 'Съдилища', sl: 'Sodišča' } },
  { id: 'enforcement-officers', text: { en: 'Enforcement officers', uk: 'Державні та приватні виконавці', bg: 'Съдебни изпълнители', sl: 'Izvršitelji' } },
  { id: 'notaries', text: { en: 'Notaries', uk: 'Нотаріуси', bg: 'Нотариуси', sl: 'Notarji' } },
  {
    id: 'lawyers',
    text: {
      en: 'Lawyers and legal advisers',
      uk: 'Адвокати та юридичні радники',
      bg: 'Адвокати и юридически консултанти',
      sl: 'Odvetniki in pravni svetovalci',
    },
  },
  // Finance
  { id: 'banks', text: { en: 'Banks', uk: 'Банки', bg: 'Банки', sl: 'Banke' } },
  {
    id: 'payment-service-providers',
    text: { en: 'Payment service providers', uk: 'Надавачі платіжних послуг', bg: 'Доставчици на платежни услуги', sl: 'Ponudniki plačilnih storitev' },
  },
  { id: 'insurers', text: { en: 'Insurers', uk: 'Страховики', bg: 'Застрахователи', sl: 'Zavarovalnice' } },
  { id: 'auditors', text: { en: 'Auditors', uk: 'Аудитори', bg: 'Одитори', sl: 'Revizorji' } },
  { id: 'accountants', text: { en: 'External accountants', uk: 'Зовнішні бухгалтери', bg: 'Външни счетоводители', sl: 'Zunanji računovodje' } },
  { id: 'credit-bureaus', text: { en: 'Credit reference agencies', uk: 'Бюро кредитних історій', bg: 'Кредитни бюра', sl: 'Bonitetne hiše' } },
  {
    id: 'debt-collectors',
    text: { en: 'Debt collection agencies', uk: 'Колекторські компанії', bg: 'Агенции за събиране на вземания', sl: 'Agencije za izterjavo dolgov' },
  },
  // Services and others
  { id: 'group-companies', text: { en: 'Companies of the group', uk: 'Компанії групи', bg: 'Дружества от групата', sl: 'Družbe v skupini' } },
  {
    id: 'occupational-health-service',
    text: { en: 'Occupational health service', uk: 'Служба медицини праці', bg: 'Служба по трудова медицина', sl: 'Izvajalec medicine dela' },
  },
  {
    id: 'postal-and-courier-services',
    text: { en: 'Postal and courier services', uk: 'Поштові та кур’єрські служби', bg: 'Пощенски и куриерски оператори', sl: 'Poštne in kurirske službe' },
  },
  {
    id: 'travel-providers',
    text: {
      en: 'Travel agencies, airlines and hotels',
      uk: 'Туристичні агенції, авіакомпанії та готелі',
      bg: 'Туристически агенции, авиокомпании и хотели',
      sl: 'Turistične agencije, letalski prevozniki in hoteli',
    },
  },
  { id: 'training-providers', text: { en: 'Training providers', uk: 'Організатори навчання', bg: 'Доставчици на обучения', sl: 'Izvajalci usposabljanj' } },
  {
    id: 'the-public',
    text: {
      en: 'The public (published on the website)',
      uk: 'Необмежене коло осіб (оприлюднення на вебсайті)',
      bg: 'Неограничен кръг лица (публикуване на уебсайта)',
      sl: 'Javnost (objava na spletnem mestu)',
    },
  },
];
