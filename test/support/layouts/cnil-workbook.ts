// The CNIL's model register ("Registre des activités de traitement") filled in by a small French company, for the
// layout's tests: a first sheet listing the activities, then a "fiche de registre" per activity, in a form layout
// (labels in column A, values to the right; the tables' description and time-limit columns are merged cells, their
// text in the first cell only). The model's wording is written out here, apart from the reader's labels.
import type { SheetGrid } from '../../../shared/import-layouts/imported-register.ts';
import { rowOf, writeGridWorkbook, type GridSheet, type Merge } from './grid-workbook.ts';

export type CnilActor = { name: string; address?: string; postcode?: string; city?: string; country?: string; phone?: string; email?: string };
export type CnilCategory = { description: string; retention?: string };

/** The model's lines of ordinary data categories, in its order. */
export const CNIL_DATA_LINES = {
  identity: 'Etat-civil, identité, données d’identification, images…',
  personalLife: 'Vie personnelle (habitudes de vie, situation familiale, etc.)',
  workLife: 'Vie professionnelle (CV, situation professionnelle, scolarité, formation, distinctions, diplômes, etc.)',
  financial: 'Informations d’ordre économique et financier (revenus, situation financière, données bancaires, etc.)',
  connection: 'Données de connexion (adresses IP, logs, identifiants des terminaux, identifiants de connexion, informations d’horodatage, etc.)',
  location: 'Données de localisation (déplacements, données GPS, GSM, etc.)',
  internet: 'Internet (cookies, traceurs, données de navigation, mesures d’audience, etc.)',
  other: 'Autres catégories de données (précisez)',
} as const;

/** The model's lines of sensitive data (Art. 9 and 10 GDPR, and the French NIR), in its order. */
export const CNIL_SENSITIVE_LINES = {
  racialOrigin: 'Données révélant l’origine prétendument raciale ou ethnique',
  politicalOpinions: 'Données révélant les opinions politiques',
  beliefs: 'Données révélant les convictions religieuses ou philosophiques',
  unionMembership: 'Données révélant l’appartenance syndicale',
  genetic: 'Données génétiques',
  biometric: 'Données biométriques aux fins d’identifier une personne physique de manière unique',
  health: 'Données concernant la santé',
  sexLife: 'Données concernant la vie sexuelle ou l’orientation sexuelle',
  offences: 'Données relatives à des condamnations pénales ou à des infractions',
  nir: 'Numéro d’identification national unique (NIR pour la France)',
} as const;

/** The model's checklist of security measures. */
export const CNIL_MEASURE_LINES = {
  accessControl: 'Contrôle d’accès des utilisateurs',
  traceability: 'Mesures de traçabilité',
  software: 'Mesures de protection des logiciels',
  backup: 'Sauvegarde des données',
  encryption: 'Chiffrement des données',
  processorControl: 'Contrôle des sous-traitants',
  other: 'Autres mesures',
} as const;

export type CnilFiche = {
  /** The sheet's name (the model's tabs are "Fiche 1", "Fiche 2", …). */
  sheet?: string;
  name: string;
  reference?: string;
  createdOn?: string;
  updatedOn?: string;
  jointControllers?: CnilActor;
  mainPurpose: string;
  subPurposes?: readonly string[];
  /** A "Base légale" line, which some copies of the model add under the purposes. */
  legalBasis?: string;
  /** A general "Durée de conservation" line, which some copies add after the data categories. */
  generalRetention?: string;
  measures?: Partial<Record<keyof typeof CNIL_MEASURE_LINES, string>>;
  data?: Partial<Record<keyof typeof CNIL_DATA_LINES, CnilCategory>>;
  sensitive?: Partial<Record<keyof typeof CNIL_SENSITIVE_LINES, CnilCategory>>;
  /** One line per category of people ("Catégorie de personnes 1", …). */
  subjects?: readonly string[];
  internalRecipients?: string;
  externalRecipients?: string;
  processors?: string;
  transfers?: ReadonlyArray<{ recipient: string; country: string; safeguards?: string; documentation?: string }>;
  /** Lines a DPO added to the model, as [label, value]. */
  extraLines?: ReadonlyArray<readonly [string, string]>;
};

