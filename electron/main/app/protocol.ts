// The renderer is served from `app://ropa/`, a privileged custom scheme, never from file://: a page from file://
// could read any file its links point at. Every request is resolved inside the built renderer folder (out/renderer)
// and refused when it would escape it, whatever the encoding; every response carries the CSP of security.ts.
import path from 'node:path';
import { readFile, realpath } from 'node:fs/promises';
import type { CustomScheme, Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from './security.ts';

export { isSameOrigin } from './origin.ts';

export const APP_SCHEME = 'app';
export const APP_HOST = 'ropa';
/** The page the window loads in a built app. */
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Standard (relative URLs, an origin of its own, storage) and secure (a secure context, like https); fetch for the
 * page's own files. Deliberately not `bypassCSP` nor `corsEnabled`: other origins cannot read the app's files.
 */
export const APP_SCHEME_DEFINITION: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

/**
 * The file inside `root` that a URL path names, or null when the path is malformed or would leave `root`: `..`
 * segments (plain or percent-encoded), backslashes, drive letters or streams (`:`), NUL bytes.
 */
export function resolveInsideRoot(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (/[\0\\:]/.test(decoded)) return null;
  if (decoded.split('/').includes('..')) return null;
  const candidate = path.join(root, decoded);
  return isInside(root, candidate) ? candidate : null;
}

function refuse(status: 404 | 405): Response {
  return new Response(null, { status, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } });
}

/** Answers `app://ropa/…` requests with the files of `root` (the built renderer). */
export function createAppRequestHandler(root: string): (request: Request) => Promise<Response> {
  const realRoot = realpath(root).catch(() => path.resolve(root));
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return refuse(404);
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return refuse(404);
    const file = resolveInsideRoot(root, url.pathname === '/' ? '/index.html' : url.pathname);
    if (file === null) return refuse(404);
    try {
      // A symbolic link inside the folder must not lead out of it either.
      const real = await realpath(file);
      if (!isInside(await realRoot, real)) return refuse(404);
      const body = await readFile(real);
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: {
          'Content-Type': CONTENT_TYPES[path.extname(real).toLowerCase()] ?? 'application/octet-stream',
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-cache',
        },
      });
    } catch {
      return refuse(404);
    }
  };
}

/** Before the app is ready: declare the scheme's privileges (Electron allows this once, before `ready`). */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_DEFINITION]);
}

/** After the app is ready: serve the built renderer folder on the scheme. */
export function serveRenderer(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rendererDir));
}
