// npm run gen -- --activities N [--seed S] [--processors P] [--out file.ropa.json]
// Writes a synthetic register in the exchange format, to a file (atomically) or to standard output.
import { parseArgs } from 'node:util';
import { serialiseExchangeDocument } from '../../shared/exchange/write.ts';
import { writeFileAtomically } from '../../electron/main/backend/files/atomic-write.ts';
import { generateRegister } from './generate-register.ts';

const USAGE = 'usage: npm run gen -- --activities N [--seed S] [--processors P] [--out file.ropa.json]\n';

function count(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new Error(`--${name} must be a whole number, not "${value}"`);
  return number;
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        activities: { type: 'string', short: 'n' },
        seed: { type: 'string' },
        processors: { type: 'string' },
        out: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    process.stderr.write(`gen: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  try {
    const activities = count(values.activities, 'activities');
    if (activities === undefined) throw new Error('--activities N is required');
    const processors = count(values.processors, 'processors');
    const seed = count(values.seed, 'seed');
    const text = serialiseExchangeDocument(
      generateRegister({ activities, ...(seed === undefined ? {} : { seed }), ...(processors === undefined ? {} : { processors }) }),
    );
    if (values.out === undefined || values.out === '-') {
      process.stdout.write(text);
    } else {
      await writeFileAtomically(values.out, text);
      process.stderr.write(`Wrote ${activities} activities to ${values.out} (${(Buffer.byteLength(text) / 1048576).toFixed(1)} MiB).\n`);
    }
    return 0;
  } catch (error) {
    process.stderr.write(`gen: ${(error as Error).message}\n${USAGE}`);
    return 1;
  }
}

process.exitCode = await main();
