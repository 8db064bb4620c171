import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  showOpenDialog: vi.fn(),
  showSaveDialog: vi.fn(),
}));
vi.mock('electron', () => ({ dialog: electron }));

const { createDialogHost, suggestedFileName, withRegisterExtension } = await import('../../../electron/main/app/dialogs.ts');

const parent = { id: 1 } as never;

describe('the native dialogs', () => {
  beforeEach(() => {
    electron.showOpenDialog.mockReset();
    electron.showSaveDialog.mockReset();
  });

  it('tells the backend that this host asks with native dialogs', () => {
    expect(createDialogHost(() => null, () => '/docs').nativeDialogs).toBe(true);
  });

  it('opens a .ropa file chosen in a dialog attached to the window', async () => {
    electron.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/home/dpo/acme.ropa'] });
    const host = createDialogHost(() => parent, () => '/docs');
    await expect(host.chooseRegisterToOpen()).resolves.toBe('/home/dpo/acme.ropa');
    expect(electron.showOpenDialog).toHaveBeenCalledWith(
      parent,
      expect.objectContaining({ properties: ['openFile'], filters: [{ name: 'RoPA register', extensions: ['ropa'] }] }),
    );
  });

  it('returns null when the person cancels', async () => {
    electron.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    electron.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    const host = createDialogHost(() => null, () => '/docs');
    await expect(host.chooseRegisterToOpen()).resolves.toBeNull();
    await expect(host.chooseRegisterToCreate('Acme')).resolves.toBeNull();
  });

  it('suggests a file named after the new register in Documents, and makes sure it ends in .ropa', async () => {
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/dpo/Acme register' });
    const host = createDialogHost(() => parent, () => '/home/dpo/Documents');
    await expect(host.chooseRegisterToCreate('Acme register')).resolves.toBe('/home/dpo/Acme register.ropa');
    expect(electron.showSaveDialog).toHaveBeenCalledWith(
      parent,
      expect.objectContaining({
        defaultPath: path.join('/home/dpo/Documents', 'Acme register.ropa'),
        filters: [{ name: 'RoPA register', extensions: ['ropa'] }],
      }),
    );
  });

  it('makes file names that every system accepts', () => {
    expect(suggestedFileName('Acme: HR/Payroll <2025>?')).toBe('Acme HR Payroll 2025.ropa');
    expect(suggestedFileName('../../etc/passwd')).toBe('etc passwd.ropa');
    expect(suggestedFileName('   ')).toBe('Register.ropa');
    expect(suggestedFileName('Društvo za varstvo')).toBe('Društvo za varstvo.ropa');
    expect(withRegisterExtension('/d/x.ROPA')).toBe('/d/x.ROPA');
  });
});
