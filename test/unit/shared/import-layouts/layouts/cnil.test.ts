import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseExchangeText } from '../../../../../shared/exchange/read.ts';
import { describePlace, type ImportedActivity, type ImportedRegister, type SheetGrid } from '../../../../../shared/import-layouts/imported-register.ts';
import { cnilLayout } from '../../../../../shared/import-layouts/layouts/cnil.ts';
import { RegisterError } from '../../../../../shared/result.ts';
import { toSheets } from '../../../../../shared/spreadsheet/to-rows.ts';
import { fixturePath } from '../../../../support/fixtures.ts';
import {
  CNIL_CONTROLLER,
  CNIL_DPO,
  CNIL_SAMPLE_FICHES,
  cnilFiches,
  cnilSheets,
  type CnilFiche,
  type CnilWorkbook,
} from '../../../../support/layouts/cnil-workbook.ts';

const [PAYROLL, RECRUITMENT, CCTV, NEWSLETTER] = CNIL_SAMPLE_FICHES as [CnilFiche, CnilFiche, CnilFiche, CnilFiche];

const read = (workbook: CnilWorkbook): ImportedRegister => cnilLayout.read(cnilSheets(workbook));
const only = (fiche: CnilFiche, workbook: Omit<CnilWorkbook, 'fiches'> = {}): { activity: ImportedActivity; register: ImportedRegister } => {
  const register = read({ ...workbook, fiches: [fiche] });
  expect(register.activities).toHaveLength(1);
  return { activity: register.activities[0] as ImportedActivity, register };
};
/** The 1-based row of the line labelled `label` in the fiche's sheet. */
const rowOf = (fiche: CnilFiche, label: string): number => {
  const sheet = cnilSheets({ fiches: [fiche] })[1] as SheetGrid;
  return sheet.rows.findIndex((row) => row[0] === label) + 1;
};

