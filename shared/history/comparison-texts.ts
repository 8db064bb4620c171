// The fixed words of the register compared between two moments (the PDF for the annual review, and what `ropa diff`
// prints of each change), one object per language. Field names and types of record are the history's own
// (history-terms.ts); the words of the vocabulary (roles, legal bases, mechanisms) are the register report's.
import type { ComparedRecord, MaterialChange } from '../ipc/outputs.ts';
import type { ActivityStatus } from '../model/vocabulary.ts';
import type { ReportLanguage } from '../report/languages.ts';

export type ComparisonTexts = {
  /** The document's title, naming the register. */
  title: (register: string) => string;
  /** The two moments compared, each as `moment` writes it. */
  period: (from: string, to: string) => string;
  /** A moment: its date in the language's long form and its time of day in UTC. */
  moment: (date: string, time: string) => string;
  revisions: (from: number, to: number) => string;
  counts: { added: string; removed: string; changed: string; material: string };
  materialSection: string;
  /** What counts as material, and what is not claimed. */
  materialNote: string;
  otherSection: string;
  /** Said when the register is the same at both moments. */
  nothing: string;
  change: Readonly<Record<ComparedRecord['change'], string>>;
  material: Readonly<Record<MaterialChange, string>>;
  columns: { field: string; before: string; after: string };
  /** A value the record did not have. */
  absent: string;
  status: Readonly<Record<ActivityStatus, string>>;
  quoted: (text: string) => string;
  page: (page: number, pages: number) => string;
};

const en: ComparisonTexts = {
  title: (register) => `Changes to the register “${register}”`,
  period: (from, to) => `From ${from} to ${to}`,
  moment: (date, time) => `${date}, ${time} UTC`,
  revisions: (from, to) => `Register revision: ${from} → ${to}`,
  counts: { added: 'Records added', removed: 'Records removed', changed: 'Records changed', material: 'With material changes' },
  materialSection: 'Material changes',
  materialNote:
    'New purposes and recipients (processors and joint controllers included), new transfers out of the EEA, and retention made longer: the changes people may have to be told of (Art. 13 and 14). A retention changed where no period can be compared on both sides is listed with the other changes: check whether it is longer.',
  otherSection: 'Other changes',
  nothing: 'The register is the same at both moments: no record was added, removed or changed.',
  change: { added: 'added', removed: 'removed', changed: 'changed' },
  material: { purposes: 'new purpose', recipients: 'new recipient', transfers: 'new transfer', retention: 'longer retention' },
  columns: { field: 'Field', before: 'Before', after: 'After' },
  absent: '—',
  status: { draft: 'Draft', active: 'Active', retired: 'Retired' },
  quoted: (text) => `“${text}”`,
  page: (page, pages) => `Page ${page} of ${pages}`,
};

const uk: ComparisonTexts = {
  title: (register) => `Зміни в реєстрі «${register}»`,
  period: (from, to) => `З ${from} до ${to}`,
  moment: (date, time) => `${date}, ${time} UTC`,
  revisions: (from, to) => `Редакція реєстру: ${from} → ${to}`,
  counts: { added: 'Записів додано', removed: 'Записів вилучено', changed: 'Записів змінено', material: 'Із суттєвими змінами' },
  materialSection: 'Суттєві зміни',
  materialNote:
    'Нові цілі та одержувачі (зокрема розпорядники й спільні контролери), нові передавання за межі ЄЕЗ і довші строки зберігання: зміни, про які, можливо, слід повідомити людей (ст. 13 і 14). Змінений строк зберігання, для якого не можна порівняти періоди до і після, наведено серед інших змін: перевірте, чи не став він довшим.',
  otherSection: 'Інші зміни',
  nothing: 'На обидва моменти реєстр однаковий: жодного запису не додано, не вилучено й не змінено.',
  change: { added: 'додано', removed: 'вилучено', changed: 'змінено' },
  material: { purposes: 'нова мета', recipients: 'новий одержувач', transfers: 'нове передавання', retention: 'довший строк зберігання' },
  columns: { field: 'Поле', before: 'Було', after: 'Стало' },
  absent: '—',
  status: { draft: 'Чернетка', active: 'Активна', retired: 'Припинена' },
  quoted: (text) => `«${text}»`,
  page: (page, pages) => `Сторінка ${page} з ${pages}`,
};

const bg: ComparisonTexts = {
  title: (register) => `Промени в регистъра „${register}“`,
  period: (from, to) => `От ${from} до ${to}`,
  moment: (date, time) => `${date}, ${time} UTC`,
  revisions: (from, to) => `Редакция на регистъра: ${from} → ${to}`,
  counts: { added: 'Добавени записи', removed: 'Премахнати записи', changed: 'Променени записи', material: 'Със съществени промени' },
  materialSection: 'Съществени промени',
  materialNote:
    'Нови цели и получатели (включително обработващи лични данни и съвместни администратори), нови предавания на данни извън ЕИП и по-дълги срокове на съхранение: промени, за които може да се наложи хората да бъдат уведомени (чл. 13 и 14). Променен срок на съхранение, при който периодите преди и след не могат да се сравнят, е посочен сред другите промени: проверете дали не е станал по-дълъг.',
  otherSection: 'Други промени',
  nothing: 'Регистърът е еднакъв в двата момента: няма добавени, премахнати или променени записи.',
  change: { added: 'добавено', removed: 'премахнато', changed: 'променено' },
  material: { purposes: 'нова цел', recipients: 'нов получател', transfers: 'ново предаване на данни', retention: 'по-дълъг срок на съхранение' },
  columns: { field: 'Поле', before: 'Преди', after: 'След' },
  absent: '—',
  status: { draft: 'Чернова', active: 'Активна', retired: 'Прекратена' },
  quoted: (text) => `„${text}“`,
  page: (page, pages) => `Страница ${page} от ${pages}`,
};

const sl: ComparisonTexts = {
  title: (register) => `Spremembe evidence »${register}«`,
  period: (from, to) => `Od ${from} do ${to}`,
  moment: (date, time) => `${date}, ${time} UTC`,
  revisions: (from, to) => `Različica evidence: ${from} → ${to}`,
  counts: { added: 'Dodani zapisi', removed: 'Odstranjeni zapisi', changed: 'Spremenjeni zapisi', material: 'Z bistvenimi spremembami' },
  materialSection: 'Bistvene spremembe',
  materialNote:
    'Novi nameni in uporabniki (vključno z obdelovalci in skupnimi upravljavci), novi prenosi zunaj EGP in daljši roki hrambe: spremembe, o katerih bo morda treba obvestiti posameznike (člena 13 in 14). Spremenjen rok hrambe, pri katerem obdobij prej in potem ni mogoče primerjati, je naveden med drugimi spremembami: preverite, ali se je podaljšal.',
  otherSection: 'Druge spremembe',
  nothing: 'Evidenca je v obeh trenutkih enaka: noben zapis ni bil dodan, odstranjen ali spremenjen.',
  change: { added: 'dodano', removed: 'odstranjeno', changed: 'spremenjeno' },
  material: { purposes: 'nov namen', recipients: 'nov uporabnik', transfers: 'nov prenos', retention: 'daljši rok hrambe' },
  columns: { field: 'Polje', before: 'Prej', after: 'Potem' },
  absent: '—',
  status: { draft: 'Osnutek', active: 'Aktivna', retired: 'Ukinjena' },
  quoted: (text) => `»${text}«`,
  page: (page, pages) => `Stran ${page} od ${pages}`,
};

export const COMPARISON_TEXTS: Readonly<Record<ReportLanguage, ComparisonTexts>> = { en, uk, bg, sl };
