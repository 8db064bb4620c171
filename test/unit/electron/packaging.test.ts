// The build and packaging configuration of the desktop app, checked without building or packaging it.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import electronViteConfig from '../../../electron.vite.config.ts';

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
  extraResources: Array<{ from: string; to: string }>;
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

describe('electron.vite.config.ts', () => {
  type Part = { root?: string; build?: { outDir?: string; externalizeDeps?: unknown; rolldownOptions?: { input?: Record<string, string>; output?: { format?: string; entryFileNames?: string } } } };
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