export type CnilWorkbook = { fiches: readonly CnilFiche[]; controller?: CnilActor; dpo?: CnilActor; representative?: CnilActor };

const WIDTH = 8;
const SUB_PURPOSES = 5;
const SUBJECT_LINES = 4;
const TRANSFER_LINES = 3;

export const CNIL_CONTROLLER: CnilActor = {
  name: 'Boulangerie Martin SARL',
  address: '12 rue des Lilas',
  postcode: '69003',
  city: 'Lyon',
  country: 'France',
  phone: '04 78 00 00 00',
  email: 'contact@boulangerie-martin.fr',
};
export const CNIL_DPO: CnilActor = {
  name: 'Claire Dubois',
  address: '12 rue des Lilas',
  postcode: '69003',
  city: 'Lyon',
  country: 'France',
  email: 'dpo@boulangerie-martin.fr',
};

/** Payroll, recruitment, CCTV and the newsletter, as the company's DPO filled in their fiches. */
export const CNIL_SAMPLE_FICHES: readonly CnilFiche[] = [
  {
    sheet: 'Fiche 1',
    name: 'Gestion de la paie',
    reference: 'REF-001',
    createdOn: '15/01/2024',
    updatedOn: '03/02/2025',
    mainPurpose: 'Calcul et versement des salaires',
    subPurposes: ['Déclarations sociales nominatives (DSN)', 'Gestion des notes de frais'],
    legalBasis: 'Obligation légale',
    measures: {
      accessControl: 'Comptes nominatifs, droits limités au service paie',
      backup: 'Sauvegarde chiffrée quotidienne',
      processorControl: 'Clause de sécurité dans le contrat du prestataire de paie',
    },
    data: {
      identity: { description: 'Nom, prénom, adresse, date de naissance', retention: '5 ans après le départ du salarié' },
      workLife: { description: 'Poste, ancienneté, temps de travail', retention: '5 ans après le départ du salarié' },
      financial: { description: 'Salaire, RIB', retention: '5 ans après le départ du salarié' },
    },
    sensitive: {
      nir: { description: 'Numéro de sécurité sociale', retention: '5 ans après le départ du salarié' },
    },
    subjects: ['Salariés', 'Anciens salariés'],
    internalRecipients: 'Service paie, direction',
    externalRecipients: 'URSSAF, caisses de retraite, administration fiscale',
    processors: 'PayFit',
  },
  {
    sheet: 'Fiche 2',
    name: 'Recrutement',
    reference: 'REF-002',
    createdOn: '2024-01-15',
    updatedOn: '2025-03-10',
    mainPurpose: 'Sélection des candidats aux postes ouverts',
    subPurposes: ['Constitution d’un vivier de candidatures'],
    measures: { accessControl: 'Accès réservé aux recruteurs', encryption: 'X' },
    data: {
      identity: { description: 'Nom, prénom, coordonnées', retention: '2 ans après le dernier contact' },
      workLife: { description: 'CV, lettre de motivation, diplômes', retention: '2 ans après le dernier contact' },
    },
    subjects: ['Candidats'],
    internalRecipients: 'Responsables de recrutement',
    processors: 'Welcome to the Jungle',
    transfers: [
      {
        recipient: 'Welcome to the Jungle (hébergement)',
        country: 'États-Unis',
        safeguards: 'Clauses contractuelles types',
        documentation: 'https://intranet.boulangerie-martin.fr/cct/wttj.pdf',
      },
    ],
  },
  {
    sheet: 'Fiche 3',
    name: 'Vidéosurveillance',
    reference: 'REF-003',
    createdOn: '01/03/2024',
    updatedOn: '01/03/2025',
    mainPurpose: 'Sécurité des biens et des personnes dans la boutique',
    measures: { accessControl: 'Visionnage réservé au gérant', traceability: 'Journal des consultations des images' },
    data: {
      identity: { description: 'Images des personnes filmées', retention: '30 jours' },
    },
    subjects: ['Salariés', 'Clients', 'Fournisseurs'],
    internalRecipients: 'Gérant',
    externalRecipients: 'Forces de l’ordre (sur réquisition)',
    processors: 'Télésurveillance Rhône Sécurité',
  },
  {
    sheet: 'Fiche 4',
    name: 'Lettre d’information',
    reference: 'REF-004',
    createdOn: '10/09/2024',
    updatedOn: '10/09/2024',
    mainPurpose: 'Envoi de la lettre d’information mensuelle',
    subPurposes: ['Mesure d’audience des envois'],
    measures: { accessControl: 'Double authentification sur le compte d’envoi' },
    data: {
      identity: { description: 'Adresse électronique, prénom', retention: '3 ans après le dernier clic' },
      internet: { description: 'Ouvertures et clics', retention: '13 mois' },
    },
    subjects: ['Abonnés à la lettre d’information'],
    internalRecipients: 'Service communication',
    processors: 'Brevo',
    transfers: [],
  },
];

