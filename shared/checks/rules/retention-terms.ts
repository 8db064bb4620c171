// Whether a retention text gives a time limit (Art. 30(1)(f)): a period ("24 months", "šest let") or an event that ends
// it ("until the contract ends", "след прекратяване"), in English, Ukrainian, Bulgarian or Slovenian. Phrases that only
// sound like an answer ("as long as necessary", "безстроково") are taken out first, so they do not pass as an event.

/** Phrases that name no limit. Regular expressions, matched in lower case. */
const VAGUE_PHRASES = [
  // en
  'for as long as (?:is |it is )?(?:necessary|needed|required)', 'as long as (?:is |it is )?(?:necessary|needed|required)',
  'indefinite(?:ly)?', 'permanent(?:ly)?', 'forever', 'unlimited', 'no time limit',
  'not (?:stated|specified|defined|determined|known)',
  // uk
  'стільки,? скільки (?:це )?(?:необхідно|потрібно)', 'безстроково', 'необмежен\\p{L}*', 'постійно', 'не (?:визначено|зазначено|встановлено)',
  // bg
  'толкова дълго,? колкото (?:е )?(?:необходимо|нужно)', 'колкото е необходимо', 'безсрочно', 'неограничен\\p{L}*', 'постоянно',
  'не е (?:определен|посочен|установен)\\p{L}*',
  // sl
  'toliko časa,? kolikor je (?:potrebno|treba)', 'kolikor (?:dolgo )?je (?:potrebno|treba)', 'dokler je (?:potrebno|treba)', 'trajno',
  'nedoločen\\p{L}*', 'neomejen\\p{L}*', 'ni (?:določen|naveden|opredeljen)\\p{L}*',
];

/** Units of time, as word stems. */
const UNITS = [
  'year', 'month', 'week', 'day', 'hour', 'minute',
  'рік', 'рок', 'років', 'місяц', 'тижн', 'тиж', 'день', 'дні', 'днів', 'доб', 'годин', 'хвилин',
  'година', 'години', 'годинa', 'месец', 'седмиц', 'ден', 'дни', 'час', 'минут',
  'let', 'leto', 'leta', 'letu', 'mesec', 'ted', 'dan', 'dni', 'ur', 'minut',
];

const NUMBER_WORDS = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty',
  'thirty', 'forty', 'fifty', 'sixty', 'ninety', 'hundred', 'a', 'an',
  'один', 'одного', 'одна', 'одну', 'два', 'двох', 'дві', 'три', 'трьох', 'чотири', 'п’ять', "п'ять", 'шість', 'сім', 'десять', 'дванадцять',
  'един', 'една', 'едно', 'две', 'двa', 'четири', 'пет', 'шест', 'седем', 'десет', 'дванадесет',
  'en', 'eno', 'ena', 'eni', 'dve', 'dva', 'štiri', 'pet', 'šest', 'sedem', 'deset', 'dvanajst',
];

/** Short words that tie the end to an event only as whole words ("do" is not "dolžina"). */
const EVENT_WORDS = ['до', 'do', 'po'];

/** Words that tie the end of keeping to an event (stems). */
const EVENTS = [
  'until', 'till', 'after', 'following', 'end of', 'termination', 'terminat', 'expir', 'withdraw', 'closure', 'closing',
  'cancel', 'during', 'while', 'upon', 'duration of', 'in force', 'limitation period', 'statute of limitation',
  'після', 'закінчен', 'припинен', 'відкликан', 'розірван', 'завершен', 'протягом', 'поки', 'доки', 'строку позовної давності',
  'след', 'прекратяван', 'изтичан', 'оттегл', 'докато', 'по време на', 'приключван', 'закриван', 'давностн',
  'prenehanj', 'preklic', 'izteka', 'potek', 'dokler', 'med trajanjem', 'v času', 'zaključk', 'ukinit', 'zastaral',
];

const vague = new RegExp(VAGUE_PHRASES.join('|'), 'gu');
const unit = wordStart(UNITS);
const numberWord = wordStart(NUMBER_WORDS, true);
const event = wordStart(EVENTS);
const eventWord = wordStart(EVENT_WORDS, true);

function wordStart(terms: readonly string[], wholeWord = false): RegExp {
  const end = wholeWord ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.join('|')})${end}`, 'u');
}

/** True when the text names neither a period nor an event that ends the keeping of the data. */
export function isVagueRetention(text: string): boolean {
  const rest = text.toLocaleLowerCase().replace(vague, ' ');
  const period = unit.test(rest) && (/\d/.test(rest) || numberWord.test(rest));
  return !period && !event.test(rest) && !eventWord.test(rest);
}
