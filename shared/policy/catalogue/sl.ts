import type { PolicyCatalogue } from './catalogue.ts';

/**
 * The fixed clauses of the privacy policy in Slovenian, addressed to the people whose data are processed ("vi"), with
 * the organisation speaking as "mi". Legal terms follow the official Slovenian text of Regulation (EU) 2016/679
 * (Splošna uredba o varstvu podatkov), cited as "GDPR" after the intro defines it, and match the register report
 * catalogue: "uporabnik" for recipient (with "prejemnik" where a reader needs plain words), article references as
 * "člen 6(1)", "točka (a) člena 6(1)". Dates arrive as Slovenian writes them, with the month in the genitive
 * ("1. decembra 2026").
 */
export const sl: PolicyCatalogue = {
  title: 'Politika zasebnosti',
  subtitle: (organisation) => `Kako ${organisation} obdeluje osebne podatke`,
  contents: 'Kazalo',
  intro: (organisation) =>
    `Ta politika zasebnosti pojasnjuje, katere osebne podatke obdeluje ${organisation}, zakaj in na kateri pravni podlagi, komu jih posreduje, kako dolgo jih hrani in katere pravice imate. Z njo vas obveščamo v skladu s členoma 13 in 14 Splošne uredbe o varstvu podatkov (Uredba (EU) 2016/679, v nadaljnjem besedilu: GDPR).`,
  version: (version, date) => `Različica ${version}, datum objave: ${date}`,
  unpublished: (date) => `Datum priprave: ${date}`,

  sections: {
    controller: 'Kdo smo in kako se lahko obrnete na nas',
    data: 'Katere osebne podatke obdelujemo in od kod jih pridobimo',
    purposes: 'Zakaj obdelujemo vaše podatke in na kateri pravni podlagi',
    recipients: 'Kdo prejme vaše podatke',
    transfers: 'Prenos podatkov v države zunaj Evropskega gospodarskega prostora',
    retention: 'Kako dolgo hranimo vaše podatke',
    rights: 'Vaše pravice',
    requirement: 'Ali ste nam dolžni posredovati svoje podatke',
    automated: 'Avtomatizirano sprejemanje odločitev in oblikovanje profilov',
    security: 'Kako varujemo vaše podatke',
    changes: 'Spremembe te politike zasebnosti',
  },

  controller: {
    intro: (organisation) => `Upravljavec vaših osebnih podatkov je ${organisation}.`,
    registrationNumber: 'Matična številka',
    vatId: 'Identifikacijska številka za DDV',
    address: 'Naslov',
    email: 'E-pošta',
    phone: 'Telefon',
    website: 'Spletna stran',
    dpo: 'Kontaktni podatki naše pooblaščene osebe za varstvo podatkov:',
    noDpo: 'Če imate kakršno koli vprašanje v zvezi s svojimi osebnimi podatki, nam pišite na zgoraj navedeni naslov ali e-poštni naslov.',
    representative: 'Naš predstavnik v Evropski uniji (člen 27 GDPR):',
    representativeIntro: 'Ker v Evropski uniji nimamo sedeža, smo imenovali predstavnika, na katerega se lahko prav tako obrnete.',
    channels: 'Ta politika zasebnosti velja za:',
  },

  data: {
    intro: 'Obdelujemo naslednje vrste osebnih podatkov:',
    activity: 'Obdelava',
    dataSubjects: 'Na koga se podatki nanašajo',
    dataCategories: 'Osebni podatki',
    special: 'posebna vrsta osebnih podatkov',
    sourcesTitle: 'Podatki, ki jih ne pridobimo od vas',
    sourcesIntro: 'Nekaterih podatkov ne pridobimo neposredno od vas, temveč iz naslednjih virov:',
  },

  purposes: {
    descriptionsIntro: 'Na kratko o tem, kaj počnemo z osebnimi podatki:',
    intro: 'Vaše osebne podatke obdelujemo le za spodaj navedene namene, za vsakega od njih pa imamo pravno podlago iz člena 6 GDPR:',
    purpose: 'Namen',
    legalBasis: 'Pravna podlaga',
    legitimateInterest: 'Naš zakoniti interes:',
    law: 'Predpis:',
    specialTitle: 'Posebne vrste osebnih podatkov',
    specialIntro:
      'Kadar obdelujemo posebne vrste osebnih podatkov ali osebne podatke v zvezi s kazenskimi obsodbami in kaznivimi dejanji, to počnemo le pod naslednjimi pogoji:',
  },
  legalBases: {
    consent: 'vaša privolitev (točka (a) člena 6(1) GDPR)',
    contract: 'izvajanje pogodbe, ki ste jo sklenili z nami, ali izvedba ukrepov, ki ste jih zahtevali pred sklenitvijo pogodbe (točka (b) člena 6(1) GDPR)',
    'legal-obligation': 'izpolnitev zakonske obveznosti, ki velja za nas (točka (c) člena 6(1) GDPR)',
    'vital-interests': 'zaščita vaših življenjskih interesov ali življenjskih interesov drugega posameznika (točka (d) člena 6(1) GDPR)',
    'public-task': 'opravljanje naloge v javnem interesu ali pri izvajanju javne oblasti (točka (e) člena 6(1) GDPR)',
    'legitimate-interests':
      'naši zakoniti interesi ali zakoniti interesi tretje osebe, nad katerimi ne prevladajo vaši interesi ali temeljne pravice in svoboščine (točka (f) člena 6(1) GDPR)',
  },
  specialConditions: {
    'art9-2-a': 'vaša izrecna privolitev (točka (a) člena 9(2) GDPR)',
    'art9-2-b':
      'izpolnjevanje obveznosti in uresničevanje posebnih pravic na področju delovnega prava ter prava socialne varnosti in socialnega varstva (točka (b) člena 9(2) GDPR)',
    'art9-2-c': 'zaščita življenjskih interesov, kadar fizično ali pravno niste sposobni dati privolitve (točka (c) člena 9(2) GDPR)',
    'art9-2-d':
      'zakonite dejavnosti fundacije, združenja ali drugega neprofitnega subjekta s politično, filozofsko, versko ali sindikalno usmeritvijo (točka (d) člena 9(2) GDPR)',
    'art9-2-e': 'podatki, ki ste jih sami očitno objavili (točka (e) člena 9(2) GDPR)',
    'art9-2-f': 'uveljavljanje, izvajanje ali obramba pravnih zahtevkov (točka (f) člena 9(2) GDPR)',
    'art9-2-g': 'razlogi bistvenega javnega interesa, ki jih določa zakon (točka (g) člena 9(2) GDPR)',
    'art9-2-h': 'preventivna medicina ali medicina dela, zdravstvena diagnoza ter zdravstvena ali socialna oskrba (točka (h) člena 9(2) GDPR)',
    'art9-2-i': 'razlogi javnega interesa na področju javnega zdravja (točka (i) člena 9(2) GDPR)',
    'art9-2-j': 'arhiviranje v javnem interesu, znanstveno- ali zgodovinskoraziskovalni nameni ali statistični nameni (točka (j) člena 9(2) GDPR)',
    art10: 'osebni podatki v zvezi s kazenskimi obsodbami in kaznivimi dejanji, ki jih obdelujemo v mejah, ki jih dovoljuje zakon (člen 10 GDPR)',
  },

  recipients: {
    categoriesIntro: 'Vaše podatke lahko razkrijemo naslednjim vrstam uporabnikov (prejemnikov) podatkov:',
    namedIntro: 'Osebne podatke od nas prejemajo naslednji ponudniki storitev in partnerji:',
    roles: {
      processor: 'obdelovalec, ki deluje po naših navodilih',
      'joint-controller': 'skupni upravljavec',
      'independent-controller': 'samostojni upravljavec',
    },
    subProcessorOf: (processor) => `podobdelovalec obdelovalca ${processor}`,
  },

  transfers: {
    intro:
      'Nekateri prejemniki imajo sedež v državah zunaj Evropskega gospodarskega prostora (tretjih državah). Vaše podatke jim posredujemo le, če so zagotovljeni naslednji zaščitni ukrepi:',
    none: 'Vaših osebnih podatkov ne prenašamo v tretje države (države zunaj Evropskega gospodarskega prostora) ali mednarodne organizacije.',
    country: 'Država',
    recipient: 'Prejemnik podatkov',
    safeguard: 'Zaščitni ukrep',
    copy: (contact) => `Kopijo zaščitnih ukrepov ali informacijo o tem, kje so na voljo, lahko pridobite tako, da nam pišete na ${contact}.`,
    internationalOrganisation: 'Mednarodna organizacija',
  },
  mechanisms: {
    adequacy: 'Evropska komisija je s sklepom o ustreznosti odločila, da država zagotavlja ustrezno raven varstva (člen 45 GDPR)',
    dpf: 'prejemnik je certificiran po okviru EU-ZDA za zasebnost podatkov, za katerega je Evropska komisija sprejela sklep o ustreznosti (člen 45 GDPR)',
    scc: 'standardna določila o varstvu podatkov, ki jih je sprejela Evropska komisija (točka (c) člena 46(2) GDPR)',
    bcr: 'zavezujoča poslovna pravila, ki jih je odobril nadzorni organ (člen 47 GDPR)',
    'code-of-conduct': 'odobren kodeks ravnanja skupaj z zavezujočimi obveznostmi prejemnika (točka (e) člena 46(2) GDPR)',
    certification: 'odobren mehanizem potrjevanja skupaj z zavezujočimi obveznostmi prejemnika (točka (f) člena 46(2) GDPR)',
    derogation: 'odstopanje v posebnem primeru, na primer vaša izrecna privolitev ali izvajanje pogodbe (člen 49 GDPR)',
    other: 'drugi ustrezni zaščitni ukrepi (člen 46 GDPR)',
    'privacy-shield': 'zasebnostni ščit EU-ZDA, ki ne velja več (Sodišče Evropske unije ga je razveljavilo 16. julija 2020, zadeva C-311/18)',
  },

  retention: {
    intro: 'Vaše podatke hranimo le toliko časa, kolikor je potrebno za posamezen namen:',
    activity: 'Obdelava',
    period: 'Kako dolgo hranimo podatke',
    category: (category) => `${category}:`,
  },

  rights: {
    intro: 'Po GDPR imate naslednje pravice:',
    access: 'Pravica dostopa: od nas lahko izveste, ali obdelujemo vaše podatke, in prejmete njihovo kopijo (člen 15 GDPR).',
    rectification: 'Pravica do popravka: zahtevate lahko, da netočne podatke popravimo in nepopolne dopolnimo (člen 16 GDPR).',
    erasure: 'Pravica do izbrisa („pravica do pozabe“): zahtevate lahko, da vaše podatke izbrišemo, na primer kadar niso več potrebni (člen 17 GDPR).',
    restriction:
      'Pravica do omejitve obdelave: zahtevate lahko, da uporabo vaših podatkov omejimo, na primer dokler preverjamo njihovo točnost (člen 18 GDPR).',
    portability:
      'Pravica do prenosljivosti podatkov: podatke, ki ste nam jih posredovali na podlagi privolitve ali pogodbe, lahko prejmete v strukturirani, splošno uporabljani in strojno berljivi obliki ter zahtevate, da jih posredujemo drugemu upravljavcu (člen 20 GDPR).',
    objection:
      'Pravica do ugovora: iz razlogov, povezanih z vašim posebnim položajem, lahko kadar koli ugovarjate obdelavi, ki temelji na naših zakonitih interesih ali na nalogi v javnem interesu (člen 21(1) GDPR).',
    objectionMarketing:
      'Pravica do ugovora neposrednemu trženju: kadar koli lahko ugovarjate uporabi svojih podatkov za neposredno trženje, po ugovoru pa jih za ta namen ne uporabljamo več (člen 21(2) in (3) GDPR).',
    withdrawal:
      'Pravica do preklica privolitve: svojo privolitev lahko kadar koli prekličete, in sicer enako preprosto, kot ste jo dali; preklic ne vpliva na zakonitost obdelave pred preklicem (člen 7(3) GDPR).',
    automated:
      'Pravice pri avtomatiziranem sprejemanju posameznih odločitev, vključno z oblikovanjem profilov: imate pravico, da za vas ne velja odločitev, ki temelji zgolj na avtomatizirani obdelavi in na vas znatno vpliva; kadar je takšna odločitev sprejeta, lahko zahtevate človeško posredovanje, izrazite svoje stališče in odločitev izpodbijate (člen 22 GDPR).',
    exercise: (contact) =>
      `Za uveljavljanje svojih pravic nam pišite na ${contact}. Odgovorili vam bomo brez nepotrebnega odlašanja, najpozneje pa v enem mesecu po prejemu zahteve (člen 12(3) GDPR).`,
    complaint:
      'Pravico imate tudi, da vložite pritožbo pri nadzornem organu, zlasti v državi članici EU, v kateri imate običajno prebivališče ali kraj dela ali v kateri je domnevno prišlo do kršitve (člen 77 GDPR).',
    authority: 'Nadzorni organ države članice, v kateri imamo sedež, je:',
    nationalAuthority: (country) =>
      `Ker v Evropski uniji nimamo sedeža, noben nadzorni organ Unije ni naš vodilni nadzorni organ. Organ, ki nadzoruje varstvo osebnih podatkov v državi, v kateri imamo sedež (${country}), ni nadzorni organ v smislu GDPR; obrnete se lahko tudi nanj:`,
    representative: 'Vprašanja, zahteve ali pritožbe lahko naslovite tudi na našega predstavnika v Evropski uniji (člen 27 GDPR):',
  },

  requirement: {
    contract:
      'Posredovanje podatkov, ki jih potrebujemo za sklenitev in izvajanje pogodbe z vami, je pogodbena obveznost oziroma pogoj za sklenitev pogodbe: brez teh podatkov pogodbe ne moremo skleniti ali izvajati.',
    legalObligation:
      'Posredovanje nekaterih podatkov zahteva zakon: brez njih ne moremo izpolniti svojih zakonskih obveznosti, zato vam storitve morda ne bomo mogli zagotoviti.',
    consent:
      'Kadar obdelava temelji na vaši privolitvi, je posredovanje podatkov prostovoljno: brez vaše privolitve obdelave, za katero vas prosimo, ne izvajamo.',
  },

  automated: {
    decisionsIntro: (profiling) =>
      `V naslednjih primerih sprejemamo odločitve, ki temeljijo zgolj na avtomatizirani obdelavi${profiling ? ', vključno z oblikovanjem profilov,' : ''} in imajo za vas pravne učinke ali na vas na podoben način znatno vplivajo (člen 22 GDPR). V nadaljevanju pojasnjujemo uporabljeno logiko ter pomen in predvidene posledice take obdelave za vas:`,
    profilingIntro:
      'Oblikovanje profilov, torej avtomatizirano ocenjevanje osebnih vidikov, kot so vaše želje ali vedenje (točka 4 člena 4 GDPR), uporabljamo v naslednjih primerih:',
    noSignificantDecisions:
      'To oblikovanje profilov ne vodi do odločitev, ki bi temeljile zgolj na avtomatizirani obdelavi in bi imele za vas pravne učinke ali na vas na podoben način znatno vplivale.',
    logic: 'Kako deluje',
    consequences: 'Kaj to pomeni za vas',
  },

  security: {
    general:
      'Vaše podatke varujemo z ustreznimi tehničnimi in organizacijskimi ukrepi pred nenamernim ali nezakonitim uničenjem, izgubo, spremembo, nepooblaščenim razkritjem ali dostopom (člen 32 GDPR).',
    listIntro: 'Med njimi so:',
  },

  changes: {
    text: 'To politiko zasebnosti posodabljamo, kadar se naša obdelava osebnih podatkov spremeni. Pomembne spremembe, na primer nove namene, nove prejemnike, nove prenose ali daljše roke hrambe, objavimo, preden začnejo veljati. Različica in datum te politike sta navedena na njenem začetku.',
    textUnpublished:
      'To politiko zasebnosti posodabljamo, kadar se naša obdelava osebnih podatkov spremeni. Pomembne spremembe, na primer nove namene, nove prejemnike, nove prenose ali daljše roke hrambe, objavimo, preden začnejo veljati. Datum tega besedila je naveden na njegovem začetku.',
  },
};
