import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  APP_PAGE_URL,
  APP_SCHEME_DEFINITION,
  createAppRequestHandler,
  isSameOrigin,
  registerAppScheme,
  resolveInsideRoot,
  serveRenderer,
} from '../../../electron/main/app/protocol.ts';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/app/security.ts';

vi.mock('electron', () => ({}));

let base: string;
let root: string;
let serve: (request: Request) => Promise<Response>;
const get = (url: string, method = 'GET') => serve(new Request(url, { method }));

beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'ropa-protocol-'));
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>RoPA Desk</title>');
  await writeFile(path.join(root, 'assets', 'index-abc.js'), 'console.log("app")');
  await writeFile(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(path.join(base, 'secret.txt'), 'SECRET outside the renderer folder');
  await writeFile(path.join(base, 'renderer-evil.txt'), 'SECRET in a sibling with a similar name');
  await symlink(path.join(base, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
  serve = createAppRequestHandler(root);
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('the app:// scheme', () => {
  it('is standard and secure, without bypassing CSP and without opening itself to other origins', () => {
    expect(APP_SCHEME_DEFINITION.privileges).toMatchObject({ standard: true, secure: true });
    expect(APP_SCHEME_DEFINITION.privileges).not.toHaveProperty('bypassCSP');
    expect(APP_SCHEME_DEFINITION.privileges).not.toHaveProperty('corsEnabled');
    expect(APP_PAGE_URL).toBe('app://ropa/index.html');
  });

  it('is declared before ready and then handled by the renderer folder', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
    registerAppScheme(protocol);
    serveRenderer(protocol, root);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([APP_SCHEME_DEFINITION]);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('tells the app’s own page from others by scheme, host and port', () => {
    expect(isSameOrigin('app://ropa/index.html#/activities', APP_PAGE_URL)).toBe(true);
    expect(isSameOrigin('app://other/index.html', APP_PAGE_URL)).toBe(false);
    expect(isSameOrigin('file:///app/out/renderer/index.html', APP_PAGE_URL)).toBe(false);
    expect(isSameOrigin('https://ropa/index.html', APP_PAGE_URL)).toBe(false);
    expect(isSameOrigin('http://localhost:5173/', 'http://localhost:5173/')).toBe(true);
    expect(isSameOrigin('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
    expect(isSameOrigin('garbage', APP_PAGE_URL)).toBe(false);
  });
});

describe('the path guard', () => {
  it('finds files inside the renderer folder', () => {
    expect(resolveInsideRoot(root, '/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveInsideRoot(root, '/assets/index-abc.js')).toBe(path.join(root, 'assets', 'index-abc.js'));
    expect(resolveInsideRoot(root, '/assets/na%C3%AFve%20name.png')).toBe(path.join(root, 'assets', 'naïve name.png'));
  });

  it.each([
    ['a parent segment', '/../secret.txt'],
    ['a parent segment deeper down', '/assets/../../secret.txt'],
    ['an encoded slash', '/..%2fsecret.txt'],
    ['encoded dots and slash', '/%2e%2e%2fsecret.txt'],
    ['upper-case encoding', '/%2E%2E%2Fsecret.txt'],
    ['an encoded backslash', '/..%5csecret.txt'],
    ['a backslash', '/..\\secret.txt'],
    ['a NUL byte', '/index.html%00.png'],
    ['a drive letter', '/C:/Windows/win.ini'],
    ['a sibling folder with a similar name', '/../renderer-evil.txt'],
    ['a malformed escape', '/%E0%A4%A'],
    ['the folder itself', '/'],
  ])('refuses %s', (_what, urlPath) => {
    expect(resolveInsideRoot(root, urlPath)).toBeNull();
  });
});

describe('serving the renderer', () => {
  it('serves the page with the strict CSP, its content type and nosniff', async () => {
    const response = await get('app://ropa/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>RoPA Desk</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves scripts and styles with their types (module scripts need them)', async () => {
    expect((await get('app://ropa/assets/index-abc.js')).headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await get('app://ropa/assets/index-abc.css')).headers.get('content-type')).toMatch(/^text\/css/);
  });

  it.each([
    'app://ropa/..%2fsecret.txt',
    'app://ropa/assets/..%2f..%2fsecret.txt',
    'app://ropa/%2e%2e%2fsecret.txt',
    'app://ropa/..%5csecret.txt',
    'app://ropa/../renderer-evil.txt',
    'app://ropa/assets/link.txt',
  ])('never answers %s with a file from outside the folder', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('SECRET');
  });

  it('answers 404 for a missing file, a folder, or another host', async () => {
    expect((await get('app://ropa/missing.js')).status).toBe(404);
    expect((await get('app://ropa/assets')).status).toBe(404);
    expect((await get('app://evil/index.html')).status).toBe(404);
  });

  it('only reads: other methods are refused', async () => {
    expect((await get('app://ropa/index.html', 'POST')).status).toBe(405);
    const head = await get('app://ropa/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
