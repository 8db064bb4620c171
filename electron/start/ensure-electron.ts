#!/usr/bin/env node
// First step of `npm start` and `npm run dev`: makes sure Electron's binary is there. Electron 45 has no install script;
// its own `install-electron` downloads the binary the first time, and when that fails it ends with a bare stack trace
// ("TypeError: fetch failed"). This runs that installer and, if it fails, says what failed and what to do instead,
// and exits 1 so that npm stops before electron-vite.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { downloadFailure, installerSaid } from './download-failure.ts';

const require = createRequire(import.meta.url);

/** Electron's installer (the `install-electron` bin of the electron package): exits 0 at once when the binary is there. */
const INSTALLER = require.resolve('electron/install.js');

/** How long the installer may run before the person is told a download is going on. */
const DOWNLOAD_NOTICE_MS = 1500;

export async function ensureElectron(io: { stderr: (text: string) => void } = { stderr: (text) => process.stderr.write(text) }): Promise<number> {
  const { version } = require('electron/package.json') as { version: string };
  const installer = spawn(process.execPath, [INSTALLER], { stdio: ['ignore', 'inherit', 'pipe'] });
  let stderr = '';
  installer.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const notice = setTimeout(() => io.stderr(`Downloading Electron ${version} (once, about 100 MB)…\n`), DOWNLOAD_NOTICE_MS);
  const status = await new Promise<number | null>((resolve) => {
    installer.on('error', () => resolve(null));
    installer.on('close', (code) => resolve(code));
  });
  clearTimeout(notice);
  if (status === 0) {
    io.stderr(stderr); // warnings of a download that succeeded, if any
    return 0;
  }
  io.stderr(downloadFailure({ electronVersion: version, installerSaid: installerSaid(stderr), mirror: process.env['ELECTRON_MIRROR'] || undefined }));
  return 1;
}

if (import.meta.main) process.exitCode = await ensureElectron();
