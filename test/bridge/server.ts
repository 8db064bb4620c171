// The test bridge: the real renderer in a browser, the real backend behind loopback HTTP.
// For end-to-end tests and `npm run dev:web`; never part of the packaged app.
import http from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createBackend } from '../../electron/main/backend/index.ts';
import type { Backend, Host } from '../../electron/main/backend/backend.ts';
import { isCommandName, type RopaEvent } from '../../shared/ipc/contract.ts';
import { browserClientScript } from './browser-client.ts';
import { repoRoot } from '../support/fixtures.ts';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/app/security.ts';

export type Bridge = {
  /** The page to open, token included. */
  url: string;
  origin: string;
  token: string;
  backend: Backend;
  close(): Promise<void>;
};

export type BridgeOptions = {
  /** Settings and the default register live here (a temp folder in tests). */
  dataDir: string;
  /** The register to open first; else the most recent, else the default one in dataDir. */
  registerPath?: string;
  /** The built renderer (electron-vite build); defaults to out/renderer. */
  rendererDir?: string;
  port?: number;
};

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};
const MAX_BODY_BYTES = 110 * 1024 * 1024;

const noDialogs: Host = {
  nativeDialogs: false,
  chooseRegisterToOpen: async () => null,
  chooseRegisterToCreate: async () => null,
};

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const rendererDir = path.resolve(options.rendererDir ?? path.join(repoRoot, 'out', 'renderer'));
  const token = randomBytes(24).toString('hex');
  const backend = createBackend({ dataDir: options.dataDir, host: noDialogs });
  await backend.openInitial(options.registerPath);
  const listeners = new Set<(event: RopaEvent) => void>();
  backend.onEvent((event) => listeners.forEach((listener) => listener(event)));

  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
      response.end(String((error as Error).message));
    });
  });

  const authorised = (given: string | null | undefined) => {
    const expected = Buffer.from(token);
    const actual = Buffer.from(given ?? '');
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  };

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    // A page of another site cannot reach the bridge: only our own host name is served.
    if (!/^(127\.0\.0\.1|localhost):\d+$/.test(request.headers.host ?? '')) return deny(response, 'wrong host');
    if (url.pathname.startsWith('/__ropa/api/')) {
      if (request.method !== 'POST' || !authorised(request.headers['x-ropa-token'] as string | undefined)) return deny(response);
      const name = url.pathname.slice('/__ropa/api/'.length);
      if (!isCommandName(name)) return deny(response, 'unknown command');
      const input = await readJson(request);
      const result = input.ok ? await backend.invoke(name, input.value) : input;
      response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      response.end(JSON.stringify(result));
      return;
    }
    if (url.pathname === '/__ropa/events') {
      if (!authorised(url.searchParams.get('token'))) return deny(response);
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
      const listener = (event: RopaEvent) => response.write(`data: ${JSON.stringify(event)}\n\n`);
      listeners.add(listener);
      request.on('close', () => listeners.delete(listener));
      return;
    }
    if (url.pathname === '/__ropa/bridge.js') return send(response, 200, '.js', browserClientScript());
    if (url.pathname === '/' || url.pathname === '/index.html') {
      if (!authorised(url.searchParams.get('token'))) return deny(response, 'open the URL the bridge printed (it carries the token)');
      const html = await readFile(path.join(rendererDir, 'index.html'), 'utf8');
      // The bridge script must run before the app's module script, which reads window.ropa. The page gets the app's
      // own Content-Security-Policy as a header, as app://ropa/ serves it: the bridge script is a file, not inline.
      return send(response, 200, '.html', html.replace('<head>', '<head>\n    <script src="/__ropa/bridge.js"></script>'), {
        'content-security-policy': CONTENT_SECURITY_POLICY,
      });
    }
    const file = path.resolve(rendererDir, `.${decodeURIComponent(url.pathname)}`);
    if (!file.startsWith(rendererDir + path.sep)) return deny(response);
    try {
      send(response, 200, path.extname(file), await readFile(file));
    } catch {
      send(response, 404, '.txt', 'not found');
    }
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    backend,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      backend.close();
    },
  };
}

function send(response: http.ServerResponse, status: number, extension: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': MIME[extension] ?? 'application/octet-stream', 'cache-control': 'no-store', ...headers });
  response.end(body);
}

function deny(response: http.ServerResponse, reason = 'forbidden'): void {
  send(response, 403, '.txt', reason);
}

async function readJson(
  request: http.IncomingMessage,
): Promise<{ ok: true; value: unknown } | { ok: false; error: { code: 'invalid-input'; message: string } }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return { ok: false, error: { code: 'invalid-input', message: 'The request is too large.' } };
    chunks.push(chunk as Buffer);
  }
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown };
  } catch {
    return { ok: false, error: { code: 'invalid-input', message: 'The request is not JSON.' } };
  }
}
