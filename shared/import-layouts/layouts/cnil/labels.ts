// The labels of the CNIL's "fiche de registre" (the model register's sheet per processing activity), compared in
// plain form (label-text.ts). Labels are matched by how they begin: the CNIL's models add examples in parentheses
// ("Sous-traitants (hébergeurs, prestataires…)") and DPOs shorten or complete them.
import { plainLabel } from '../label-text.ts';

/** The parts of the fiche that group rows under a title row. */
export type Section = 'actors' | 'purposes' | 'data' | 'sensitive' | 'subjects' | 'recipients' | 'transfers' | 'security';

/** The lines of the fiche that hold one value, wherever they are. */
export type FicheField =
  | 'name'
  | 'reference'
  | 'created'
  | 'updated'
  | 'legalBasis'
  | 'retention'
  | 'mainPurpose'
  | 'subPurpose'
  | 'internalRecipients'
  | 'externalRecipients'
  | 'processors';

/** The actors' lines: the controller, its DPO and representative, the joint controllers. */
export type Actor = 'controller' | 'dpo' | 'representative' | 'joint';

export type FicheLabel = { kind: 'section'; section: Section } | { kind: 'field'; field: FicheField } | { kind: 'actor'; actor: Actor } | { kind: 'title' };

/** What a column of a table holds, by its header ("Description", "Délai d'effacement", "Pays", …). */
export type ColumnKind =
  | 'description'
  | 'retention'
  | 'details'
  | 'recipientType'
  | 'recipient'
  | 'country'
  | 'safeguards'
  | 'documentation'
  | 'name'
  | 'address'
  | 'postcode'
  | 'city'
  | 'phone'
  | 'email'
  | 'type'
  | 'answer';

/** The label without the examples the model gives in parentheses, and without its plurals' "(s)". */
export function bareLabel(text: string): string {
  return plainLabel(text)
    .replace(/\(s\)/g, '')
    .replace(/\s*\((?=[^)]*\s|[^)]{4,})[^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const SECTIONS: ReadonlyArray<[RegExp, Section]> = [
  [/^acteurs$/, 'actors'],
  [/^finalites? du traitement|^objectifs? poursuivis?/, 'purposes'],
  [/^mesures de securite/, 'security'],
  // Before "catégories de données": the sensitive data have a table of their own.
  [/^(categories de )?donnees sensibles( concernees)?$/, 'sensitive'],
  [/^categories de donnees/, 'data'],
  [/^(categories de )?personnes concernees|^categories de personnes/, 'subjects'],
  [/^(categories de )?destinataires( des donnees)?$/, 'recipients'],
  [/^transferts? (des donnees )?hors (de l'|l')?(ue|union europeenne)/, 'transfers'],
];

const FIELDS: ReadonlyArray<[RegExp, FicheField]> = [
  [/^(nom \/ sigle|nom du traitement|nom de l'activite|nom de la fiche|nom \/ intitule|intitule|activite)$/, 'name'],
  [/^(no|n|numero) ?\/ ?ref(erence)?$|^(no|n) ref(erence)?$|^ref(erence)?$/, 'reference'],
  [/^date de creation/, 'created'],
  [/^(date de (la )?(derniere )?)?mise a jour|^derniere mise a jour/, 'updated'],
  [/^base (legale|juridique)|^liceite/, 'legalBasis'],
  [/^(durees?|delais?) (de conservation|d'effacement|prevus pour l'effacement)/, 'retention'],
  [/^finalite principale/, 'mainPurpose'],
  [/^sous-finalite/, 'subPurpose'],
  [/^destinataires internes/, 'internalRecipients'],
  [/^organismes externes/, 'externalRecipients'],
  [/^sous-traitants?$/, 'processors'],
];

const ACTORS: ReadonlyArray<[RegExp, Actor]> = [
  [/^responsable (du|de) traitement/, 'controller'],
  [/^(delegue a la protection des donnees|dpo$|dpd$)/, 'dpo'],
  [/^representant/, 'representative'],
  [/^(co-?)?responsables? conjoints?|^co-?responsables?/, 'joint'],
];

/** Title rows that say nothing of the activity. */
const TITLES = /^((modele de )?fiche de registre|description du traitement|registre des activites)/;

export function ficheLabelOf(text: string): FicheLabel | undefined {
  const bare = bareLabel(text);
  if (bare === '') return undefined;
  for (const [pattern, section] of SECTIONS) if (pattern.test(bare)) return { kind: 'section', section };
  for (const [pattern, field] of FIELDS) if (pattern.test(bare)) return { kind: 'field', field };
  for (const [pattern, actor] of ACTORS) if (pattern.test(bare)) return { kind: 'actor', actor };
  return TITLES.test(bare) ? { kind: 'title' } : undefined;
}

const COLUMNS: ReadonlyArray<[RegExp, ColumnKind]> = [
  [/^description$/, 'description'],
  [/^(durees?|delais?) (de conservation|d'effacement)/, 'retention'],
  [/^precisions?$/, 'details'],
  [/^type de destinataires?$/, 'recipientType'],
  [/^(destinataires?|organismes?( destinataires?)?)$/, 'recipient'],
  [/^pays/, 'country'],
  [/^(type de )?garanties?/, 'safeguards'],
  [/^(lien vers la )?documentation|^lien/, 'documentation'],
  [/^(nom|nom et prenom|prenom et nom|nom \/ prenom|nom et coordonnees)$/, 'name'],
  [/^adresse( postale)?$/, 'address'],
  [/^(cp|code postal)$/, 'postcode'],
  [/^ville$/, 'city'],
  [/^(telephone|tel)\b/, 'phone'],
  [/^(adresse (de messagerie|mel|mail|e-mail|electronique)|e-?mail|courriel|mel)$/, 'email'],
  [/^type$/, 'type'],
  [/^oui \/ non$/, 'answer'],
];

/** What a table's column holds, by its header. */
export function columnKindOf(text: string): ColumnKind | undefined {
  const bare = bareLabel(text);
  return COLUMNS.find(([pattern]) => pattern.test(bare))?.[1];
}

/** A numbered line the model gives to fill in ("Catégorie 1", "Destinataire 2", "Mesure 3"), not a value itself. */
export function isNumberedLine(text: string): boolean {
  return /^(categorie|personne|destinataire|organisme|transfert|mesure|sous-traitant)s?( de personnes| concernees?)? ?(no ?)?\d+$/.test(bareLabel(text));
}
