// `npm run dev:web`: the real UI in a browser on this machine, with the real backend (for development and screenshots).
import { parseArgs } from 'node:util';
import os from 'node:os';
import path from 'node:path';
import { startBridge } from './server.ts';

const { values } = parseArgs({
  options: {
    register: { type: 'string' },
    'data-dir': { type: 'string' },
    port: { type: 'string' },
  },
});

const bridge = await startBridge({
  dataDir: values['data-dir'] ?? path.join(os.homedir(), '.local', 'state', 'ropa-desk-web'),
  ...(values.register === undefined ? {} : { registerPath: path.resolve(values.register) }),
  ...(values.port === undefined ? {} : { port: Number(values.port) }),
});
process.stdout.write(`RoPA Desk (browser, test bridge) on ${bridge.url}\nOpen that address; only 127.0.0.1 is served. Ctrl+C stops.\n`);
const stop = () => void bridge.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
