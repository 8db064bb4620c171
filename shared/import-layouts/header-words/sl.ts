// Column headers in Slovenian: the Information Commissioner's model of the "evidenca dejavnosti obdelave" and the
// terms of the Slovenian text of the GDPR (upravljavec, obdelovalec, uporabnik for recipient).
import type { HeaderWords } from './header-target.ts';

export const SLOVENIAN_HEADERS: HeaderWords = {
  name: ['=ime', '=naziv', '=proces', 'dejavnost obdelave', 'ime dejavnosti', 'naziv obdelave', 'naziv dejavnosti', 'ime zbirke', '=zbirka'],
  description: ['opis', 'opis obdelave', 'opis dejavnosti'],
  purposes: ['namen', 'nameni obdelave', 'namen obdelave'],
  legalBases: ['pravna podlaga', 'pravne podlage', 'podlaga za obdelavo', 'zakonska podlaga'],
  legalBasisDetail: ['zakoniti interes', 'pravni akt', '=predpis', 'sklic na predpis'],
  specialCategoryConditions: ['pogoj iz 9 clena', 'izjema iz 9 clena', 'podlaga za posebne vrste'],
  dataSubjects: [
    'posamezniki',
    'kategorije posameznikov',
    'opis kategorij posameznikov',
    'posamezniki na katere se nanasajo osebni podatki',
    'skupine posameznikov',
  ],
  dataCategories: ['kategorije osebnih podatkov', 'opis kategorij osebnih podatkov', 'osebni podatki', 'vrste osebnih podatkov', 'vrste podatkov'],
  specialDataCategories: ['posebne vrste osebnih podatkov', 'posebne vrste', 'obcutljivi podatki'],
  dataCategoryRetention: ['rok hrambe po kategorijah'],
  sources: ['=vir', 'vir podatkov', 'viri osebnih podatkov'],
  recipients: ['uporabniki', 'kategorije uporabnikov', 'prejemniki', 'kategorije prejemnikov'],
  processors: ['obdelovalec', 'obdelovalci', 'pogodbeni obdelovalec', 'pogodbeni obdelovalci'],
  transferCountries: ['tretj drzav', '=drzava', '=drzave', 'prenos v tretje drzave', 'prenos osebnih podatkov v tretjo drzavo'],
  transferSafeguards: ['zascitni ukrepi', 'ustrezni zascitni ukrepi', 'mehanizem prenosa'],
  retention: ['rok hrambe', 'roki hrambe', 'roki za izbris', 'predvideni roki za izbris', 'cas hrambe'],
  securityMeasures: ['varnostni ukrepi', 'tehnicni in organizacijski ukrepi', 'splosni opis tehnicnih in organizacijskih varnostnih ukrepov', 'zavarovanje'],
  jointControllers: ['skupni upravljavci', 'skupni upravljavec'],
  dpiaRequired: ['ocena ucinka', 'ocena ucinka v zvezi z varstvom podatkov'],
  dpiaReference: ['sklic na oceno ucinka', 'povezava do ocene ucinka'],
  public: ['=javno', 'objavljeno', 'javna objava'],
  status: ['status', '=stanje'],
  role: ['=vloga'],
  owner: ['odgovorna oseba', 'skrbnik', 'lastnik procesa', 'oddelek', 'organizacijska enota'],
  lastReviewedOn: ['datum pregleda', 'zadnji pregled', 'zadnja posodobitev', 'posodobljeno'],
  nextReviewOn: ['naslednji pregled', 'datum naslednjega pregleda'],
  notes: ['opomb', 'komentar'],
};

export const SLOVENIAN_EXTENSION_HEADERS: readonly string[] = ['kontaktni podatki upravljavca', 'ime in kontaktni podatki upravljavca'];
