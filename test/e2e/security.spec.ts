// The renderer in Chromium, behind the test bridge with the app's Content-Security-Policy: the page has no Node, the
// API it is given is exactly the contract's, and neither an injected inline script nor an inline event handler runs.
import { test, expect } from './support/app.ts';
import { COMMAND_NAMES } from '../../shared/ipc/contract.ts';

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

  const keys = await page.evaluate(() => Object.keys((window as unknown as { ropa: object }).ropa));
  expect(keys.sort()).toEqual([...COMMAND_NAMES, 'onEvent'].sort());

  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'document.documentElement.dataset.injected = "ran";';
    document.head.append(script);
    // An inline event handler, as HTML pasted from a hostile file would carry.
    const image = document.createElement('img');
    image.setAttribute('onerror', 'document.documentElement.dataset.handler = "ran"');
    image.src = 'data:,not-an-image';
    document.body.append(image);
    await new Promise((resolve) => setTimeout(resolve, 100));
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
