// The suggestions' figure for `npm run bench`: how long one keystroke takes in a data category field of a register of
// N activities. The index is built from the register's category texts (English, and the Ukrainian translations) and the
// built-in list, then each prefix of a few words is asked many times; the median and the worst per keystroke are
// printed, the worst also in CPU time: on a busy machine the wall-clock worst is mostly the time the process waited
// for a core. CPU time counts all of the process's threads (the collector's helpers too), so it bounds the work from
// above without the waiting. Then the same with 30,000 distinct texts,
// for a register whose categories are all written differently. Target: every keystroke well under a frame (16 ms).
//   node test/tools/bench-suggestions.ts [--activities 5000]
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { ProcessingActivity } from '../../shared/model/records.ts';
import { textIn } from '../../shared/model/text.ts';
import { DATA_CATEGORIES, suggestionIndex, type SuggestionIndex } from '../../shared/vocabularies/index.ts';
import { generateRegister } from './generate-register.ts';

const REPETITIONS = 400;
const STRESS_TEXTS = 30_000;
/** Words typed letter by letter: two English ones (one mostly at word starts, one mostly at text starts) and two Ukrainian. */
const TYPED: ReadonlyArray<{ language: 'en' | 'uk'; word: string }> = [
  { language: 'en', word: 'health' },
  { language: 'en', word: 'data' },
  { language: 'uk', word: 'дані' },
  { language: 'uk', word: 'здоров’я' },
];

/** Wall-clock times, and the worst in CPU time, which a busy machine's scheduler does not inflate. */
type Keystroke = { query: string; medianMs: number; p99Ms: number; worstMs: number; worstCpuMs: number; found: number };
type Scenario = { label: string; texts: Record<'en' | 'uk', number>; buildMs: Record<'en' | 'uk', number>; keystrokes: Keystroke[] };
export type SuggestionFigures = { activities: number; scenarios: Scenario[] };

/** The category texts of the register in `language`, each use once (repeats are what ranks the most used first). */
function categoryTexts(activities: readonly ProcessingActivity[], language: string): string[] {
  return activities.flatMap((activity) => activity.dataCategories.flatMap((category) => textIn(category.name, language, 'en') ?? []));
}

/** Many distinct texts: the register's categories, each qualified by its activity and a number, until `count`. */
function distinctTexts(activities: readonly ProcessingActivity[], language: string, count: number): string[] {
  const texts: string[] = [];
  for (let round = 0; texts.length < count; round++) {
    for (const activity of activities) {
      const name = textIn(activity.name, language, 'en') ?? textIn(activity.name, 'en', 'en') ?? '';
      for (const category of activity.dataCategories) {
        const text = textIn(category.name, language, 'en') ?? textIn(category.name, 'en', 'en') ?? '';
        texts.push(`${text} – ${name} (${round + 1})`);
        if (texts.length === count) return texts;
      }
    }
  }
  return texts;
}

/** The value below which `share` of the sorted `values` lie. */
function quantile(sorted: Float64Array, share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;
}

function timeKeystrokes(indexes: Record<'en' | 'uk', SuggestionIndex>): Keystroke[] {
  const keystrokes: Keystroke[] = [];
  for (const { language, word } of TYPED) {
    for (let length = 1; length <= word.length; length++) {
      const query = word.slice(0, length);
      const index = indexes[language];
      const found = index.suggest(query).length;
      // Preallocated, so that the measuring adds no garbage of its own to what the collector pauses for.
      const times = new Float64Array(REPETITIONS);
      let worstCpuMs = 0;
      for (let repetition = 0; repetition < REPETITIONS; repetition++) {
        const cpu = process.cpuUsage();
        const start = performance.now();
        index.suggest(query);
        times[repetition] = performance.now() - start;
        const used = process.cpuUsage(cpu);
        worstCpuMs = Math.max(worstCpuMs, (used.user + used.system) / 1000);
      }
      times.sort();
      keystrokes.push({ query, medianMs: quantile(times, 0.5), p99Ms: quantile(times, 0.99), worstMs: quantile(times, 1), worstCpuMs, found });
    }
  }
  return keystrokes;
}

function scenario(label: string, used: Record<'en' | 'uk', string[]>): Scenario {
  const buildMs = { en: 0, uk: 0 };
  const built = {} as Record<'en' | 'uk', SuggestionIndex>;
  for (const language of ['en', 'uk'] as const) {
    const start = performance.now();
    built[language] = suggestionIndex(DATA_CATEGORIES, used[language], language, { detectSpecial: true });
    buildMs[language] = performance.now() - start;
  }
  return { label, texts: { en: built.en.size, uk: built.uk.size }, buildMs, keystrokes: timeKeystrokes(built) };
}

export function measureSuggestions(activities: number): SuggestionFigures {
  const register = generateRegister({ activities, seed: 17 });
  const records = register.activities;
  return {
    activities,
    scenarios: [
      scenario('the register’s category texts', { en: categoryTexts(records, 'en'), uk: categoryTexts(records, 'uk') }),
      scenario(`${STRESS_TEXTS.toLocaleString('en')} distinct texts`, {
        en: distinctTexts(records, 'en', STRESS_TEXTS),
        uk: distinctTexts(records, 'uk', STRESS_TEXTS),
      }),
    ],
  };
}

export function describeSuggestionFigures(figures: SuggestionFigures): string {
  const lines = [`data category suggestions, register of ${figures.activities} activities, ${REPETITIONS} runs per keystroke (target < 16 ms):`];
  for (const { label, texts, buildMs, keystrokes } of figures.scenarios) {
    lines.push(
      `  ${label}: ${texts.en} texts in en, ${texts.uk} in uk with the built-in list; index built in ${buildMs.en.toFixed(1)} ms (en), ${buildMs.uk.toFixed(1)} ms (uk)`,
    );
    for (const { query, medianMs, p99Ms, worstMs, worstCpuMs, found } of keystrokes) {
      lines.push(
        `    ${query.padEnd(9)} median ${medianMs.toFixed(3)} ms, 99th percentile ${p99Ms.toFixed(3)} ms, worst ${worstMs.toFixed(3)} ms (CPU ${worstCpuMs.toFixed(3)} ms), ${found} shown`,
      );
    }
    const worst = Math.max(...keystrokes.map((keystroke) => keystroke.worstMs));
    const worstCpu = Math.max(...keystrokes.map((keystroke) => keystroke.worstCpuMs));
    lines.push(`    worst keystroke ${worst.toFixed(3)} ms, in CPU time ${worstCpu.toFixed(3)} ms (target < 16 ms)`);
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { activities: { type: 'string' } } });
  console.log(describeSuggestionFigures(measureSuggestions(Number(values.activities ?? 5000))));
}