/** `count` fiches: the four samples again and again, each numbered so that every name and reference is its own. */
export function cnilFiches(count: number): CnilFiche[] {
  return Array.from({ length: count }, (_, index) => {
    const sample = CNIL_SAMPLE_FICHES[index % CNIL_SAMPLE_FICHES.length] as CnilFiche;
    const round = Math.floor(index / CNIL_SAMPLE_FICHES.length);
    const number = String(index + 1).padStart(3, '0');
    return round === 0 ? sample : { ...sample, sheet: `Fiche ${index + 1}`, name: `${sample.name} (${round + 1})`, reference: `REF-${number}` };
  });
}

const actorLine = (label: string, actor: CnilActor | undefined) =>
  rowOf(WIDTH, [
    label,
    actor?.name ?? '',
    actor?.address ?? '',
    actor?.postcode ?? '',
    actor?.city ?? '',
    actor?.country ?? '',
    actor?.phone ?? '',
    actor?.email ?? '',
  ]);

/** One fiche as the import reads it, with the merges of its tables' description and time-limit columns. */
function ficheSheet(fiche: CnilFiche, index: number, workbook: CnilWorkbook): GridSheet {
  const rows: string[][] = [];
  const merges: Merge[] = [];
  const line = (...cells: string[]) => rows.push(rowOf(WIDTH, cells));
  // A table line: label in A, description in B:D (merged), time limit in E:F (merged).
  const tableLine = (label: string, description: string, retention: string) => {
    rows.push(rowOf(WIDTH, [label, description, '', '', retention]));
    merges.push({ row: rows.length, left: 2, right: 4 }, { row: rows.length, left: 5, right: 6 });
  };
  const table = <Key extends string>(title: string, lines: Record<Key, string>, filled: Partial<Record<Key, CnilCategory>> | undefined) => {
    tableLine(title, 'Description', 'Délai d’effacement');
    for (const key of Object.keys(lines) as Key[]) tableLine(lines[key], filled?.[key]?.description ?? '', filled?.[key]?.retention ?? '');
  };

  line('Fiche de registre');
  line('Description du traitement');
  line('Nom / sigle', fiche.name);
  line('N° / REF', fiche.reference ?? '');
  line('Date de création', fiche.createdOn ?? '');
  line('Mise à jour', fiche.updatedOn ?? '');
  line();
  line('Acteurs', 'Nom', 'Adresse', 'CP', 'Ville', 'Pays', 'Téléphone', 'Adresse de messagerie');
  rows.push(actorLine('Responsable du traitement', workbook.controller));
  rows.push(actorLine('Délégué à la protection des données', workbook.dpo));
  rows.push(actorLine('Représentant', workbook.representative));
  rows.push(actorLine('Responsable(s) conjoint(s)', fiche.jointControllers));
  line();
  line('Finalité(s) du traitement effectué');
  line('Finalité principale', fiche.mainPurpose);
  for (let number = 1; number <= SUB_PURPOSES; number++) line(`Sous-finalité ${number}`, fiche.subPurposes?.[number - 1] ?? '');
  if (fiche.legalBasis !== undefined) line('Base légale', fiche.legalBasis);
  line();
  line('Mesures de sécurité', 'Description');
  for (const key of Object.keys(CNIL_MEASURE_LINES) as Array<keyof typeof CNIL_MEASURE_LINES>) line(CNIL_MEASURE_LINES[key], fiche.measures?.[key] ?? '');
  line();
  table('Catégories de données personnelles concernées', CNIL_DATA_LINES, fiche.data);
  table('Données sensibles', CNIL_SENSITIVE_LINES, fiche.sensitive);
  if (fiche.generalRetention !== undefined) line('Durée de conservation', fiche.generalRetention);
  line();
  line('Catégories de personnes concernées', 'Description');
  const subjects = Math.max(SUBJECT_LINES, fiche.subjects?.length ?? 0);
  for (let number = 1; number <= subjects; number++) line(`Catégorie de personnes ${number}`, fiche.subjects?.[number - 1] ?? '');
  line();
  line('Catégories de destinataires des données', 'Description');
  line('Destinataires internes (entreprise ou service, catégories de personnes habilitées…)', fiche.internalRecipients ?? '');
  line('Organismes externes (filiales, partenaires…)', fiche.externalRecipients ?? '');
  line('Sous-traitants (hébergeurs, prestataires et maintenance informatiques…)', fiche.processors ?? '');
  line();
  line('Transferts des données hors UE', 'Destinataire', 'Pays', 'Type de garanties', 'Lien vers la documentation');
  const transfers = Math.max(TRANSFER_LINES, fiche.transfers?.length ?? 0);
  for (let number = 1; number <= transfers; number++) {
    const transfer = fiche.transfers?.[number - 1];
    line(`Transfert ${number}`, transfer?.recipient ?? '', transfer?.country ?? '', transfer?.safeguards ?? '', transfer?.documentation ?? '');
  }
  for (const [label, value] of fiche.extraLines ?? []) line(label, value);
  return { name: fiche.sheet ?? `Fiche ${index + 1}`, rows, merges, columnWidths: [48, 30, 12, 12, 24, 14, 16, 30] };
}

