// `npm run bench`: figures, not tests. How fast `ropa` starts against `node -e 0`, then import and export of a large
// register against the raw better-sqlite3 insert of the same rows (same run), the activities table in Chromium, the
// privacy policy of 1000 activities, the merge of two 5000-activity registers, the XLSX template of 5000 activities out
// and back, 2000 activities previewed from the ICO template against our own XLSX, the register checks of 5000 activities against their export, the register as of a date from 50,000 log entries against its export, then the register report PDF at 1000 and
// 5000 activities. Machine noise matters: read the ratios.
import { parseArgs } from 'node:util';
import { describeCheckFigures, measureChecks } from './bench-check.ts';
import { describeCliFigures, measureCliStart } from './bench-cli.ts';
import { measureRegisterImport } from './bench-import.ts';
import { describeLayoutFigures, measureLayouts } from './bench-layouts.ts';
import { describeHistoryFigures, measureHistory } from './bench-history.ts';
import { describeMergeFigures, measureMerge } from './bench-merge.ts';
import { describePolicyFigures, measurePrivacyPolicy } from './bench-policy.ts';
import { describeSpreadsheetFigures, measureSpreadsheet } from './bench-spreadsheet.ts';
import { describeSuggestionFigures, measureSuggestions } from './bench-suggestions.ts';
import { describeReportFigures, measureRegisterReports } from './bench-report.ts';
import { describeTableFigures, measureActivitiesTable } from './bench-table.ts';

const { values } = parseArgs({ options: { activities: { type: 'string' }, 'report-activities': { type: 'string' } } });
const activities = Number(values.activities ?? 10_000);

// First, while the machine is quiet: process start-up is what the other figures would disturb most.
console.log(describeCliFigures(measureCliStart()));
const register = measureRegisterImport({ activities });
console.log(
  [
    `register of ${register.activities} activities (${register.megabytes.toFixed(1)} MiB of JSON), median of 3 runs:`,
    `  import from JSON      ${register.importMs.toFixed(0)} ms`,
    `  raw better-sqlite3    ${register.rawInsertMs.toFixed(0)} ms (JSON.parse + insert of the same rows, no checks)`,
    `  ratio                 ${register.ratio.toFixed(2)} (target ≤ 2)`,
    `  export to JSON        ${register.exportMs.toFixed(0)} ms`,
  ].join('\n'),
);
console.log(describeTableFigures(await measureActivitiesTable({ activities })));
console.log(describePolicyFigures(await measurePrivacyPolicy(1000)));
console.log(describeMergeFigures(await measureMerge(5000)));
console.log(describeSpreadsheetFigures(await measureSpreadsheet(5000)));
console.log(describeSuggestionFigures(measureSuggestions(5000)));
console.log(describeLayoutFigures(await measureLayouts(2000)));
console.log(describeCheckFigures(await measureChecks(5000)));
console.log(describeHistoryFigures(await measureHistory(5000)));
const reportSizes = (values['report-activities'] ?? '1000,5000').split(',').map(Number);
console.log(describeReportFigures(measureRegisterReports(reportSizes)));
