// What `npm start` says when Electron's one-time download fails (electron/start/download-failure.ts).
import { describe, expect, it } from 'vitest';
import { downloadFailure, installerSaid } from '../../../electron/start/download-failure.ts';

const INSTALLER_STDERR = `TypeError: fetch failed
    at node:internal/deps/undici/undici:15845:13
    at async FetchDownloader.download (/app/node_modules/@electron/get/dist/FetchDownloader.js:25:26)
`;

describe('the message when Electron cannot be downloaded', () => {
  it('takes the first line of the installer’s stack trace, not the trace', () => {
    expect(installerSaid(INSTALLER_STDERR)).toBe('TypeError: fetch failed');
    expect(installerSaid('\n\n')).toBeUndefined();
  });

  it('says what failed, what to do, and that npm run dev:web runs the same interface', () => {
    const message = downloadFailure({ electronVersion: '45.4.1', installerSaid: 'TypeError: fetch failed', mirror: undefined });
    expect(message).toContain('the one-time download of Electron 45.4.1');
    expect(message).toContain('github.com/electron/electron/releases');
    expect(message).toContain('The download said: TypeError: fetch failed');
    expect(message).toMatch(/network connection/);
    expect(message).toContain('ELECTRON_MIRROR=');
    expect(message).toContain('npm run dev:web');
    expect(message).not.toMatch(/^\s+at /m);
  });

  it('names the mirror that was tried', () => {
    const message = downloadFailure({ electronVersion: '45.4.1', installerSaid: undefined, mirror: 'https://mirror.example/electron/' });
    expect(message).toContain('https://mirror.example/electron/, named by ELECTRON_MIRROR');
    expect(message).not.toContain('The download said');
  });
});