/** The model's first sheet: the organisation and the list of its activities, which is not a fiche. */
function registerSheet(workbook: CnilWorkbook): GridSheet {
  return {
    name: 'Registre',
    rows: [
      rowOf(WIDTH, ['Registre des activités de traitement de', workbook.controller?.name ?? '']),
      rowOf(WIDTH, []),
      rowOf(WIDTH, ['N° / REF', 'Activités', 'Désignation des activités', 'Date de création', 'Mise à jour']),
      ...workbook.fiches.map((fiche, index) =>
        rowOf(WIDTH, [fiche.reference ?? '', `Activité ${index + 1}`, fiche.name, fiche.createdOn ?? '', fiche.updatedOn ?? '']),
      ),
    ],
  };
}

function gridSheets(workbook: CnilWorkbook): GridSheet[] {
  return [registerSheet(workbook), ...workbook.fiches.map((fiche, index) => ficheSheet(fiche, index, workbook))];
}

/** The workbook as the sheets the import reads: the register's list, then a fiche per activity. */
export function cnilSheets(workbook: CnilWorkbook): SheetGrid[] {
  return gridSheets(workbook).map(({ name, rows }) => ({ name, rows }));
}

/** Writes the workbook as an XLSX file. */
export async function writeCnilWorkbook(filePath: string, workbook: CnilWorkbook): Promise<void> {
  await writeGridWorkbook(filePath, gridSheets(workbook));
}
