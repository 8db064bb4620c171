import type { FindingCatalogue, FindingFormat } from './catalogue.ts';

/**
 * The register checks in Slovenian. The legal terms are those of the official Slovenian text of Regulation (EU)
 * 2016/679 (Splošna uredba o varstvu podatkov) and of the Commission's acts in Slovenian, as the Slovenian register
 * report and privacy policy use them: "upravljavec", "obdelovalec", "podobdelovalec", "uporabnik" (recipient, Art. 4(9)),
 * "posameznik, na katerega se nanašajo osebni podatki", "pooblaščena oseba za varstvo podatkov", "sklep o ustreznosti",
 * "standardna pogodbena določila", "zavezujoča poslovna pravila", "odstopanje", "zakoniti interesi", "zakonska
 * obveznost" (Art. 6(1)(c)), "okvir za varstvo zasebnosti podatkov med EU in ZDA" (Implementing Decision (EU)
 * 2023/1795). References use the report's one style throughout, "točka (a) člena 30(1) Splošne uredbe"; texts of the
 * register are quoted „…“. Country names and dates arrive in the nominative, so they follow a colon or stand in
 * parentheses, never after a preposition that would need them declined ("namembna država: Indija").
 */

const plural = new Intl.PluralRules('sl');

/**
 * The grammatical number of a list: singular, dual ("two") or plural ("few", "other"). A list agrees by how many items
 * it has, so 101 items are plural, though the numeral 101 is "one".
 */
const listNumber = (count: number) => plural.select(Math.min(count, 5));

/** "Prenos 2 (Zendesk, Indija)"; without a recipient, the destination, worded so that it needs no case ending. */
function transfer(p: { position: number; recipient: string; country: string }, f: FindingFormat): string {
  if (p.recipient !== '') return `Prenos ${p.position} (${p.recipient}, ${f.country(p.country)})`;
  return p.country === 'INT' ? `Prenos ${p.position} (v mednarodno organizacijo)` : `Prenos ${p.position} (namembna država: ${f.country(p.country)})`;
}

/**
 * The Art. 9(2) and Art. 10 codes in the genitive, after "iz", the letters of one paragraph together:
 * "točke (a) člena 9(2)", "točk (a) in (h) člena 9(2) ter člena 10".
 */
function conditionNames(codes: readonly string[], f: FindingFormat): string {
  const letters = codes.filter((code) => code.startsWith('art9-2-')).map((code) => `(${code.slice(-1)})`);
  const article9 = letters.length === 0 ? undefined : `${listNumber(letters.length) === 'one' ? 'točke' : 'točk'} ${f.list(letters)} člena 9(2)`;
  const article10 = codes.includes('art10') ? 'člena 10' : undefined;
  if (article9 === undefined) return article10 ?? '';
  if (article10 === undefined) return article9;
  return `${article9} ${letters.length === 1 ? 'in' : 'ter'} ${article10}`;
}

/**
 * A repealed decision in the genitive, as the Slovenian Official Journal names it, with the participle that agrees
 * with it: "Sklepa Komisije 2010/87/EU, ki je bil razveljavljen", "Odločbe Komisije 2001/497/ES, ki je bila razveljavljena".
 */
function decisionName(decision: string): string {
  return decision.endsWith('/EC')
    ? `Odločbe Komisije ${decision.replace(/\/EC$/u, '/ES')}, ki je bila razveljavljena`
    : `Sklepa Komisije ${decision}, ki je bil razveljavljen`;
}

