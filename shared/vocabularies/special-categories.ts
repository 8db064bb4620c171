// The data categories of Art. 9(1) (special categories) and Art. 10 (criminal convictions and offences), in the words
// of the official text of the GDPR in each language where it names them: "data concerning health" is "дані про
// здоров’я", "данни за здравословното състояние", "podatki v zvezi z zdravjem". Each is flagged `special`, with its
// article, so that choosing one marks the category special and asks for its Art. 9(2) or Art. 10 condition.
import type { VocabularyEntry } from './entry.ts';

const ART_9 = { special: true, article: 'Art. 9(1)' } as const;
const ART_10 = { special: true, article: 'Art. 10' } as const;

export const SPECIAL_DATA_CATEGORIES: readonly VocabularyEntry[] = [
  {
    id: 'health-data',
    text: { en: 'Health data', uk: 'Дані про стан здоров’я', bg: 'Данни за здравословното състояние', sl: 'Podatki v zvezi z zdravjem' },
    ...ART_9,
  },
  {
    id: 'sick-leave',
    text: {
      en: 'Sick leave and medical certificates',
      uk: 'Листки непрацездатності та медичні довідки',
      bg: 'Болнични листове и медицински удостоверения',
      sl: 'Bolniška odsotnost in zdravniška potrdila',
    },
    ...ART_9,
  },
  {
    id: 'occupational-health',
    text: {
      en: 'Occupational health assessments (fitness for work)',
      uk: 'Висновки медичних оглядів щодо придатності до роботи',
      bg: 'Заключения от медицински прегледи за годност за работа',
      sl: 'Ocene zdravstvene zmožnosti za delo',
    },
    ...ART_9,
  },
  {
    id: 'disability',
    text: { en: 'Disability', uk: 'Дані про інвалідність', bg: 'Данни за увреждане (решение на ТЕЛК)', sl: 'Podatki o invalidnosti' },
    ...ART_9,
  },
  { id: 'genetic-data', text: { en: 'Genetic data', uk: 'Генетичні дані', bg: 'Генетични данни', sl: 'Genetski podatki' }, ...ART_9 },
  {
    id: 'biometric-data',
    text: {
      en: 'Biometric data for identification (fingerprints, facial recognition)',
      uk: 'Біометричні дані для ідентифікації (відбитки пальців, розпізнавання обличчя)',
      bg: 'Биометрични данни за идентифициране (пръстови отпечатъци, лицево разпознаване)',
      sl: 'Biometrični podatki za identifikacijo (prstni odtisi, prepoznavanje obraza)',
    },
    ...ART_9,
  },
  {
    id: 'racial-or-ethnic-origin',
    text: { en: 'Racial or ethnic origin', uk: 'Расове або етнічне походження', bg: 'Расов или етнически произход', sl: 'Rasno ali etnično poreklo' },
    ...ART_9,
  },
  {
    id: 'political-opinions',
    text: { en: 'Political opinions', uk: 'Політичні погляди', bg: 'Политически възгледи', sl: 'Politično mnenje' },
    ...ART_9,
  },
  {
    id: 'religious-or-philosophical-beliefs',
    text: {
      en: 'Religious or philosophical beliefs',
      uk: 'Релігійні або філософські переконання',
      bg: 'Религиозни или философски убеждения',
      sl: 'Versko ali filozofsko prepričanje',
    },
    ...ART_9,
  },
  {
    id: 'trade-union-membership',
    text: { en: 'Trade union membership', uk: 'Членство в профспілках', bg: 'Членство в синдикални организации', sl: 'Članstvo v sindikatu' },
    ...ART_9,
  },
  {
    id: 'sex-life-or-sexual-orientation',
    text: {
      en: 'Sex life or sexual orientation',
      uk: 'Статеве життя або сексуальна орієнтація',
      bg: 'Сексуален живот или сексуална ориентация',
      sl: 'Spolno življenje ali spolna usmerjenost',
    },
    ...ART_9,
  },
  {
    id: 'criminal-convictions-and-offences',
    text: {
      en: 'Criminal convictions and offences',
      uk: 'Судимості та кримінальні правопорушення',
      bg: 'Присъди и нарушения',
      sl: 'Kazenske obsodbe in kazniva dejanja',
    },
    ...ART_10,
  },
  {
    id: 'criminal-record-certificate',
    text: {
      en: 'Criminal record certificate',
      uk: 'Відомості про судимість (довідка про несудимість)',
      bg: 'Свидетелство за съдимост',
      sl: 'Potrdilo iz kazenske evidence',
    },
    ...ART_10,
  },
];
