import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { registerPathFromArgv } from '../../../electron/main/app/args.ts';

vi.mock('electron', () => ({}));

describe('the register named on the command line', () => {
  it('is read after the app folder in development (`npm start -- registers/acme.ropa`)', () => {
    expect(registerPathFromArgv(['/electron', '.', 'registers/acme.ropa'], { defaultApp: true, cwd: '/home/dpo' })).toBe(
      path.resolve('/home/dpo', 'registers/acme.ropa'),
    );
  });

  it('is the first argument of the packaged app, as the file association passes it', () => {
    expect(registerPathFromArgv(['/opt/RoPA Desk/ropa-desk', '/home/dpo/acme.ropa'], { defaultApp: false, cwd: '/' })).toBe('/home/dpo/acme.ropa');
  });

  it('skips switches that Chromium or the person added', () => {
    const argv = ['/opt/ropa-desk', '--original-process-start-time=1', '--no-sandbox', 'acme.ropa'];
    expect(registerPathFromArgv(argv, { defaultApp: false, cwd: '/work' })).toBe(path.resolve('/work', 'acme.ropa'));
  });

  it('is found after switches that come before the app folder (as Playwright passes --inspect=0)', () => {
    const argv = ['/electron', '--inspect=0', '--remote-debugging-port=0', '/app', '/tmp/e2e/acme.ropa'];
    expect(registerPathFromArgv(argv, { defaultApp: true, cwd: '/' })).toBe('/tmp/e2e/acme.ropa');
    expect(registerPathFromArgv(argv.slice(0, 4), { defaultApp: true, cwd: '/' })).toBeNull();
  });

  it('is absent when only the app was started', () => {
    expect(registerPathFromArgv(['/electron', '.'], { defaultApp: true, cwd: '/' })).toBeNull();
    expect(registerPathFromArgv(['/opt/ropa-desk', '--inspect'], { defaultApp: false, cwd: '/' })).toBeNull();
  });
});