describe('the CNIL model register', () => {
  it('reads the payroll fiche: each line into its field, retention per data category', () => {
    const { activity, register } = only(PAYROLL, { controller: CNIL_CONTROLLER, dpo: CNIL_DPO });
    expect(register.findings).toEqual([]);
    const fiveYears = '5 ans après le départ du salarié';
    expect(activity).toEqual({
      place: { sheet: 'Fiche 1', row: rowOf(PAYROLL, 'Nom / sigle') },
      name: 'Gestion de la paie',
      sourceKey: 'REF-001',
      lastReviewedOn: '2025-02-03',
      purposes: ['Calcul et versement des salaires', 'Déclarations sociales nominatives (DSN)', 'Gestion des notes de frais'],
      legalBases: [{ basis: 'legal-obligation' }],
      specialCategoryConditions: [],
      dataSubjects: ['Salariés', 'Anciens salariés'],
      dataCategories: [
        { name: 'Etat-civil, identité, données d’identification, images: Nom, prénom, adresse, date de naissance', retention: fiveYears },
        { name: 'Vie professionnelle: Poste, ancienneté, temps de travail', retention: fiveYears },
        { name: 'Informations d’ordre économique et financier: Salaire, RIB', retention: fiveYears },
        { name: 'Numéro d’identification national unique: Numéro de sécurité sociale', special: true, retention: fiveYears },
      ],
      // Every category has the same time limit: it is the activity's retention too.
      retention: fiveYears,
      sources: [],
      recipients: ['Service paie', 'direction', 'URSSAF', 'caisses de retraite', 'administration fiscale'],
      processorNames: ['PayFit'],
      transfers: [],
      securityMeasures: [
        'Contrôle d’accès des utilisateurs: Comptes nominatifs, droits limités au service paie',
        'Sauvegarde des données: Sauvegarde chiffrée quotidienne',
        'Contrôle des sous-traitants: Clause de sécurité dans le contrat du prestataire de paie',
      ],
      jointControllers: [],
      notes: [],
      extensions: { 'x-cnil-reference': 'REF-001', 'x-cnil-created-on': '2024-01-15' },
    });
  });

  it('reads the recruitment fiche: a transfer with its safeguards and documentation, a ticked measure', () => {
    const { activity, register } = only(RECRUITMENT);
    expect(register.findings).toEqual([]);
    expect(activity.transfers).toEqual([
      {
        country: 'US',
        recipient: 'Welcome to the Jungle (hébergement)',
        mechanism: 'scc',
        safeguards: 'Clauses contractuelles types – documentation: https://intranet.boulangerie-martin.fr/cct/wttj.pdf',
      },
    ]);
    expect(activity.securityMeasures).toEqual(['Contrôle d’accès des utilisateurs: Accès réservé aux recruteurs', 'Chiffrement des données']);
    expect(activity.processorNames).toEqual(['Welcome to the Jungle']);
    expect(activity.lastReviewedOn).toBe('2025-03-10');
  });

  it('reads the CCTV and newsletter fiches; categories with different time limits leave the activity retention empty', () => {
    const register = read({ fiches: [CCTV, NEWSLETTER] });
    const [cctv, newsletter] = register.activities as [ImportedActivity, ImportedActivity];
    expect(cctv.place.sheet).toBe('Fiche 3');
    expect(cctv.recipients).toEqual(['Gérant', 'Forces de l’ordre (sur réquisition)']);
    expect(cctv.processorNames).toEqual(['Télésurveillance Rhône Sécurité']);
    expect(cctv.dataSubjects).toEqual(['Salariés', 'Clients', 'Fournisseurs']);
    expect(cctv.retention).toBe('30 jours');
    expect(newsletter.dataCategories).toEqual([
      { name: 'Etat-civil, identité, données d’identification, images: Adresse électronique, prénom', retention: '3 ans après le dernier clic' },
      { name: 'Internet: Ouvertures et clics', retention: '13 mois' },
    ]);
    expect(newsletter.retention).toBeUndefined();
    expect(newsletter.purposes).toEqual(['Envoi de la lettre d’information mensuelle', 'Mesure d’audience des envois']);
  });

  it("takes a general retention line as the activity's, whatever the categories say", () => {
    const { activity } = only({ ...NEWSLETTER, generalRetention: 'Jusqu’au désabonnement, puis 3 ans' });
    expect(activity.retention).toBe('Jusqu’au désabonnement, puis 3 ans');
    expect(activity.dataCategories.map((category) => category.retention)).toEqual(['3 ans après le dernier clic', '13 mois']);
  });

  it('reads a line of the model left as its label alone as a category not processed', () => {
    const { activity } = only(CCTV);
    // The model's other lines (vie personnelle, données de connexion, the sensitive data…) are empty: not processed.
    expect(activity.dataCategories).toEqual([
      { name: 'Etat-civil, identité, données d’identification, images: Images des personnes filmées', retention: '30 jours' },
    ]);
  });

  it('marks the sensitive data lines special, each with its own time limit', () => {
    const fiche: CnilFiche = {
      ...PAYROLL,
      sensitive: { health: { description: 'Arrêts de travail', retention: '2 ans' }, unionMembership: { description: 'Mandats de représentant du personnel' } },
    };
    const { activity } = only(fiche);
    expect(activity.dataCategories.filter((category) => category.special === true)).toEqual([
      { name: 'Données révélant l’appartenance syndicale: Mandats de représentant du personnel', special: true },
      { name: 'Données concernant la santé: Arrêts de travail', special: true, retention: '2 ans' },
    ]);
    // A category without a time limit: the categories do not share one.
    expect(activity.retention).toBeUndefined();
  });

  it("reads the controller, its DPO and representative as the organisation, joint controllers as the activity's", () => {
    const representative = {
      name: 'EU Rep SAS',
      address: '1 avenue X',
      postcode: '75001',
      city: 'Paris',
      country: 'France',
      phone: '01 00 00 00 00',
      email: 'rep@example.fr',
    };
    const joint = { name: 'Centre commercial Part-Dieu', city: 'Lyon', email: 'securite@partdieu.example' };
    const register = read({ fiches: [{ ...CCTV, jointControllers: joint }, PAYROLL], controller: CNIL_CONTROLLER, dpo: CNIL_DPO, representative });
    expect(register.organisation).toEqual({
      name: 'Boulangerie Martin SARL',
      address: '12 rue des Lilas, 69003 Lyon, France',
      country: 'FR',
      email: 'contact@boulangerie-martin.fr',
      phone: '04 78 00 00 00',
      dpo: { name: 'Claire Dubois', email: 'dpo@boulangerie-martin.fr', address: '12 rue des Lilas, 69003 Lyon, France' },
      representative: { name: 'EU Rep SAS', address: '1 avenue X, 75001 Paris, France', email: 'rep@example.fr' },
    });
    expect(register.activities[0]?.jointControllers).toEqual([{ name: 'Centre commercial Part-Dieu', contact: 'Lyon, securite@partdieu.example' }]);
    // The register has no telephone for a representative: told once, not once per fiche.
    expect(register.findings).toEqual([
      { place: { sheet: 'Fiche 3', row: rowOf(CCTV, 'Représentant'), column: 'Représentant' }, message: expect.stringContaining('01 00 00 00 00') },
    ]);
  });

  it('keeps a value that fits no choice in the notes, with a finding naming its sheet, row and column', () => {
    const fiche: CnilFiche = {
      ...RECRUITMENT,
      legalBasis: 'Intérêt légitime; Parce que la direction le veut',
      updatedOn: 'à faire',
      transfers: [{ recipient: 'Atelier Numérique', country: 'Atlantide', safeguards: 'CCT' }],
    };
    const { activity, register } = only(fiche);
    expect(activity.legalBases).toEqual([{ basis: 'legitimate-interests' }]);
    expect(activity.lastReviewedOn).toBeUndefined();
    expect(activity.transfers).toEqual([]);
    expect(activity.notes).toEqual([
      'Mise à jour: "à faire"',
      'Base légale: "Parce que la direction le veut"',
      'Transfert 1: "Atelier Numérique | Atlantide | CCT"',
    ]);
    const places = register.findings.map((finding) => describePlace(finding.place));
    expect(places).toEqual([
      `Fiche 2 sheet, row ${rowOf(fiche, 'Mise à jour')}, column "Mise à jour"`,
      `Fiche 2 sheet, row ${rowOf(fiche, 'Base légale')}, column "Base légale"`,
      `Fiche 2 sheet, row ${rowOf(fiche, 'Transfert 1')}, column "Transfert 1"`,
    ]);
  });

  it('keeps safeguards it cannot read as the transfer’s, and tells of them under their column', () => {
    const fiche: CnilFiche = { ...NEWSLETTER, transfers: [{ recipient: 'Brevo support', country: 'Inde', safeguards: 'Engagement du prestataire' }] };
    const { activity, register } = only(fiche);
    expect(activity.transfers).toEqual([{ country: 'IN', recipient: 'Brevo support', safeguards: 'Engagement du prestataire' }]);
    expect(register.findings.map((finding) => finding.place)).toEqual([{ sheet: 'Fiche 4', row: rowOf(fiche, 'Transfert 1'), column: 'Type de garanties' }]);
  });

  it('keeps lines it does not know as x-cnil- fields', () => {
    const { activity } = only({
      ...CCTV,
      extraLines: [
        ['Nom du logiciel ou de l’application', 'Hikvision iVMS'],
        ['Commentaires', 'Panneaux d’information à l’entrée'],
      ],
    });
    expect(activity.extensions).toMatchObject({
      'x-cnil-nom-du-logiciel-ou-de-l-application': 'Hikvision iVMS',
      'x-cnil-commentaires': 'Panneaux d’information à l’entrée',
    });
  });

  it('reads the simplified model’s numbered recipient lines: a processor by its type, others as recipients', () => {
    const sheet: SheetGrid = {
      name: 'Activité 1',
      rows: [
        ['Nom / sigle', 'Gestion des clients'],
        ['N° / REF', 'ACT-01'],
        ['Finalité(s) du traitement effectué'],
        ['Finalité principale', 'Suivi des commandes'],
        ['Catégories de données personnelles concernées', 'Description', 'Durée de conservation'],
        ['Etat-civil, identité', 'Nom, adresse', '3 ans'],
        ['Vie personnelle', '-', '-'],
        ['Catégories de personnes concernées', 'Description', 'Précisions'],
        ['Catégorie 1', 'Clients', 'Particuliers'],
        ['Destinataires', 'Type de destinataire', 'Précisions'],
        ['Destinataire 1', 'Service interne qui traite les données', 'Service commercial'],
        ['Destinataire 2', 'Sous-traitants', 'OVHcloud; Sellsy'],
        ['Destinataire 3', '', ''],
        ['Mesures de sécurité', 'Type', 'Précisions'],
        ['Mesure 1', 'Sauvegarde des données', 'Sauvegarde hebdomadaire'],
        ['Mesure 2', 'Mesures de traçabilité', ''],
      ],
    };
    expect(cnilLayout.recognises([sheet])).toBe(true);
    const activity = cnilLayout.read([sheet]).activities[0] as ImportedActivity;
    expect(activity.dataCategories).toEqual([{ name: 'Etat-civil, identité: Nom, adresse', retention: '3 ans' }]);
    expect(activity.dataSubjects).toEqual(['Clients: Particuliers']);
    expect(activity.recipients).toEqual(['Service commercial (Service interne qui traite les données)']);
    expect(activity.processorNames).toEqual(['OVHcloud', 'Sellsy']);
    expect(activity.securityMeasures).toEqual(['Sauvegarde des données: Sauvegarde hebdomadaire', 'Mesures de traçabilité']);
    expect(activity.retention).toBe('3 ans');
  });

  it('names a fiche without "Nom / sigle" after its sheet, and tells of it', () => {
    const sheet: SheetGrid = {
      name: 'Traitement RH',
      rows: [
        ['Finalité principale', 'Formation des salariés'],
        ['Date de création', '2024-05-02'],
        ['Mise à jour', '2025-05-02'],
        ['Catégories de personnes concernées', 'Salariés'],
      ],
    };
    const register = cnilLayout.read([sheet]);
    expect(register.activities[0]?.name).toBe('Traitement RH');
    expect(register.activities[0]?.dataSubjects).toEqual(['Salariés']);
    expect(register.findings[0]?.place).toEqual({ sheet: 'Traitement RH', row: 1 });
  });

  it('reads many fiches', () => {
    const register = read({ fiches: cnilFiches(200), controller: CNIL_CONTROLLER });
    expect(register.activities).toHaveLength(200);
    expect(new Set(register.activities.map((activity) => activity.sourceKey)).size).toBe(200);
  });

  describe('recognises', () => {
    it('the model, but not its list of activities alone', () => {
      const sheets = cnilSheets({ fiches: CNIL_SAMPLE_FICHES, controller: CNIL_CONTROLLER });
      expect(cnilLayout.recognises(sheets)).toBe(true);
      expect(cnilLayout.recognises(sheets.slice(0, 1))).toBe(false);
    });

    it('not our own spreadsheet template or a CSV of other headers', () => {
      const document = parseExchangeText(readFileSync(fixturePath('btc-sl'), 'utf8'));
      const ours = toSheets(document).map((sheet) => ({ name: sheet.sheet, rows: [sheet.header, ...sheet.rows] }));
      expect(cnilLayout.recognises(ours)).toBe(false);
      const csv = [
        {
          name: 'export.csv',
          rows: [
            ['Nom', 'Finalité', 'Base légale', 'Durée de conservation'],
            ['Paie', 'Salaires', 'Contrat', '5 ans'],
          ],
        },
      ];
      expect(cnilLayout.recognises(csv)).toBe(false);
    });
  });

  it('refuses sheets without a fiche', () => {
    expect(() => cnilLayout.read([{ name: 'Feuil1', rows: [['Nom', 'Email']] }])).toThrow(RegisterError);
  });
});
