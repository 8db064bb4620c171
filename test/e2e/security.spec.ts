// The renderer in Chromium, behind the test bridge with the app's Content-Security-Policy: the page has no Node, the
// API it is given is exactly what the desktop app's preload exposes, and neither an injected inline script nor an
// inline event handler runs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { test, expect } from './support/app.ts';
import { COMMAND_NAMES } from '../../shared/ipc/contract.ts';
import { repoRoot } from '../support/fixtures.ts';

/**
 * What the built preload (out/preload/index.cjs, as the desktop app loads it) hands to `contextBridge`: run in a
 * fresh context with a stand-in `electron`, the only module a sandboxed preload may require here.
 */
function builtPreloadExposure(): Record<string, string[]> {
  const code = readFileSync(path.join(repoRoot, 'out', 'preload', 'index.cjs'), 'utf8');
  const exposed: Record<string, string[]> = {};
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: object) => (exposed[key] = Object.keys(api)) },
    ipcRenderer: { invoke: async () => ({ ok: true, value: null }), on: () => undefined, removeListener: () => undefined },
  };
  const module = { exports: {} };
  const require = (id: string) => {
    if (id === 'electron') return electron;
    throw new Error(`the sandboxed preload cannot require ${id}`);
  };
  vm.runInNewContext(code, { require, module, exports: module.exports }, { filename: 'out/preload/index.cjs' });
  return exposed;
}

test('the page has no Node, exactly the contract’s API, and runs no injected inline script or handler', async ({ app }) => {
  await app.open();
  const { page } = app;
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });

  const globals = await page.evaluate(() => {
    const scope = globalThis as Record<string, unknown>;
    return [typeof scope['require'], typeof scope['process'], typeof scope['module'], typeof scope['Buffer']];
  });
  expect(globals).toEqual(['undefined', 'undefined', 'undefined', 'undefined']);

  // The page's window.ropa (the bridge's) is what the desktop app's preload exposes, and that is every command declared.
  const keys = await page.evaluate(() => Object.keys((window as unknown as { ropa: object }).ropa));
  const preload = builtPreloadExposure();
  expect(Object.keys(preload)).toEqual(['ropa']);
  expect(keys.sort()).toEqual([...(preload['ropa'] ?? [])].sort());
  expect(keys.sort()).toEqual([...COMMAND_NAMES, 'onEvent'].sort());

  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'document.documentElement.dataset.injected = "ran";';
    // An inline script runs, if at all, as it is appended: nothing to wait for.
    document.head.append(script);
    // An inline event handler, as HTML pasted from a hostile file would carry.
    const image = document.createElement('img');
    image.setAttribute('onerror', 'document.documentElement.dataset.handler = "ran"');
    // A listener added after the attribute runs after the inline handler would have: its error event is the moment.
    const failed = new Promise((resolve) => image.addEventListener('error', resolve, { once: true }));
    image.src = 'data:,not-an-image';
    document.body.append(image);
    await failed;
    image.remove();
    return { script: document.documentElement.dataset['injected'] === 'ran', handler: document.documentElement.dataset['handler'] === 'ran' };
  });
  // (eval is refused by the same policy, which has no 'unsafe-eval'; Playwright's own evaluate is exempt, so the
  // policy's text is what the unit test of security.ts checks.)
  expect(ran).toEqual({ script: false, handler: false });
  expect(violations.length).toBeGreaterThan(0);
  // The app itself still works under the policy.
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});
