import { describe, expect, it } from 'vitest';
import { fileNameOf, windowTitle } from '../../../electron/main/app/title.ts';

describe('the title bar', () => {
  it('reads "<register name> — <file name> — RoPA Desk"', () => {
    expect(windowTitle({ name: 'Acme Ltd register', filePath: '/home/dpo/registers/acme.ropa' })).toBe('Acme Ltd register — acme.ropa — RoPA Desk');
  });

  it('names the file, not its folder, for Windows paths too', () => {
    expect(windowTitle({ name: 'Register', filePath: 'C:\\Users\\dpo\\Documents\\Društvo.ropa' })).toBe('Register — Društvo.ropa — RoPA Desk');
    expect(fileNameOf('/a/b/c.ropa')).toBe('c.ropa');
  });

  it('is just the app name while no register is open', () => {
    expect(windowTitle(null)).toBe('RoPA Desk');
  });
});
