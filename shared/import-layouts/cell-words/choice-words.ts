// The words of the register's small closed choices (yes or no, an activity's status and the organisation's role in
// it), in en, fr, de, uk, bg and sl. Stems (text-match.ts); the longest phrase found wins, so "joint controller" is
// not "controller" and "inactive" is not "active".
import type { ActivityRole, ActivityStatus } from '../../model/vocabulary.ts';

/** A whole cell that says yes or no, normalised; a cell beginning with one of the longer ones ("Yes – see DPIA 12") too. */
export const YES_NO_WORDS: Readonly<Record<'yes' | 'no', readonly string[]>> = {
  yes: [
    ...['yes', 'y', 'true', '1', 'x', 'required', 'needed', 'mandatory', 'done', 'completed'],
    ...['oui', 'o', 'vrai', 'requis', 'necessaire', 'obligatoire'],
    ...['ja', 'j', 'wahr', 'erforderlich', 'notwendig', 'verpflichtend', 'durchgefuhrt'],
    ...['так', 'т', 'потрібно', 'необхідно', 'обовязково', 'обов язково', 'проведено'],
    ...['да', 'д', 'необходимо', 'задължително', 'изисква се', 'извършена'],
    ...['da', 'potrebno', 'obvezno', 'zahtevano', 'opravljeno'],
  ],
  no: [
    ...['no', 'n', 'false', '0', 'none', 'not required', 'not needed', 'not applicable'],
    ...['non', 'faux', 'non requis', 'non necessaire', 'pas necessaire', 'non obligatoire'],
    ...['nein', 'falsch', 'nicht erforderlich', 'nicht notwendig', 'nicht verpflichtend', 'keine'],
    ...['ні', 'н', 'не потрібно', 'не обовязково', 'не обов язково', 'не потребується'],
    ...['не', 'не е необходимо', 'не се изисква', 'не е задължително'],
    ...['ne', 'ni potrebno', 'ni obvezno', 'ni zahtevano'],
  ],
};

export const STATUS_WORDS: Readonly<Record<ActivityStatus, readonly string[]>> = {
  draft: [
    ...['draft', 'planned', 'proposed', 'under review', 'in preparation', 'pending'],
    ...['brouillon', 'projet', 'prevu', 'en preparation'],
    ...['entwurf', 'geplant', 'in vorbereitung', 'in bearbeitung'],
    ...['чернетк', 'проєкт', 'проект', 'заплановано'],
    ...['чернов', 'планиран'],
    ...['osnut', 'osnutek', 'v pripravi', 'nacrtovan'],
  ],
  active: [
    ...['active', 'live', 'in use', 'in operation', 'operational', 'current', 'ongoing', 'in place', 'in production'],
    ...['actif', 'active', 'en cours', 'en production', 'en vigueur'],
    ...['aktiv', 'laufend', 'in betrieb', 'produktiv'],
    ...['активн', 'чинн', 'діюч'],
    ...['активен', 'активна', 'действащ', 'текущ'],
    ...['aktiven', 'aktivn', 'v uporabi', 'tekoc'],
  ],
  retired: [
    ...['retired', 'inactive', 'ended', 'discontinued', 'decommissioned', 'archived', 'closed', 'ceased', 'stopped', 'terminated', 'no longer'],
    ...['inactif', 'termine', 'archive', 'arrete', 'cloture', 'supprime'],
    ...['inaktiv', 'beendet', 'eingestellt', 'archiviert', 'abgeschlossen', 'stillgelegt'],
    ...['неактивн', 'архівн', 'припинен', 'завершен'],
    ...['неактив', 'архивиран', 'прекратен', 'приключен'],
    ...['neaktiv', 'arhiviran', 'ukinjen', 'zakljucen', 'prenehal'],
  ],
};

export const ROLE_WORDS: Readonly<Record<ActivityRole, readonly string[]>> = {
  controller: [
    ...['controller', 'data controller', 'independent controller'],
    ...['responsable du traitement', 'responsable de traitement', 'responsable de traitements', 'responsable'],
    ...['verantwortlich', 'verantwortliche stelle'],
    ...['контролер', 'володілец', 'володільц'],
    ...['администратор', 'администратор на лични данни'],
    ...['upravljavec', 'upravljavc'],
  ],
  'joint-controller': [
    ...['joint controller', 'joint data controller', 'co controller', 'jointly controlled', 'joint controllership'],
    ...[
      'responsable conjoint',
      'responsables conjoints',
      'responsables de traitement conjoints',
      'coresponsable',
      'co responsable',
      'responsabilite conjointe',
    ],
    ...['gemeinsam verantwortlich', 'gemeinsame verantwortlich', 'gemeinsame verantwortung', 'mitverantwortlich'],
    ...['спільн контролер', 'спільн володіл', 'спільн володільц'],
    ...['съвместн администратор', 'съвместно администриран'],
    ...['skupn upravljavec', 'skupn upravljavc', 'skupno upravljan'],
  ],
  processor: [
    ...['processor', 'data processor', 'sub processor', 'subprocessor'],
    ...['sous traitant', 'soustraitant'],
    ...['auftragsverarbeiter', 'auftragsverarbeitung', 'auftragsdatenverarbeit'],
    ...['розпорядник', 'розпорядни', 'обробник', 'оператор'],
    ...['обработващ', 'обработващия'],
    ...['obdelovalec', 'obdelovalc', 'pogodben obdelovalec'],
  ],
};
