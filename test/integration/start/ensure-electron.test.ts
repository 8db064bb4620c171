// `npm start` where Electron's binary cannot be downloaded: the first step (electron/start/ensure-electron.ts) runs
// Electron's own installer against a mirror nothing answers on, and must end with what failed and what to do, exit 1.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../support/fixtures.ts';
import { tempDir } from '../../support/cli.ts';

describe('npm start without the Electron binary', () => {
  it('says the one-time download failed, what to do, and that npm run dev:web needs no Electron; exits 1', () => {
    const run = spawnSync(process.execPath, [path.join(repoRoot, 'electron/start/ensure-electron.ts')], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: {
        ...process.env,
        // Port 9 (discard) on the loopback: the connection is refused at once, and nothing is ever downloaded.
        ELECTRON_MIRROR: 'http://127.0.0.1:9/',
        // An empty download cache, and another platform than this one, so that an Electron already installed here
        // (node_modules/electron/dist) does not count: the installer has to download, and fails.
        electron_config_cache: tempDir('electron-cache-'),
        ELECTRON_INSTALL_PLATFORM: process.platform === 'win32' ? 'linux' : 'win32',
      },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('the one-time download of Electron');
    expect(run.stderr).toContain('http://127.0.0.1:9/, named by ELECTRON_MIRROR');
    expect(run.stderr).toContain('npm run dev:web');
    expect(run.stderr).not.toMatch(/^\s+at /m); // no stack trace
    expect(run.stderr.trimEnd().split('\n').at(-1)).toMatch(/npx ropa --help/);
  });
});
