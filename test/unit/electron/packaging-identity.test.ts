// What the installers say the app is: its application id, its icons (resources/icons, drawn for the app) and who
// maintains it. Checked through electron-builder's own config loader and icon lookup, without packaging.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const require = createRequire(path.join(root, 'package.json'));

type Icons = { icon?: string };
type BuilderConfig = {
  appId: string;
  productName: string;
  linux: Icons & { maintainer?: string };
  win: Icons;
  mac: Icons;
};

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const EMAIL = /<[^<>\s@]+@[^<>\s@]+\.[a-z]+>$/;

describe('the packaged app’s identity', () => {
  let config: BuilderConfig;
  beforeAll(async () => {
    const { getConfig } = require('app-builder-lib/out/util/config/config.js');
    config = await getConfig(root, null, null);
  });

  it('has a reverse-DNS application id of its own', () => {
    expect(config.appId).toMatch(/^[a-z]{2,}\.[a-z0-9-]+\.[a-z0-9.-]+$/);
    expect(config.appId).not.toMatch(/^com\.electron\./); // electron-builder's default
    expect(config.appId).toContain('ropadesk');
  });

  it('names its maintainers with an email address, in package.json and the .deb', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { author: { name: string; email: string } };
    expect(manifest.author.name).toMatch(/RoPA Desk/);
    expect(manifest.author.email).toMatch(/^[^@\s]+@[^@\s]+$/);
    expect(config.linux.maintainer).toMatch(EMAIL);
    expect(config.linux.maintainer).toContain(manifest.author.email);
  });

  it('has icons made for it: a square PNG per platform, big enough for electron-builder to convert', () => {
    const minimum = { mac: 512, win: 256 } as const;
    for (const platform of ['mac', 'win'] as const) {
      const icon = config[platform].icon;
      expect(icon, `${platform}.icon`).toMatch(/^resources\/icons\//);
      const { width, height } = pngSize(path.join(root, icon as string));
      expect(width).toBe(height);
      expect(width).toBeGreaterThanOrEqual(minimum[platform]);
    }
  });

  it('gives Linux an icon set electron-builder reads, each PNG the size its name says', async () => {
    expect(config.linux.icon).toBe('resources/icons');
    const { convertIcon } = require('app-builder-lib/out/util/iconConverter.js');
    const result: { icons: Array<{ file: string; size: number }>; isFallback: boolean } = await convertIcon({
      sources: [config.linux.icon],
      fallbackSources: [],
      roots: [root],
      format: 'set',
      outDir: path.join(os.tmpdir(), 'ropa-icon-set'), // a set of PNGs is used as it is: nothing is written
    });
    expect(result.isFallback).toBe(false);
    expect(result.icons.map((icon) => icon.size)).toEqual(expect.arrayContaining([16, 32, 48, 64, 128, 256, 512]));
    for (const icon of result.icons) expect(pngSize(icon.file)).toEqual({ width: icon.size, height: icon.size });
  });

  it('keeps the drawing the icons are rendered from', () => {
    expect(readFileSync(path.join(root, 'resources/icons/icon.svg'), 'utf8')).toMatch(/<svg[^>]+viewBox="0 0 512 512"/);
  });
});
