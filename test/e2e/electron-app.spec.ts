// The real desktop app, launched with Playwright's Electron support wherever an Electron binary is installed.
// The build machines cannot download one (its host is unreachable): there this spec is skipped, and the shell is
// covered by test/unit/electron with `electron` mocked.
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { COMMAND_NAMES } from '../../shared/ipc/contract.ts';
import { ropa, tempDir } from '../support/cli.ts';
import { repoRoot } from '../support/fixtures.ts';

/**
 * The installed Electron binary, found as `require('electron')` finds it but without requiring it: that would start
 * a download when none is installed.
 */
function installedElectron(): string | null {
  const electronDir = path.join(repoRoot, 'node_modules', 'electron');
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env['ELECTRON_OVERRIDE_DIST_PATH'] ?? path.join(electronDir, 'dist');
  const binary = path.join(distDir, executable);
  return existsSync(binary) ? binary : null;
}

function ensureBuilt(): void {
  const outputs = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
  if (outputs.every((file) => existsSync(path.join(repoRoot, file)))) return;
  execFileSync(process.execPath, [path.join(repoRoot, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
}

type WithRopa = { ropa: Record<string, (input: unknown) => Promise<unknown>> };

const electronBinary = installedElectron();

test.describe('the desktop app (Electron)', () => {
  test.skip(electronBinary === null, 'No Electron binary on this machine (its download host is unreachable); the shell is covered by test/unit/electron');
  test.describe.configure({ mode: 'serial' });

  let app: ElectronApplication;
  let page: Page;
  let dataDir: string;

  test.beforeAll(async () => {
    ensureBuilt();
    dataDir = tempDir('ropa-electron-');
    const registerPath = path.join(dataDir, 'acme.ropa');
    const init = ropa(['init', registerPath, '--name', 'Acme register', '--lang', 'en']);
    expect(init.status, init.stderr).toBe(0);
    app = await _electron.launch({
      executablePath: electronBinary ?? undefined,
      // As `npm start -- acme.ropa` runs it: the app folder, then the register to open.
      args: [repoRoot, registerPath],
      cwd: repoRoot,
      env: { ...process.env, ROPA_USER_DATA_DIR: path.join(dataDir, 'profile') } as Record<string, string>,
    });
    // Links the app hands to the operating system are recorded instead of opening a browser during the test.
    await app.evaluate(({ shell }) => {
      const opened: string[] = [];
      Object.assign(globalThis, { openedExternally: opened });
      shell.openExternal = async (url: string) => {
        opened.push(url);
      };
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  test('loads the renderer from app://ropa/, not from file://', async () => {
    expect(page.url()).toMatch(/^app:\/\/ropa\//);
  });

  test('names the register opened from the command line, and its file, in the title bar', async () => {
    await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle())).toBe('Acme register — acme.ropa — RoPA Desk');
  });

  test('gives the page no Node: no require, no process, no module, no Buffer', async () => {
    const globals = await page.evaluate(() => {
      const scope = globalThis as Record<string, unknown>;
      return [typeof scope['require'], typeof scope['process'], typeof scope['module'], typeof scope['Buffer']];
    });
    expect(globals).toEqual(['undefined', 'undefined', 'undefined', 'undefined']);
  });

  test('exposes exactly the contract’s commands and onEvent as window.ropa', async () => {
    const keys = await page.evaluate(() => Object.keys((window as unknown as WithRopa).ropa));
    expect(keys.sort()).toEqual([...COMMAND_NAMES, 'onEvent'].sort());
  });

  test('answers a command through the preload, IPC and the real backend', async () => {
    const answer = await page.evaluate(() => (window as unknown as WithRopa).ropa['registerInfo']!({}));
    expect(answer).toMatchObject({ ok: true, value: { name: 'Acme register' } });
  });

  test('does not run an injected inline script (Content-Security-Policy)', async () => {
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'document.documentElement.dataset.injected = "ran";';
      // An inline script runs, if at all, as it is appended: nothing to wait for.
      document.head.append(script);
      return document.documentElement.dataset['injected'] === 'ran';
    });
    expect(ran).toBe(false);
  });

  test('opens no new windows, and hands a https link to the browser instead', async () => {
    const popup = await page.evaluate(() => window.open('https://example.com/privacy'));
    expect(popup).toBeNull();
    await expect.poll(() => app.evaluate(() => (globalThis as { openedExternally?: string[] }).openedExternally)).toEqual(['https://example.com/privacy']);
    expect(app.windows()).toHaveLength(1);
  });

  test('does not navigate away from its page', async () => {
    const before = page.url();
    await page.evaluate(() => {
      window.location.href = 'http://example.com/';
    });
    await expect.poll(() => page.evaluate(() => document.readyState)).toBe('complete');
    expect(page.url()).toBe(before);
    // http: is neither opened in the window nor handed to the system.
    expect(await app.evaluate(() => (globalThis as { openedExternally?: string[] }).openedExternally)).toEqual(['https://example.com/privacy']);
  });

  test('asks before a register the shell opens replaces a draft with unsaved changes, and keeps both on Stay', async () => {
    // The person's answers are recorded (and Stay given) instead of showing a message box during the test.
    await app.evaluate(({ dialog }) => {
      const asked: string[] = [];
      Object.assign(globalThis, { askedToLeave: asked });
      dialog.showMessageBox = (async (...args: unknown[]) => {
        const options = args.at(-1) as { message: string };
        asked.push(options.message);
        return { response: 1, checkboxChecked: false };
      }) as typeof dialog.showMessageBox;
    });
    // A dirty draft, as the page's unsaved-changes guard marks it: a beforeunload listener that cancels.
    await page.evaluate(() => {
      const guard = (event: Event) => event.preventDefault();
      Object.assign(window, { testGuard: guard });
      window.addEventListener('beforeunload', guard);
    });
    const clickOpenDemo = () =>
      app.evaluate(({ Menu }) => {
        const file = Menu.getApplicationMenu()?.items.find((item) => item.label.replace('&', '') === 'File');
        file?.submenu?.items.find((item) => item.label === 'Open demo register')?.click();
      });
    const title = () => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle());
    const asked = () => app.evaluate(() => (globalThis as { askedToLeave?: string[] }).askedToLeave);

    await clickOpenDemo();
    await expect.poll(asked).toEqual(['You have unsaved changes. Leave without saving?']);
    // Stay: the register open before is still open (the draft is the page's, untouched).
    expect(await title()).toBe('Acme register — acme.ropa — RoPA Desk');

    await page.evaluate(() => {
      window.removeEventListener('beforeunload', (window as unknown as { testGuard: EventListener }).testGuard);
    });
  });

  test('denies permissions', async () => {
    const states = await page.evaluate(async () => [(await navigator.permissions.query({ name: 'geolocation' })).state, Notification.permission]);
    expect(states).toEqual(['denied', 'denied']);
  });
});
