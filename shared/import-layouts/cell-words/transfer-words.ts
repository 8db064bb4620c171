// The transfer tools of Chapter V by their names in en, fr, de, uk, bg and sl, and the abbreviations DPOs write
// (SCCs, BCR, DPF). Stems (text-match.ts); the longest phrase wins, so "EU-US Privacy Shield" is not read as the
// Data Privacy Framework that replaced it.
import type { TransferMechanism } from '../../model/vocabulary.ts';

export const TRANSFER_WORDS: Readonly<Record<TransferMechanism, readonly string[]>> = {
  adequacy: [
    ...['adequacy', 'adequate', 'adequacy decision'],
    ...['decision d adequation', 'adequation', 'pays adequat'],
    ...['angemessenheitsbeschluss', 'angemessenheit', 'angemessenes schutzniveau'],
    ...['рішення про адекватність', 'адекватн'],
    ...['решение за адекватност', 'адекватн'],
    ...['odlocb o ustreznost', 'ustreznost', 'ustrezn raven'],
  ],
  dpf: [
    ...['data privacy framework', 'dpf', 'eu us dpf', 'privacy framework'],
    ...['cadre de protection des donnees', 'data privacy framework'],
    ...['datenschutzrahmen', 'eu us datenschutzrahmen'],
    ...['рамков конфіденційн', 'рамк конфіденційн'],
    ...['рамк за поверителност', 'рамк за защита на данни'],
    ...['okvir za zasebnost', 'okvir za varstvo podatkov'],
  ],
  scc: [
    ...['scc', 'sccs', 'standard contractual clause', 'standard data protection clause', 'model clause', 'model contract', 'eu model clause'],
    ...['clauses contractuelles types', 'clause contractuelle type', 'cct', 'ccts'],
    ...['standardvertragsklausel', 'standarddatenschutzklausel', 'eu standardvertragsklausel', 'svk'],
    ...['стандартн договірн положен', 'стандартн договірн застереж', 'стандартн договірн умов', 'типов договірн'],
    ...['стандартн договорн клауз', 'стандартн клауз', 'стандартн клаузи за защита'],
    ...['standardn pogodben klavzul', 'standardn klavzul', 'standardn dolocil'],
  ],
  bcr: [
    ...['bcr', 'bcrs', 'binding corporate rule'],
    ...['regles d entreprise contraignantes', 'regles contraignantes d entreprise', 'bcr'],
    ...['verbindlich interne datenschutzvorschrift', 'verbindlich unternehmensregel', 'konzernrichtlinie'],
    ...['обов язков корпоративн правил', 'обовязков корпоративн правил'],
    ...['задължителн фирмен правил', 'обвързващ корпоративн правил'],
    ...['zavezujoc poslovn pravil', 'zavezujoc korporativn pravil'],
  ],
  'code-of-conduct': [
    ...['code of conduct'],
    ...['code de conduite'],
    ...['verhaltensregel', 'verhaltenskodex'],
    ...['кодекс поведінки'],
    ...['кодекс за поведение', 'кодекс на поведение'],
    ...['kodeks ravnanj', 'kodeks obnasanj'],
  ],
  certification: [
    ...['certification', 'certified', 'certification mechanism'],
    ...['certification', 'mecanisme de certification'],
    ...['zertifizierung', 'zertifiziert'],
    ...['сертифікац'],
    ...['сертифициран', 'сертификац'],
    ...['certifikat', 'certificiran'],
  ],
  derogation: [
    ...['derogation', 'specific situation', 'exception'],
    ...['derogation', 'derogations pour des situations particulieres'],
    ...['ausnahme', 'ausnahmen fur bestimmte falle'],
    ...['відступ', 'виняток', 'винятк'],
    ...['дерогаци', 'изключени'],
    ...['odstopan', 'izjem'],
  ],
  other: [
    ...['ad hoc contractual clause', 'ad hoc clause', 'administrative arrangement', 'idta', 'international data transfer agreement'],
    ...['clauses contractuelles ad hoc', 'arrangement administratif'],
    ...['ad hoc vertragsklausel', 'verwaltungsvereinbarung'],
    ...['адміністративн домовленост'],
    ...['административн договореност'],
    ...['upravn dogovor'],
  ],
  'privacy-shield': [
    ...['privacy shield', 'eu us privacy shield'],
    ...['bouclier de protection des donnees', 'bouclier vie privee'],
    ...['datenschutzschild'],
    ...['щит конфіденційності'],
    ...['щит за личната неприкосновеност', 'щит за неприкосновеност'],
    ...['zascit zasebnost', 'scit zasebnost'],
  ],
};
