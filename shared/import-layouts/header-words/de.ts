// Column headers in German: the Datenschutzkonferenz's and Bitkom's models of the Verzeichnis von
// Verarbeitungstätigkeiten, and German DPOs' own spreadsheets.
import type { HeaderWords } from './header-target.ts';

export const GERMAN_HEADERS: HeaderWords = {
  name: [
    '=name',
    '=tatigkeit',
    'verarbeitungstatigkeit',
    'bezeichnung der verarbeitungstatigkeit',
    'bezeichnung',
    'name der verarbeitung',
    'verfahrensbezeichnung',
    '=verfahren',
    '=prozess',
  ],
  description: ['beschreibung', 'kurzbeschreibung', 'beschreibung der verarbeitung'],
  purposes: ['zweck', 'zwecke der verarbeitung', 'verarbeitungszweck', 'zweckbestimmung'],
  legalBases: ['rechtsgrundlage', 'rechtmassigkeit'],
  legalBasisDetail: ['berechtigtes interesse', 'berechtigte interessen', 'rechtsvorschrift', 'erlauterung rechtsgrundlage', '=norm'],
  specialCategoryConditions: ['art 9 ausnahme', 'ausnahmetatbestand', 'rechtsgrundlage besondere kategorien', 'bedingung art 9'],
  dataSubjects: ['betroffene personen', 'kategorien betroffener personen', 'betroffenengruppe', '=betroffene'],
  dataCategories: ['datenkategorie', 'kategorien personenbezogener daten', 'kategorien von daten', 'personenbezogene daten', 'datenarten'],
  specialDataCategories: ['besondere kategorien', 'besondere kategorien personenbezogener daten', 'sensible daten'],
  dataCategoryRetention: ['loschfrist je datenkategorie', 'loschfristen je kategorie', 'aufbewahrung je kategorie'],
  sources: ['quelle', 'datenquelle', 'herkunft der daten', '=herkunft'],
  recipients: ['empfanger', 'kategorien von empfangern', 'empfangerkategorie', 'empfanger der daten'],
  processors: ['auftragsverarbeiter', 'dienstleister', 'unterauftragsverarbeiter'],
  transferCountries: ['drittland', 'drittlander', 'drittlandubermittlung', 'ubermittlung in drittlander', '=land', '=lander', 'zielland', 'empfangerland'],
  transferSafeguards: ['garantie', 'geeignete garantien', 'ubermittlungsinstrument'],
  retention: ['loschfrist', 'aufbewahrungsfrist', 'speicherdauer', 'aufbewahrungsdauer', 'fristen fur die loschung', '=loschung'],
  securityMeasures: ['technische und organisatorische massnahmen', '=tom', '=toms', 'sicherheitsmassnahmen', 'datensicherheit'],
  jointControllers: ['gemeinsam verantwortliche', 'gemeinsame verantwortliche', 'gemeinsam verantwortlicher'],
  dpiaRequired: ['dsfa', 'datenschutz folgenabschatzung', 'datenschutzfolgenabschatzung', 'dsfa erforderlich', 'folgenabschatzung'],
  dpiaReference: ['dsfa referenz', 'dsfa link', 'verweis dsfa'],
  public: ['=offentlich', 'veroffentlicht', 'veroffentlichung'],
  status: ['status', '=zustand'],
  role: ['=rolle', '=eigenschaft'],
  owner: ['verantwortliche abteilung', 'fachbereich', 'abteilung', 'prozessverantwortlich', 'ansprechpartner', 'zustandig', 'organisationseinheit'],
  lastReviewedOn: [
    'letzte prufung',
    'zuletzt gepruft',
    'letzte uberprufung',
    'letzte aktualisierung',
    '=stand',
    'aktualisiert am',
    'datum der letzten prufung',
  ],
  nextReviewOn: ['nachste prufung', 'nachste uberprufung', 'wiedervorlage', 'prufung fallig'],
  notes: ['bemerkung', 'anmerkung', 'kommentar', 'hinweis', 'notiz'],
};

export const GERMAN_EXTENSION_HEADERS: readonly string[] = ['=verantwortlicher', 'name und kontaktdaten des verantwortlichen', 'kontaktdaten'];
