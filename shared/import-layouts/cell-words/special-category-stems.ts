// Words that make a data category one of Art. 9(1) (health, genetic, biometric, racial or ethnic origin, political
// opinions, religious or philosophical beliefs, trade union membership, sex life or sexual orientation) or of Art. 10
// (criminal convictions and offences), in en, fr, de, uk, bg and sl. Stems that begin a word (text-match.ts); "sex"
// alone is left out, as it names the gender field of an HR file, which is not special.

export const SPECIAL_CATEGORY_STEMS: readonly string[] = [
  // en
  ...['health', 'medical', 'medicine', 'sick', 'disabilit', 'diagnos', 'biometric', 'genetic', 'racial', 'race', 'ethnic', 'political'],
  ...['religio', 'philosophical', 'trade union', 'union membership', 'sex life', 'sexual', 'criminal', 'conviction', 'offence', 'offense'],
  ...['pregnan'],
  // fr
  ...['sante', 'medica', 'handicap', 'biometri', 'genetique', 'origine raciale', 'ethni', 'opinion politi', 'philosophi', 'syndica'],
  ...['vie sexuelle', 'orientation sexuelle', 'condamnation', 'infraction', 'penal', 'casier judiciaire'],
  // de (compounds: see GERMAN_INFIXES)
  ...['gesundheit', 'medizin', 'krank', 'behinder', 'biometr', 'genetisch', 'rassisch', 'ethnisch', 'politisch', 'religi', 'weltanschau'],
  ...['gewerkschaft', 'sexualleben', 'sexuell', 'strafrecht', 'straftat', 'vorstraf', 'verurteil', 'fuhrungszeugnis'],
  // uk
  ...['здоров', 'медичн', 'хвороб', 'інвалідн', 'біометр', 'генетичн', 'расов', 'етнічн', 'політичн', 'релігі', 'філософськ'],
  ...['світогляд', 'профспілк', 'статев житт', 'сексуальн', 'судим', 'кримінальн', 'правопоруш'],
  ...['профспіл', 'несудим', 'віросповідан', 'діагноз', 'вагітн'],
  // bg
  ...['здрав', 'медицинск', 'болест', 'уврежд', 'биометр', 'генетичн', 'расов', 'етническ', 'политическ', 'религи', 'философск'],
  ...['синдикал', 'полов живот', 'сексуалн', 'присъд', 'съдимост', 'наказателн', 'престъплени'],
  ...['синдикат', 'вероизповедан', 'диагноз', 'инвалидн', 'бременн', 'криминал'],
  // sl
  ...['zdrav', 'medicin', 'bolezen', 'bolezn', 'invalidnost', 'biometri', 'genetsk', 'rasn', 'etnicn', 'politicn', 'versk', 'religi'],
  ...['filozofsk', 'sindikal', 'spoln', 'kazensk', 'obsodb', 'kazniv'],
  ...['sindikat', 'veroizpoved', 'diagnoz', 'nosecn'],
];

/** German writes the special word inside a compound ("Mitarbeitergesundheitsdaten", "Betriebskrankenkasse"). */
export const GERMAN_INFIXES: readonly string[] = ['gesundheit', 'krank', 'medizin', 'biometr', 'gewerkschaft', 'strafrecht', 'straftat', 'vorstraf'];
