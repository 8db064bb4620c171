// Whether a retention text gives a time limit (Art. 30(1)(f)): a period ("24 months", "šest let") or an event that ends
// it ("until the contract ends", "след прекратяване"), in English, Ukrainian, Bulgarian or Slovenian. Phrases that only
// sound like an answer ("as long as necessary", "безстроково", "until further notice") are taken out first, so that
// they do not pass as an event.

/** Phrases that name no limit. Regular expressions, matched in lower case. */
const VAGUE_PHRASES = [
  // en
  'for as long as (?:is |it is )?(?:necessary|needed|required)', 'as long as (?:is |it is )?(?:necessary|needed|required)',
  'until further notice', 'indefinite(?:ly)?', 'permanent(?:ly)?', 'forever', 'unlimited', 'no time limit',
  'not (?:stated|specified|defined|determined|known)',
  // uk
  'стільки,? скільки (?:це )?(?:необхідно|потрібно)', 'до подальшого повідомлення', 'безстроково', 'необмежен\\p{L}*', 'постійно',
  'не (?:визначено|зазначено|встановлено)',
  // bg
  'толкова дълго,? колкото (?:е )?(?:необходимо|нужно)', 'колкото е необходимо', 'до второ нареждане', 'безсрочно', 'неограничен\\p{L}*',
  'постоянно', 'не е (?:определен|посочен|установен)\\p{L}*',
  // sl
  'toliko časa,? kolikor je (?:potrebno|treba)', 'kolikor (?:dolgo )?je (?:potrebno|treba)', 'dokler je (?:potrebno|treba)', 'do nadaljnjega',
  'trajno', 'nedoločen\\p{L}*', 'neomejen\\p{L}*', 'ni (?:določen|naveden|opredeljen)\\p{L}*',
];

/** Units of time, each a whole word with its endings. */
const UNITS = [
  'years?', 'yrs?', 'months?', 'weeks?', 'days?', 'hours?', 'minutes?',
  'рік', 'роки', 'років', 'року', 'роком', 'місяц[ьіяів]\\p{L}*', 'тиждень', 'тижн\\p{L}*', 'день', 'дні', 'днів', 'дня', 'доб[аиу]', 'діб',
  'годин\\p{L}*', 'хвилин\\p{L}*',
  'година', 'години', 'годината', 'месец\\p{L}*', 'седмиц\\p{L}*', 'ден', 'дни', 'дена', 'часа?', 'часове', 'минут[аи]',
  'leto', 'leta', 'let', 'letu', 'letih', 'mesec\\p{L}*', 'teden', 'tedn\\p{L}*', 'dan', 'dni', 'dneva?', 'dnevi', 'dnevom', 'ur[aeio]?', 'urah', 'minut\\p{L}*',
];

const NUMBER_WORDS = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty',
  'thirty', 'forty', 'fifty', 'sixty', 'ninety', 'hundred', 'a', 'an',
  'один', 'одного', 'одна', 'одну', 'два', 'двох', 'дві', 'три', 'трьох', 'чотири', 'п’ять', "п'ять", 'шість', 'сім', 'десять', 'дванадцять',
  'един', 'една', 'едно', 'две', 'четири', 'пет', 'шест', 'седем', 'десет', 'дванадесет',
  'en', 'eno', 'ena', 'eni', 'dve', 'dva', 'štiri', 'pet', 'šest', 'sedem', 'deset', 'dvanajst',
];

/**
 * What ties the end of keeping to an event: a preposition of time followed by the event ("until", "after the end"),
 * or the event's noun or verb ("termination", "прекратяване", "preklic"). Short prepositions that also mean "according
 * to" ("відповідно до", "po zakonu") count only before a word that names an event.
 */
const EVENTS = [
  // en
  'until(?! further)', 'till', 'after', 'following (?:the|its|a|an) ', 'end of', 'terminat\\p{L}*', 'expir\\p{L}*',
  'withdraw\\p{L}*', 'closure', 'closing', 'cancel\\p{L}*', 'during', 'while', 'upon', 'duration of', 'in force', 'lasts',
  '(?:for )?as long as (?:the|your|our|their|a|an|he|she|they|we|you) ', 'limitation period', 'statute of limitation',
  // uk
  'після', 'закінчен\\p{L}*', 'припинен\\p{L}*', 'відкликан\\p{L}*', 'розірван\\p{L}*', 'завершен\\p{L}*', 'протягом', 'поки', 'доки',
  'позовної давності', 'до (?:моменту|дати|кінця|закінчення|припинення|відкликання|розірвання|завершення|видалення|досягнення)',
  // bg
  'след', 'прекратяван\\p{L}*', 'изтичан\\p{L}*', 'оттегл\\p{L}*', 'докато', 'по време на', 'приключван\\p{L}*', 'закриван\\p{L}*',
  'давностн\\p{L}*', 'до (?:момента|датата|края|изтичането|прекратяването|оттеглянето|приключването|закриването)',
  // sl
  'prenehanj\\p{L}*', 'preklic\\p{L}*', 'izteka', 'potek\\p{L}*', 'dokler', 'med trajanjem', 'v času', 'zaključk\\p{L}*', 'ukinit\\p{L}*',
  'zastaral\\p{L}*', 'do (?:konca|prenehanja|preklica|izteka|zaključka|ukinitve|trenutka|izbrisa|poteka)',
  'po (?:prenehanju|preklicu|izteku|koncu|zaključku|ukinitvi|poteku|izbrisu)',
];

const wordStart = '(?<![\\p{L}\\p{N}])';
const wordEnd = '(?![\\p{L}\\p{N}])';
const vague = new RegExp(VAGUE_PHRASES.join('|'), 'gu');
const unit = new RegExp(`${wordStart}(?:${UNITS.join('|')})${wordEnd}`, 'u');
const numberWord = new RegExp(`${wordStart}(?:${NUMBER_WORDS.join('|')})${wordEnd}`, 'u');
const event = new RegExp(`${wordStart}(?:${EVENTS.join('|')})`, 'u');

/** True when the text names neither a period nor an event that ends the keeping of the data. */
export function isVagueRetention(text: string): boolean {
  const rest = text.toLocaleLowerCase().replace(vague, ' ');
  const period = unit.test(rest) && (/\d/.test(rest) || numberWord.test(rest));
  return !period && !event.test(rest);
}
