// `npm run soak`: the long durability run, 200 imports killed at random moments (npm test kills 20).
//   node test/tools/soak.ts [--runs 200] [--seed N]
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string' }, seed: { type: 'string' } } });
const result = spawnSync('npx', ['vitest', 'run', 'test/integration/durability'], {
  stdio: 'inherit',
  env: { ...process.env, ROPA_SOAK_RUNS: values.runs ?? '200', ...(values.seed === undefined ? {} : { ROPA_SOAK_SEED: values.seed }) },
});
process.exit(result.status ?? 1);
