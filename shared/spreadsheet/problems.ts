// The problems of a spreadsheet, gathered while it is read, and the one refusal that lists them all: a colleague
// corrects every cell in one sitting instead of meeting the next problem at each attempt.
import { refuse } from '../refusals/refusals.ts';
import { RegisterError } from '../result.ts';

/**
 * One problem, where a person finds it. `place`: `Activities row 7, column "public"` (or `Activities sheet`, or ''
 * for the file as a whole); `path`: the JSON path, where the problem was found in the assembled document; `order`:
 * sheet, row, column position, line, by which the problems are listed.
 */
export type Problem = { place: string; message: string; path?: string | undefined; order: readonly number[] };

/** The most a message lists; `issues` carries every one. */
export const MAX_LISTED = 50;

/** The order of the sheets in messages, as the workbook has them. */
export const SHEET_ORDER: Readonly<Record<string, number>> = { Register: 0, Organisations: 1, Processors: 2, Activities: 3 };

function compare(left: Problem, right: Problem): number {
  const length = Math.max(left.order.length, right.order.length);
  for (let index = 0; index < length; index++) {
    const difference = (left.order[index] ?? -1) - (right.order[index] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}

const lineOf = (problem: Problem) => (problem.place === '' ? problem.message : `${problem.place}: ${problem.message}`);

/**
 * The refusal of a file with `problems` (at least one): the problem's own line when there is one, else a first line
 * that counts them and one line each, at most MAX_LISTED. `issues` holds each, its path the place in the workbook.
 * The first line and the last (`and 12 more`) are the catalogue's; each problem's line is English, as the record
 * schemas word it, and is passed to the refusal as it is (the interface words those lines itself).
 */
export function refusal(problems: readonly Problem[]): RegisterError {
  const seen = new Set<string>();
  const sorted = [...problems].sort(compare).filter((problem) => {
    const line = lineOf(problem);
    if (seen.has(line)) return false;
    seen.add(line);
    return true;
  });
  const issues = sorted.map((problem) => ({ path: problem.place, message: problem.message }));
  const path = sorted.find((problem) => problem.path !== undefined)?.path;
  const lines = sorted.map(lineOf);
  if (lines.length === 1) return new RegisterError('invalid-input', lines[0] as string, path, issues);
  const more = lines.length - MAX_LISTED;
  const listed = { count: lines.length, lines: lines.slice(0, MAX_LISTED).join('\n') };
  return more > 0
    ? refuse('invalid-input', 'imports:spreadsheetProblemsAndMore', { ...listed, more }, path, issues)
    : refuse('invalid-input', 'imports:spreadsheetProblems', listed, path, issues);
}
