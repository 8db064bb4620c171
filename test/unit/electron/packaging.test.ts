// The build and packaging configuration of the desktop app, checked without building or packaging it.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { build, createServer, type PluginOption } from 'vite';
import electronViteConfig, { withDevServerCsp } from '../../../electron.vite.config.ts';
import { resourcesDirOf } from '../../../electron/main/app/paths.ts';
import { DEMO_SOURCE } from '../../../electron/main/backend/session/demo.ts';

vi.mock('electron', () => ({}));

const root = path.resolve(import.meta.dirname, '../../..');
const require = createRequire(path.join(root, 'package.json'));

type BuilderConfig = {
  files: Array<{ filter: string[] }>;
  asar: boolean;
  npmRebuild: boolean;
  productName: string;
  electronFuses: Record<string, boolean>;
  fileAssociations: Array<{ ext: string }>;
  extraResources: Array<{ from: string; to: string; filter?: string[] }>;
  linux: { target: string[] };
  win: { target: string[] };
  mac: { target: string[] };
};

/** electron-builder's own loader and schema check (app-builder-lib, as `electron-builder` runs them). */
async function loadBuilderConfig(): Promise<BuilderConfig> {
  const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
  const { DebugLogger } = require('builder-util');
  const config = await getConfig(root, null, null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

describe('electron-builder.yml', () => {
  let config: BuilderConfig;
  beforeAll(async () => {
    config = await loadBuilderConfig();
  });

  it('is valid against electron-builder’s schema and names the product', () => {
    expect(config.productName).toBe('RoPA Desk');
  });

  it('packages only the built app: never the sources, the tests or the test bridge', () => {
    const patterns = config.files.flatMap((set) => set.filter);
    const included = patterns.filter((pattern) => !pattern.startsWith('!'));
    expect(included).toEqual(['out/**/*', 'package.json']);
    expect(patterns.join(' ')).not.toMatch(/(^|\s)(test|electron|shared|renderer)\//);
  });

  it('uses an asar archive and no native rebuild (better-sqlite3 ships Node-API prebuilds)', () => {
    expect(config.asar).toBe(true);
    expect(config.npmRebuild).toBe(false);
  });

  it('flips the Electron fuses of the packaged app', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
    });
  });

  it('opens .ropa files, ships the demo registers, and builds for Linux, Windows and macOS', () => {
    expect(config.fileAssociations.map((association) => association.ext)).toEqual(['ropa']);
    const demo = config.extraResources.find((resource) => resource.to === 'demo');
    expect(demo && existsSync(path.join(root, demo.from))).toBe(true);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });
});

describe('the demo registers in the packaged app (File › Open demo register)', () => {
  it('are read from the resources folder, where extraResources puts them, outside app.asar', async () => {
    const config = await loadBuilderConfig();
    const resourcesPath = '/opt/RoPA Desk/resources';
    const resourcesDir = resourcesDirOf({ isPackaged: true, appPath: `${resourcesPath}/app.asar`, resourcesPath });
    expect(resourcesDir).toBe(resourcesPath);
    // What the backend reads, relative to resourcesDir: demo/bytheway-en.ropa.json.
    const [folder = '', file = ''] = DEMO_SOURCE.split(path.sep);
    const demo = config.extraResources.find((resource) => resource.to === folder);
    expect(demo, `an extraResources entry copying to ${folder}/`).toBeDefined();
    expect(existsSync(path.join(root, demo!.from, file))).toBe(true);
    expect(demo!.filter?.some((pattern) => path.matchesGlob(file, pattern)) ?? true).toBe(true);
  });

  it('are read from the repository’s resources/ in development (npm start, electron-vite dev)', () => {
    const resourcesDir = resourcesDirOf({ isPackaged: false, appPath: root, resourcesPath: '/electron/dist/resources' });
    expect(existsSync(path.join(resourcesDir, DEMO_SOURCE))).toBe(true);
  });
});