export const sl: FindingCatalogue = {
  'controller-contact-missing': {
    message: () => 'Organizacija nima navedenega ne naslova ne e-pošte ne telefona, evidenca pa mora vsebovati kontaktne podatke upravljavca.',
    hint: () => 'Vnesite vsaj naslov sedeža ter kontaktni e-poštni naslov ali telefonsko številko.',
    source: 'točka (a) člena 30(1) Splošne uredbe',
  },
  'representative-missing': {
    message: (p, f) => `Organizacija ima sedež zunaj EGP (država sedeža: ${f.country(p.country)}), predstavnik v Uniji pa ni naveden.`,
    hint: () =>
      'Imenujte predstavnika (člen 27(1)) v eni od držav članic, v katerih so posamezniki, katerih podatke obdelujete, in ga vpišite v evidenco; če velja izjema iz člena 27(2), to ugotovitev sprejmite in navedite razlog.',
    source: 'člen 27 in točka (a) člena 30(1) Splošne uredbe',
  },
  'representative-not-needed': {
    message: (p, f) => `Organizacija ima sedež v EGP (država sedeža: ${f.country(p.country)}), vendar je naveden predstavnik iz člena 27.`,
    hint: () => 'Predstavnika imenuje le upravljavec, ki nima sedeža v Uniji: predstavnika odstranite ali preverite državo sedeža.',
    source: 'člen 27(1) Splošne uredbe',
  },
  'dpo-contact-missing': {
    message: (p, f) => `Pooblaščena oseba za varstvo podatkov ${f.quote(p.dpo)} je navedena brez kakršnih koli kontaktnih podatkov.`,
    hint: () => 'Navedite e-pošto, telefon ali naslov pooblaščene osebe: njene kontaktne podatke je treba objaviti in sporočiti nadzornemu organu.',
    source: 'člen 37(7) in točka (a) člena 30(1) Splošne uredbe',
  },
  'purpose-missing': {
    message: (p, f) => (p.placeholder === undefined ? 'Namen obdelave ni naveden.' : `Namen obdelave je naveden le kot ${f.quote(p.placeholder)}.`),
    hint: () => 'Navedite, zakaj se podatki obdelujejo, vsak namen v svoji vrstici.',
    source: 'točka (b) člena 30(1) Splošne uredbe',
  },
  'legal-basis-missing': {
    message: () => 'Pravna podlaga (člen 6(1)) ni navedena.',
    hint: () => 'Za vsak namen izberite pravno podlago iz člena 6(1): brez nje obdelava ni zakonita.',
    source: 'člen 6(1) in člen 5(2) Splošne uredbe',
  },
  'subjects-missing': {
    message: (p, f) =>
      p.placeholder === undefined
        ? 'Ni navedena nobena vrsta posameznikov, na katere se nanašajo osebni podatki.'
        : `Vrste posameznikov, na katere se nanašajo osebni podatki, so navedene le kot ${f.quote(p.placeholder)}.`,
    hint: () => 'Navedite, na koga se podatki nanašajo: na stranke, zaposlene, kandidate za zaposlitev itd.',
    source: 'točka (c) člena 30(1) Splošne uredbe',
  },
  'data-categories-missing': {
    message: (p, f) =>
      p.placeholder === undefined ? 'Ni navedena nobena vrsta osebnih podatkov.' : `Vrste osebnih podatkov so navedene le kot ${f.quote(p.placeholder)}.`,
    hint: () =>
      'Naštejte vrste podatkov, ki se obdelujejo (kontaktni podatki, bančni podatki, podatki o zdravju itd.), in tiste iz člena 9 ali 10 označite kot posebne.',
    source: 'točka (c) člena 30(1) Splošne uredbe',
  },
  'retention-missing': {
    message: (p, f) => (p.placeholder === undefined ? 'Rok za izbris ni naveden.' : `Rok za izbris je naveden le kot ${f.quote(p.placeholder)}.`),
    hint: () => 'Navedite, koliko časa se podatki hranijo: obdobje („24 mesecev“) ali dogodek, s katerim se hramba konča („do prenehanja pogodbe“).',
    source: 'točka (f) člena 30(1) Splošne uredbe',
  },
  'special-condition-missing': {
    message: (p, f) => {
      const categories = f.list(p.categories.map(f.quote));
      const number = listNumber(p.categories.length);
      const subject =
        number === 'one'
          ? `Vrsta podatkov ${categories} je označena kot posebna`
          : number === 'two'
            ? `Vrsti podatkov ${categories} sta označeni kot posebni`
            : `Vrste podatkov ${categories} so označene kot posebne`;
      return `${subject} (člen 9 ali 10), vendar ni naveden pogoj iz člena 9(2) ali člena 10.`;
    },
    hint: () =>
      'Obdelava posebnih vrst osebnih podatkov je prepovedana, razen če velja eden od pogojev iz člena 9(2) (za podatke v zvezi s kazenskimi obsodbami in kaznivimi dejanji člen 10): navedite, kateri.',
    source: 'člen 9(1) in (2) ter člen 10 Splošne uredbe',
  },
  'special-condition-without-special-data': {
    message: (p, f) => {
      const number = listNumber(p.conditions.length);
      const recorded = number === 'one' ? 'Naveden je pogoj' : number === 'two' ? 'Navedena sta pogoja' : 'Navedeni so pogoji';
      return `${recorded} iz ${conditionNames(p.conditions, f)}, vendar nobena vrsta podatkov ni označena kot posebna.`;
    },
    hint: () => 'Med vrstami podatkov označite posebne vrste osebnih podatkov ali odstranite pogoj, če takih podatkov ni.',
    source: 'člen 9(1) Splošne uredbe',
  },
  'legitimate-interest-unnamed': {
    message: (p) => `Pravna podlaga ${p.position} je zakoniti interes, vendar ni navedeno, za kateri interes gre.`,
    hint: () =>
      'Navedite zakoniti interes, za katerega si prizadevate (in hranite dokumentacijo o tehtanju interesov): navesti ga je treba tudi v politiki zasebnosti.',
    source: 'točka (f) člena 6(1) in točka (d) člena 13(1) Splošne uredbe',
  },
  'legal-obligation-law-unnamed': {
    message: (p) =>
      `Pravna podlaga ${p.position} je ${p.basis === 'legal-obligation' ? 'zakonska obveznost' : 'naloga, ki se izvaja v javnem interesu'}, vendar predpis ni naveden.`,
    hint: () => 'Navedite predpis Unije ali države članice, ki določa obveznost ali nalogo.',
    source: 'točki (c) in (e) člena 6(1) ter člen 6(3) Splošne uredbe',
  },
  'retention-vague': {
    message: (p, f) =>
      p.category === undefined
        ? `Rok za izbris ${f.quote(p.text)} ne določa niti obdobja niti dogodka, s katerim se hramba konča.`
        : `Rok za izbris pri vrsti podatkov ${f.quote(p.category)} (${f.quote(p.text)}) ne določa niti obdobja niti dogodka, s katerim se hramba konča.`,
    hint: () => 'Nadomestite ga z obdobjem („6 let po koncu davčnega leta“) ali dogodkom („do preklica privolitve“).',
    source: 'točka (e) člena 5(1), točka (f) člena 30(1) in točka (a) člena 13(2) Splošne uredbe',
  },
  'security-measures-missing': {
    message: () => 'Niso navedeni nobeni tehnični ali organizacijski varnostni ukrepi, ne pri dejavnosti obdelave ne za organizacijo.',
    hint: () => 'Ukrepe na splošno opišite tukaj ali enkrat za celotno organizacijo.',
    source: 'točka (g) člena 30(1) in člen 32(1) Splošne uredbe',
  },
  'recipients-unstated': {
    message: () => 'Razen obdelovalcev ni naveden noben uporabnik, niti ni potrjeno, da jih ni.',
    hint: () => 'Naštejte vrste uporabnikov (organi, banke, zavarovalnice itd.) ali označite „Ni (potrjeno)“.',
    source: 'točka (d) člena 30(1) Splošne uredbe',
  },
  'transfers-unstated': {
    message: () => 'Ni naveden noben prenos zunaj EGP, niti ni potrjeno, da prenosov ni.',
    hint: () => 'Vpišite vsak prenos v tretjo državo ali mednarodno organizacijo ali označite „Ni (potrjeno)“.',
    source: 'točka (e) člena 30(1) Splošne uredbe',
  },
  'sources-unstated': {
    message: () => 'Vir podatkov ni naveden, niti ni potrjeno, da so podatki pridobljeni od posameznika samega.',
    hint: () =>
      'Navedite, od kod izvirajo podatki, kadar niso pridobljeni od posameznika (člen 14), ali označite „Ni (potrjeno)“: podatki so pridobljeni od posameznika.',
    source: 'točka (f) člena 14(2) Splošne uredbe',
  },
  'transfer-mechanism-missing': {
    message: (p, f) => `${transfer(p, f)} nima navedenega mehanizma prenosa, sklepa o ustreznosti, ki bi ga pokrival, pa ni.`,
    hint: () =>
      'Navedite mehanizem, na katerem temelji prenos: standardna pogodbena določila, zavezujoča poslovna pravila, okvir DPF za certificiranega uporabnika v ZDA itd.',
    source: 'členi 44 do 46 in točka (e) člena 30(1) Splošne uredbe',
  },
  'transfer-mechanism-invalid': {
    message: (p, f) => {
      const which = transfer(p, f);
      if (p.problem === 'privacy-shield') return `${which} temelji na zasebnostnem ščitu EU-ZDA, ki je neveljaven od 16. julija 2020.`;
      if (p.problem === 'repealed-scc') {
        const clauses =
          p.decision === undefined ? 'razveljavljenih standardnih pogodbenih določilih' : `standardnih pogodbenih določilih iz ${decisionName(p.decision)}`;
        return p.decision === '2002/16/EC'
          ? `${which} temelji na ${clauses}.`
          : `${which} temelji na ${clauses}; pogodbe na njihovi podlagi je bilo treba nadomestiti do 27. decembra 2022.`;
      }
      return `${which} naj bi temeljil na okviru za varstvo zasebnosti podatkov med EU in ZDA, ki pa velja le za ZDA.`;
    },
    hint: (p) =>
      p.problem === 'dpf-outside-us'
        ? 'Navedite mehanizem, ki dejansko pokriva ta prenos.'
        : 'Prenos uredite z veljavnim mehanizmom: s standardnimi pogodbenimi določili iz leta 2021 (Izvedbeni sklep Komisije (EU) 2021/914) ali, za certificiranega uporabnika v ZDA, z okvirom za varstvo zasebnosti podatkov med EU in ZDA.',
    source: (p) =>
      p.problem === 'privacy-shield'
        ? 'člena 44 in 45 Splošne uredbe; sodba Sodišča EU v zadevi C-311/18 (Schrems II)'
        : p.problem === 'repealed-scc'
          ? 'točka (c) člena 46(2) Splošne uredbe; člen 4 Izvedbenega sklepa Komisije (EU) 2021/914'
          : 'Izvedbeni sklep Komisije (EU) 2023/1795',
  },
  'transfer-adequacy-unfounded': {
    message: (p, f) =>
      p.country === 'US'
        ? `${transfer(p, f)} temelji na sklepu o ustreznosti, ki velja le za uporabnike, certificirane v okviru za varstvo zasebnosti podatkov med EU in ZDA, ta uporabnik pa ni označen kot certificiran.`
        : `${transfer(p, f)} temelji na sklepu o ustreznosti, vendar ${p.country === 'INT' ? 'za to mednarodno organizacijo' : `za to državo (${f.country(p.country)})`} takega sklepa ni.`,
    hint: () => 'Navedite mehanizem prenosa, ki se dejansko uporablja, ali pa uporabnika v ZDA označite kot certificiranega v okviru DPF, če to drži.',
    source: 'člen 45(1) Splošne uredbe',
  },
  'transfer-derogation-regular': {
    message: (p, f) => `${transfer(p, f)} je del dejavnosti obdelave, ki se stalno izvaja, in temelji na odstopanju iz člena 49.`,
    hint: () =>
      'Odstopanja so namenjena občasnim prenosom, ki se ne ponavljajo; če se ti prenosi ponavljajo, je potreben sklep o ustreznosti ali ustrezni zaščitni ukrepi (člen 46). Če so občasni, to ugotovitev sprejmite in navedite razlog.',
    source: 'člen 49(1) Splošne uredbe; Smernice EOVP 2/2018',
  },
  'transfer-dpf-uncertified': {
    message: (p, f) => `${transfer(p, f)} temelji na okviru za varstvo zasebnosti podatkov med EU in ZDA, vendar uporabnik ni označen kot certificiran.`,
    hint: () =>
      'Preverite, ali je uporabnik na seznamu DPF (dataprivacyframework.gov), in obdelovalca označite kot certificiranega ali navedite drug mehanizem.',
    source: 'Izvedbeni sklep Komisije (EU) 2023/1795',
  },
  'transfer-to-eea': {
    message: (p, f) => `${transfer(p, f)} ni prenos v tretjo državo: namembna država spada v EGP, zato ga dokumenti ne vključujejo.`,
    hint: () => 'Odstranite ga iz prenosov; uporabnik sodi med obdelovalce ali uporabnike.',
    source: 'člen 44 Splošne uredbe',
  },
  'transfer-via-subprocessor-unrecorded': {
    message: (p, f) => {
      const where =
        p.country === 'US'
          ? `ima sedež ali hrani podatke v državi, katere sklep o ustreznosti zajema le certificirane uporabnike (${f.country(p.country)}), in ni označen kot certificiran v okviru za varstvo zasebnosti podatkov med EU in ZDA`
          : `ima sedež ali hrani podatke v državi brez sklepa o ustreznosti (${f.country(p.country)})`;
      const parent = p.chain[p.chain.length - 1];
      return parent === undefined
        ? `${f.quote(p.processor)} ${where}, dejavnost obdelave pa tega prenosa ne navaja.`
        : `${f.quote(p.processor)}, podobdelovalec obdelovalca ${f.quote(parent)}, ${where}, dejavnost obdelave pa tega prenosa ne navaja.`;
    },
    hint: () =>
      'Vpišite prenos skupaj z mehanizmom (na primer s standardnimi pogodbenimi določili med obdelovalcem in njegovim podobdelovalcem) ali popravite podatek o tem, kje obdelovalec hrani podatke.',
    source: 'člen 28(4), člen 44 in točka (e) člena 30(1) Splošne uredbe',
  },
  'recipient-country-missing': {
    message: (p, f) =>
      p.parent !== undefined
        ? `Za tega podobdelovalca obdelovalca ${f.quote(p.parent)} ni navedena država.`
        : p.kind === 'processor'
          ? 'Za tega obdelovalca ni navedena država.'
          : 'Za tega uporabnika ni navedena država.',
    hint: () => 'Navedite, kje ima sedež in kje hrani podatke: sicer prenosa zunaj EGP ni mogoče zaznati.',
    source: 'točki (d) in (e) člena 30(1) ter člen 44 Splošne uredbe',
  },
  'processor-contract-missing': {
    message: (p, f) => {
      const number = listNumber(p.activities.length);
      const usedBy =
        number === 'one' ? 'ga uporablja dejavnost obdelave' : number === 'two' ? 'ga uporabljata dejavnosti obdelave' : 'ga uporabljajo dejavnosti obdelave';
      return `Za tega obdelovalca, ki ${usedBy} ${listed(p.activities, f)}, ni navedena pogodba iz člena 28.`;
    },
    hint: () => 'Vpišite pogodbo o obdelavi osebnih podatkov (njen datum in oznako) ali jo sklenite: obdelava v imenu upravljavca mora temeljiti na pogodbi.',
    source: 'člen 28(3) Splošne uredbe',
  },
  'review-overdue': {
    message: (p, f) => `Rok za pregled (${f.date(p.date)}) je že potekel.`,
    hint: () => 'Preglejte dejavnost obdelave, nato vpišite datum pregleda in datum naslednjega pregleda.',
    source: 'člen 5(2) in člen 24(1) Splošne uredbe',
  },
  'review-dates-inconsistent': {
    message: (p, f) => `Naslednji pregled (${f.date(p.next)}) je pred zadnjim (${f.date(p.last)}).`,
    hint: () => 'Popravite enega od obeh datumov.',
    source: 'člen 5(2) in člen 24(1) Splošne uredbe',
  },
  'review-date-missing': {
    message: () => 'Datum naslednjega pregleda ni določen.',
    hint: () => 'Določite, kdaj bo dejavnost obdelave znova pregledana, da vas bo aplikacija ob roku nanjo opomnila.',
    source: 'člen 5(2) in člen 24(1) Splošne uredbe',
  },
  'dpia-unassessed': {
    message: (p, f) => {
      const reasons = p.triggers.map((trigger) =>
        trigger === 'special'
          ? 'posebne vrste osebnih podatkov'
          : trigger === 'automated'
            ? 'avtomatizirano sprejemanje odločitev ali oblikovanje profilov'
            : `morda sistematično spremljanje (v zapisu se omenja ${f.quote(p.term ?? '')})`,
      );
      return p.reasonMissing === true
        ? `Dejavnost obdelave vključuje ${f.list(reasons)}; navedeno je, da ocena učinka v zvezi z varstvom podatkov ni potrebna, ne pa tudi, zakaj.`
        : `Dejavnost obdelave vključuje ${f.list(reasons)}, vendar ni navedeno, ali je potrebna ocena učinka v zvezi z varstvom podatkov.`;
    },
    hint: () => 'Vpišite oceno učinka (oznako, datum) ali navedite, da ni potrebna, in zakaj.',
    source: 'člen 35(1) in (3) Splošne uredbe',
  },
  'duplicate-record': {
    message: (p, f) =>
      `Ime se od ${listNumber(p.others.length) === 'one' ? 'imena' : 'imen'} ${f.list(p.others.map(f.quote))} razlikuje le po velikih in malih črkah, presledkih ali ločilih.`,
    hint: () => 'Če gre za isto dejavnost, ohranite en zapis in vanj prenesite vsebino drugega; če ne, jih poimenujte tako, da jih bo mogoče razlikovati.',
    source: 'člen 30(1) Splošne uredbe',
  },
  referenceDate: (date) => `Stanje podatkov o prenosih: ${date}`,
  accepted: (by, date, reason) => `Sprejeto (${by}, ${date}): ${reason}`,
  lapsed: (by, date, reason) => `Sprejeto (${by}, ${date}): „${reason}“, vendar se je presojano od takrat spremenilo`,
  severity: { error: 'Napaka', warning: 'Opozorilo', info: 'Opomba' },
  internationalOrganisation: 'mednarodna organizacija',
  quote: (text) => `„${text}“`,
};

/** Up to three names, then how many more: "„A“, „B“, „C“ in še 2 dejavnosti". */
function listed(names: readonly string[], f: FindingFormat): string {
  const shown = names.slice(0, 3).map(f.quote);
  if (names.length <= 3) return f.list(shown);
  const more = names.length - 3;
  return `${shown.join(', ')} in še ${more} ${plural.select(more) === 'one' ? 'dejavnost' : 'dejavnosti'}`;
}
