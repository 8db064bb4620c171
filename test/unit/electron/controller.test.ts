import { describe, expect, it, vi } from 'vitest';
import type { RegisterInfo, RopaEvent } from '../../../shared/ipc/contract.ts';
import type { Result } from '../../../shared/result.ts';
import { createController } from '../../../electron/main/app/controller.ts';

vi.mock('electron', () => ({}));

const info = (name: string, filePath: string): RegisterInfo => ({
  id: 'reg-1',
  name,
  defaultLanguage: 'en',
  revision: 1,
  filePath,
  readOnly: false,
  asOf: null,
  counts: { organisations: 0, processors: 0, activities: 0 },
});

function setUp(answers: Partial<Record<string, Result<unknown>>> = {}, emitOnOpen = false, confirmLeave?: () => Promise<boolean>) {
  let listener: (event: RopaEvent) => void = () => {};
  const backend = {
    onEvent: vi.fn((l: (event: RopaEvent) => void) => {
      listener = l;
      return () => {};
    }),
    invoke: vi.fn(async (name: string, _input: unknown): Promise<Result<unknown>> => {
      const answer = answers[name] ?? { ok: true, value: [] };
      if (emitOnOpen && answer.ok && (name === 'openFile' || name === 'openDemo')) {
        listener({ type: 'register-opened', info: (answer.value as { info: RegisterInfo }).info });
      }
      return answer;
    }),
  };
  const window = { setTitle: vi.fn(), isDestroyed: () => false, send: vi.fn() };
  const installMenu = vi.fn();
  const showError = vi.fn();
  const controller = createController({ backend, window: () => window, installMenu, showError, confirmLeave });
  return { controller, backend, window, installMenu, showError, emit: (event: RopaEvent) => listener(event) };
}

describe('following the open register', () => {
  it('titles the window after a register the backend opened, and forwards the event to the page', () => {
    const { window, emit } = setUp();
    const event: RopaEvent = { type: 'register-opened', info: info('Acme', '/d/acme.ropa') };
    emit(event);
    expect(window.setTitle).toHaveBeenLastCalledWith('Acme — acme.ropa — RoPA Desk');
    expect(window.send).toHaveBeenCalledWith(event);
  });

  it('retitles the window when the page renames the register', () => {
    const { controller, window } = setUp();
    controller.commandAnswered('openFile', { ok: true, value: { info: info('Acme', '/d/acme.ropa') } });
    controller.commandAnswered('updateRegister', { ok: true, value: info('Acme Group', '/d/acme.ropa') });
    expect(window.setTitle).toHaveBeenLastCalledWith('Acme Group — acme.ropa — RoPA Desk');
  });

  it('ignores answers that do not name a register: failures, cancelled dialogs, other commands', () => {
    const { controller, window } = setUp();
    controller.commandAnswered('openFile', { ok: true, value: { cancelled: true } });
    controller.commandAnswered('updateRegister', { ok: false, error: { code: 'invalid-input', message: 'x' } });
    controller.commandAnswered('listActivities', { ok: true, value: [] });
    expect(window.setTitle).not.toHaveBeenCalled();
  });

  it('rebuilds Open recent when another file opens, not on every answer', async () => {
    const { controller, installMenu, backend } = setUp({ recentFiles: { ok: true, value: ['/d/acme.ropa'] } });
    controller.showRegister(info('Acme', '/d/acme.ropa'));
    controller.showRegister(info('Acme', '/d/acme.ropa'));
    await vi.waitFor(() => expect(installMenu).toHaveBeenCalledWith(['/d/acme.ropa']));
    expect(backend.invoke.mock.calls.filter(([name]) => name === 'recentFiles')).toHaveLength(1);
  });

  it('sends menu commands to the page', () => {
    const { controller, window } = setUp();
    controller.sendMenuCommand('new-register');
    expect(window.send).toHaveBeenCalledWith({ type: 'menu', command: 'new-register' });
  });
});

describe('opening a register from the shell (Open recent, the demo, a second start)', () => {
  it('opens the file and tells the page', async () => {
    const opened = info('Archive', '/d/2024.ropa');
    const { controller, backend, window } = setUp({ openFile: { ok: true, value: { info: opened } } });
    await controller.open('openFile', { path: '/d/2024.ropa' });
    expect(backend.invoke).toHaveBeenCalledWith('openFile', { path: '/d/2024.ropa' });
    expect(window.send).toHaveBeenCalledWith({ type: 'register-opened', info: opened });
    expect(window.setTitle).toHaveBeenLastCalledWith('Archive — 2024.ropa — RoPA Desk');
  });

  it('tells the page once when the backend announces the opening itself', async () => {
    const opened = info('Demo', '/data/demo.ropa');
    const { controller, window } = setUp({ openDemo: { ok: true, value: { info: opened } } }, true);
    await controller.open('openDemo', {});
    expect(window.send.mock.calls.filter(([event]) => event.type === 'register-opened')).toHaveLength(1);
  });

  it('says why a register could not be opened', async () => {
    const { controller, showError, window } = setUp({
      openFile: { ok: false, error: { code: 'invalid-file', message: 'This is not a RoPA Desk register.' } },
    });
    await controller.open('openFile', { path: '/d/photo.ropa' });
    expect(showError).toHaveBeenCalledWith('The register could not be opened.', 'This is not a RoPA Desk register.');
    expect(window.send).not.toHaveBeenCalled();
  });

  it('stays quiet when the person cancelled', async () => {
    const { controller, showError } = setUp({ openFile: { ok: false, error: { code: 'cancelled', message: 'Cancelled' } } });
    await controller.open('openFile', {});
    expect(showError).not.toHaveBeenCalled();
  });
});

describe('opening from the shell while the page may hold unsaved changes', () => {
  const opened = info('Archive', '/d/2024.ropa');
  const opens = (backend: { invoke: { mock: { calls: unknown[][] } } }) =>
    backend.invoke.mock.calls.filter(([name]) => name === 'openFile' || name === 'openDemo');

  it('asks first, and opens when the person leaves the draft', async () => {
    const confirmLeave = vi.fn(async () => true);
    const { controller, backend, window } = setUp({ openFile: { ok: true, value: { info: opened } } }, false, confirmLeave);
    await controller.open('openFile', { path: '/d/2024.ropa' });
    expect(confirmLeave).toHaveBeenCalledOnce();
    expect(opens(backend)).toEqual([['openFile', { path: '/d/2024.ropa' }]]);
    expect(window.send).toHaveBeenCalledWith({ type: 'register-opened', info: opened });
  });

  it('opens nothing, and tells the page nothing, when the person stays', async () => {
    const confirmLeave = vi.fn(async () => false);
    const { controller, backend, window } = setUp({ openDemo: { ok: true, value: { info: opened } } }, false, confirmLeave);
    await controller.open('openDemo', {});
    await controller.open('openFile', { path: '/d/2024.ropa' });
    expect(confirmLeave).toHaveBeenCalledTimes(2);
    expect(opens(backend)).toEqual([]);
    expect(window.send).not.toHaveBeenCalled();
    expect(window.setTitle).not.toHaveBeenCalled();
  });

  it('does not ask when the file is the one already open: the page keeps its draft', async () => {
    const confirmLeave = vi.fn(async () => false);
    const current = info('Acme', '/d/acme.ropa');
    const { controller, backend } = setUp({ openFile: { ok: true, value: { info: current } } }, false, confirmLeave);
    controller.showRegister(current);
    await controller.open('openFile', { path: '/d/../d/acme.ropa' });
    expect(confirmLeave).not.toHaveBeenCalled();
    expect(opens(backend)).toHaveLength(1);
  });
});