describe('electron.vite.config.ts', () => {
  type Part = {
    root?: string;
    plugins?: PluginOption[];
    build?: {
      outDir?: string;
      externalizeDeps?: unknown;
      rolldownOptions?: { input?: Record<string, string>; output?: { format?: string; entryFileNames?: string } };
    };
  };
  const config = electronViteConfig as { main: Part; preload: Part; renderer: Part };

  it('builds the main process from electron/main/app/main.ts into out/main/index.js (package.json main)', () => {
    expect(config.main.build?.rolldownOptions?.input?.index).toBe(path.join(root, 'electron/main/app/main.ts'));
    expect(config.main.build?.outDir).toBe(path.join(root, 'out/main'));
    expect(config.main.build?.rolldownOptions?.output?.entryFileNames).toBe('[name].js');
    expect(require(path.join(root, 'package.json')).main).toBe('out/main/index.js');
  });

  it('builds the preload as self-contained CommonJS out/preload/index.cjs, as sandboxed preloads must be', () => {
    expect(config.preload.build?.rolldownOptions?.output).toMatchObject({ format: 'cjs', entryFileNames: '[name].cjs' });
    expect(config.preload.build?.externalizeDeps).toBe(false);
    expect(config.preload.build?.outDir).toBe(path.join(root, 'out/preload'));
  });

  it('builds the renderer from renderer/index.html into out/renderer', () => {
    expect(config.renderer.root).toBe(path.join(root, 'renderer'));
    expect(config.renderer.build?.outDir).toBe(path.join(root, 'out/renderer'));
  });
});

describe('the Content-Security-Policy of the renderer page', () => {
  const config = electronViteConfig as { renderer: { plugins?: PluginOption[] } };
  const sourceHtml = readFileSync(path.join(root, 'renderer/index.html'), 'utf8');
  const cspOf = (html: string) => /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
  const strictPolicy = cspOf(sourceHtml);
  let fixture: string;

  beforeAll(() => {
    // renderer/index.html with a trivial script, so that the pipeline is the configured one but not the app's code.
    fixture = mkdtempSync(path.join(os.tmpdir(), 'ropa-csp-'));
    writeFileSync(path.join(fixture, 'index.html'), sourceHtml.replace(/src="[^"]*main\.tsx"/, 'src="./main.js"'));
    writeFileSync(path.join(fixture, 'main.js'), 'document.body.dataset.ready = "yes";\n');
  });
  afterAll(() => {
    rmSync(fixture, { recursive: true, force: true });
  });

  it('is strict in renderer/index.html: the app’s own scripts and styles only', () => {
    expect(strictPolicy).toBe("default-src 'self'; script-src 'self'; style-src 'self'");
  });

  it('stays strict in a build (out/renderer/index.html): the dev-server plugin does not run', async () => {
    await build({
      configFile: false,
      root: fixture,
      logLevel: 'silent',
      plugins: config.renderer.plugins,
      build: { outDir: path.join(fixture, 'out'), emptyOutDir: true },
    });
    const built = readFileSync(path.join(fixture, 'out/index.html'), 'utf8');
    expect(cspOf(built)).toBe(strictPolicy);
    expect(built).not.toMatch(/unsafe-inline/);
  });

  it('is loosened by the dev server (electron-vite dev), which injects React’s inline refresh preamble', async () => {
    const server = await createServer({
      configFile: false,
      root: fixture,
      logLevel: 'silent',
      plugins: config.renderer.plugins,
      // No listening socket and no WebSocket server: only the HTML transform is wanted.
      server: { middlewareMode: true, ws: false },
    });
    try {
      const served = await server.transformIndexHtml('/index.html', readFileSync(path.join(fixture, 'index.html'), 'utf8'));
      expect(served).toMatch(/<script type="module">[^<]*injectIntoGlobalHook/);
      const policy = cspOf(served) ?? '';
      expect(policy).toMatch(/script-src 'self' 'unsafe-inline'/);
      expect(policy).toMatch(/style-src 'self' 'unsafe-inline'/);
      expect(policy).not.toMatch(/unsafe-eval/);
    } finally {
      await server.close();
    }
  });

  it('is rewritten in its own meta tag only', () => {
    const loosened = withDevServerCsp(sourceHtml, 'http://localhost:5173/');
    expect(cspOf(loosened)).toBe(
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; connect-src 'self' ws://localhost:5173",
    );
    expect(loosened.replace(cspOf(loosened) ?? '', '')).toBe(sourceHtml.replace(strictPolicy ?? '', ''));
    expect(withDevServerCsp('<html><head><meta charset="utf-8"></head></html>')).toBe('<html><head><meta charset="utf-8"></head></html>');
  });
});
