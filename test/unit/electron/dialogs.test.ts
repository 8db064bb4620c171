import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  showOpenDialog: vi.fn(),
  showSaveDialog: vi.fn(),
}));
vi.mock('electron', () => ({ dialog: electron }));

const { createDialogHost } = await import('../../../electron/main/app/dialogs.ts');

const parent = { id: 1 } as never;

describe('the native dialogs', () => {
  beforeEach(() => {
    electron.showOpenDialog.mockReset();
    electron.showSaveDialog.mockReset();
  });

  it('tells the backend that this host asks with native dialogs', () => {
    expect(
      createDialogHost(
        () => null,
        () => '/docs',
      ).nativeDialogs,
    ).toBe(true);
  });

  it('opens a .ropa file chosen in a dialog attached to the window', async () => {
    electron.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/home/dpo/acme.ropa'] });
    const host = createDialogHost(
      () => parent,
      () => '/docs',
    );
    await expect(host.chooseRegisterToOpen()).resolves.toBe('/home/dpo/acme.ropa');
    expect(electron.showOpenDialog).toHaveBeenCalledWith(
      parent,
      expect.objectContaining({ properties: ['openFile'], filters: [{ name: 'RoPA register', extensions: ['ropa'] }] }),
    );
  });

  it('returns null when the person cancels', async () => {
    electron.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    electron.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    const host = createDialogHost(
      () => null,
      () => '/docs',
    );
    await expect(host.chooseRegisterToOpen()).resolves.toBeNull();
    await expect(host.chooseRegisterToCreate('Acme')).resolves.toBeNull();
  });

  it('shows the file name the backend suggests as it is, and makes sure the chosen one ends in .ropa', async () => {
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/dpo/Acme register' });
    const host = createDialogHost(
      () => parent,
      () => '/home/dpo/Documents',
    );
    await expect(host.chooseRegisterToCreate('Acme register.ropa')).resolves.toBe('/home/dpo/Acme register.ropa');
    expect(electron.showSaveDialog).toHaveBeenCalledWith(
      parent,
      expect.objectContaining({
        // Once: the dialog used to add `.ropa` to a name that had it ("HR staff records.ropa.ropa").
        defaultPath: path.join('/home/dpo/Documents', 'Acme register.ropa'),
        filters: [{ name: 'RoPA register', extensions: ['ropa'] }],
      }),
    );
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/d/x.ROPA' });
    await expect(host.chooseRegisterToCreate('x.ropa')).resolves.toBe('/d/x.ROPA');
  });

  it("adds the document's extension to a chosen name without it, and only then", async () => {
    const host = createDialogHost(
      () => parent,
      () => '/docs',
    );
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/d/report' });
    await expect(host.chooseDocumentDestination?.('report', 'report.pdf', 'pdf')).resolves.toBe('/d/report.pdf');
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/d/report.PDF' });
    await expect(host.chooseDocumentDestination?.('report', 'report.pdf', 'pdf')).resolves.toBe('/d/report.PDF');
  });
});
