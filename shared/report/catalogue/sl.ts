import type { ReportCatalogue } from './catalogue.ts';

/**
 * The fixed texts of the register report in Slovenian. The Art. 30 wording and the legal terms follow the official
 * Slovenian text of Regulation (EU) 2016/679 (Splošna uredba o varstvu podatkov) as published in the Official
 * Journal, including "uporabnik" for recipient; article references use one compact form throughout, as the official
 * text writes them: "člen 27", "člen 6(1)", "točka (a) člena 6(1)". The letter headings of Art. 30 keep "(a)"–"(g)".
 */
export const sl: ReportCatalogue = {
  languageName: 'Slovenščina',
  document: {
    title: 'Evidenca dejavnosti obdelave osebnih podatkov',
    subtitle: 'Člen 30 Uredbe (EU) 2016/679 (Splošna uredba o varstvu podatkov)',
    header: (organisation) => `${organisation} · Evidenca dejavnosti obdelave`,
    footer: (page, pages, date, revision) => `Stran ${page} od ${pages} · ${date} · revizija ${revision}`,
    contents: 'Kazalo',
    notRecorded: 'Ni navedeno',
    none: 'Ni',
    draft: 'Osnutek',
    yes: 'Da',
    no: 'Ne',
  },
  cover: {
    organisation: 'Upravljavec',
    legalForm: 'Pravnoorganizacijska oblika',
    registrationNumber: 'Matična številka',
    vatId: 'Identifikacijska številka za DDV',
    address: 'Naslov',
    country: 'Država',
    email: 'E-pošta',
    phone: 'Telefon',
    website: 'Spletna stran',
    dpo: 'Pooblaščena oseba za varstvo podatkov',
    representative: 'Predstavnik v Uniji (člen 27)',
    register: 'Evidenca',
    date: 'Datum tega poročila',
    revision: 'Revizija evidence',
    fingerprint: 'Prstni odtis SHA-256 vsebine evidence',
    language: 'Jezik tega poročila',
    scope: 'Vključeni zapisi',
    scopeActive: 'Veljavne dejavnosti obdelave (status „aktivna“)',
    scopeWithDrafts: 'Veljavne dejavnosti obdelave in osnutki (osnutki so označeni z „Osnutek“)',
    counts: (activities, processors) => {
      const plural = new Intl.PluralRules('sl');
      const activityWord = plural.select(activities) === 'one' ? 'dejavnost obdelave' : 'dejavnosti obdelave';
      const processorForm = plural.select(processors);
      const processorWord =
        processorForm === 'one'
          ? 'obdelovalec ali podobdelovalec'
          : processorForm === 'two'
            ? 'obdelovalca in podobdelovalca'
            : processorForm === 'few'
              ? 'obdelovalci in podobdelovalci'
              : 'obdelovalcev in podobdelovalcev';
      return `${activities} ${activityWord}, ${processors} ${processorWord}`;
    },
  },
  summary: {
    title: 'Povzetek dejavnosti obdelave',
    reference: 'Ozn.',
    name: 'Dejavnost obdelave',
    role: 'Vloga',
    legalBases: 'Pravne podlage',
    owner: 'Skrbnik',
    lastReview: 'Zadnji pregled',
    nextReview: 'Naslednji pregled',
    none: 'Evidenca v tem obsegu ne vsebuje dejavnosti obdelave.',
  },
  partController: {
    title: 'Del I. Evidenca dejavnosti obdelave, za katere je odgovoren upravljavec (člen 30(1))',
    a: '(a) Ime in kontaktni podatki upravljavca, skupnih upravljavcev, predstavnika upravljavca in pooblaščene osebe za varstvo podatkov',
    b: '(b) Nameni obdelave in pravna podlaga',
    c: '(c) Vrste posameznikov, na katere se nanašajo osebni podatki, in vrste osebnih podatkov',
    d: '(d) Vrste uporabnikov, vključno z obdelovalci',
    e: '(e) Prenosi v tretje države ali mednarodne organizacije',
    f: '(f) Predvideni roki za izbris',
    g: '(g) Tehnični in organizacijski varnostni ukrepi (člen 32(1))',
    further: 'Dodatne informacije',
  },
  partProcessor: {
    title: 'Del II. Evidenca vrst dejavnosti obdelave, ki se izvajajo v imenu upravljavca (člen 30(2))',
    a: '(a) Ime in kontaktni podatki obdelovalca, vsakega upravljavca, v imenu katerega obdelovalec deluje, predstavnika in pooblaščene osebe za varstvo podatkov',
    b: '(b) Vrste obdelave, ki se izvajajo v imenu vsakega upravljavca',
    c: '(c) Prenosi v tretje države ali mednarodne organizacije',
    d: '(d) Tehnični in organizacijski varnostni ukrepi (člen 32(1))',
  },
  field: {
    reference: 'Oznaka',
    status: 'Status',
    role: 'Vloga',
    description: 'Opis',
    controller: 'Upravljavec',
    jointControllers: 'Skupni upravljavci (člen 26)',
    controllersServed: 'Upravljavci, v imenu katerih delujemo',
    processor: 'Obdelovalec',
    representative: 'Predstavnik (člen 27)',
    dpo: 'Pooblaščena oseba za varstvo podatkov',
    purposes: 'Nameni',
    legalBases: 'Pravna podlaga (člen 6(1))',
    specialConditions:
      'Pogoji za posebne vrste osebnih podatkov ali podatke v zvezi s kazenskimi obsodbami in kaznivimi dejanji (člen 9(2), člen 10)',
    dataSubjects: 'Vrste posameznikov, na katere se nanašajo osebni podatki',
    dataCategories: 'Vrste osebnih podatkov',
    special: 'posebna vrsta osebnih podatkov (člen 9)',
    recipients: 'Vrste uporabnikov',
    processors: 'Obdelovalci in podobdelovalci',
    transfers: 'Prenosi',
    retention: 'Rok za izbris',
    retentionOf: (category) => `${category}:`,
    securityMeasures: 'Varnostni ukrepi',
    organisationMeasures: 'Ukrepi za celotno organizacijo',
    sources: 'Vir podatkov',
    sourcesFromSubject: 'Ni: podatki se zbirajo neposredno od posameznika, na katerega se nanašajo',
    automatedDecisions: 'Avtomatizirano sprejemanje odločitev, vključno z oblikovanjem profilov (člen 22)',
    dpia: 'Ocena učinka v zvezi z varstvom podatkov (člen 35)',
    dpiaRequired: 'Potrebna',
    dpiaNotRequired: 'Ni potrebna',
    dpiaReference: 'oznaka',
    dpiaCompleted: 'izvedena dne',
    owner: 'Skrbnik',
    lastReviewedOn: 'Datum zadnjega pregleda',
    nextReviewOn: 'Rok za naslednji pregled',
  },
  transfer: {
    country: 'Država',
    recipient: 'Uporabnik',
    mechanism: 'Mehanizem prenosa',
    safeguards: 'Dokumentirani zaščitni ukrepi',
    activity: 'Dejavnost obdelave',
    internationalOrganisation: 'Mednarodna organizacija',
    via: (processor) => `prek ${processor}`,
    derived: 'Ni vpisano za to dejavnost: izhaja iz kraja, kjer obdelovalec hrani podatke',
  },
  annex: {
    processorsTitle: 'Priloga A. Obdelovalci in podobdelovalci',
    transfersTitle: 'Priloga B. Prenosi v tretje države in mednarodne organizacije',
    securityTitle: 'Priloga C. Tehnični in organizacijski varnostni ukrepi',
    processor: 'Obdelovalec',
    service: 'Storitev',
    country: 'Država',
    dataLocations: 'Lokacije podatkov',
    dpaSigned: 'Pogodba (člen 28) podpisana',
    dpaReference: 'Oznaka pogodbe',
    usedBy: 'Uporabljen pri',
    noProcessors: 'Evidenca ne navaja obdelovalcev.',
    noTransfers: 'Evidenca ne vsebuje prenosov.',
    noSecurity: 'Evidenca ne vsebuje varnostnih ukrepov.',
    measure: 'Ukrep',
    appliesTo: 'Velja za',
  },
  roles: {
    controller: 'Upravljavec',
    'joint-controller': 'Skupni upravljavec',
    processor: 'Obdelovalec',
  },
  processorKinds: {
    processor: 'obdelovalec',
    'joint-controller': 'skupni upravljavec',
    'independent-controller': 'samostojni upravljavec',
  },
  legalBases: {
    consent: 'Privolitev (točka (a) člena 6(1))',
    contract: 'Izvajanje pogodbe (točka (b) člena 6(1))',
    'legal-obligation': 'Izpolnitev zakonske obveznosti (točka (c) člena 6(1))',
    'vital-interests': 'Življenjski interesi (točka (d) člena 6(1))',
    'public-task': 'Naloga, ki se izvaja v javnem interesu ali pri izvajanju javne oblasti (točka (e) člena 6(1))',
    'legitimate-interests': 'Zakoniti interesi (točka (f) člena 6(1))',
  },
  legalBasisShort: {
    consent: 'Privolitev',
    contract: 'Pogodba',
    'legal-obligation': 'Zakonska obveznost',
    'vital-interests': 'Življenjski interesi',
    'public-task': 'Javna naloga',
    'legitimate-interests': 'Zakoniti interesi',
  },
  legalBasisDetail: {
    'legitimate-interests': 'Zakoniti interes, za katerega si prizadeva upravljavec',
    'legal-obligation': 'Predpis, ki določa obveznost',
    'public-task': 'Predpis, ki določa nalogo',
    other: 'Podrobnosti',
  },
  specialConditions: {
    'art9-2-a': 'Izrecna privolitev (točka (a) člena 9(2))',
    'art9-2-b':
      'Obveznosti in posebne pravice na področju delovnega prava ter prava socialne varnosti in socialnega varstva (točka (b) člena 9(2))',
    'art9-2-c': 'Življenjski interesi, kadar posameznik ni sposoben dati privolitve (točka (c) člena 9(2))',
    'art9-2-d': 'Neprofitni subjekt s politično, filozofsko, versko ali sindikalno usmeritvijo (točka (d) člena 9(2))',
    'art9-2-e': 'Podatki, ki jih je posameznik, na katerega se nanašajo osebni podatki, očitno objavil (točka (e) člena 9(2))',
    'art9-2-f': 'Uveljavljanje, izvajanje ali obramba pravnih zahtevkov (točka (f) člena 9(2))',
    'art9-2-g': 'Bistveni javni interes (točka (g) člena 9(2))',
    'art9-2-h': 'Preventivna medicina ali medicina dela, zdravstvena ali socialna oskrba (točka (h) člena 9(2))',
    'art9-2-i': 'Javni interes na področju javnega zdravja (točka (i) člena 9(2))',
    'art9-2-j':
      'Arhiviranje v javnem interesu, znanstveno- ali zgodovinskoraziskovalni nameni ali statistični nameni (točka (j) člena 9(2))',
    art10: 'Osebni podatki v zvezi s kazenskimi obsodbami in kaznivimi dejanji (člen 10)',
  },
  mechanisms: {
    adequacy: 'Sklep o ustreznosti (člen 45)',
    dpf: 'Okvir EU-ZDA za zasebnost podatkov (sklep o ustreznosti, člen 45)',
    scc: 'Standardna določila o varstvu podatkov (točka (c) člena 46(2))',
    bcr: 'Zavezujoča poslovna pravila (člen 47)',
    'code-of-conduct': 'Odobren kodeks ravnanja (točka (e) člena 46(2))',
    certification: 'Odobren mehanizem potrjevanja (točka (f) člena 46(2))',
    derogation: 'Odstopanje v posebnem primeru (člen 49)',
    other: 'Drug zaščitni ukrep',
    'privacy-shield': 'Zasebnostni ščit EU-ZDA: neveljaven od 16. julija 2020 (sodba C-311/18)',
  },
};
