import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../../../shared/ipc/contract.ts';
import { startBackend, startWithRegister } from './support.ts';

describe('the handler table', () => {
  it('answers every command of the contract with a Result, even for nonsense input', async () => {
    const { backend } = await startWithRegister();
    for (const name of COMMAND_NAMES) {
      const result = await backend.invoke(name, { unexpected: true });
      expect(result.ok, name).toBe(false);
      if (!result.ok) expect(result.error.code, name).toBe('invalid-input');
    }
  });

  it('refuses an unknown command as a failure, not a throw', async () => {
    const { backend } = startBackend();
    for (const name of ['dropTables', 'toString', '__proto__', 'constructor']) {
      expect(await backend.invoke(name as never, {})).toEqual({
        ok: false,
        error: { code: 'invalid-input', message: `"${name}" is not a command of the register backend` },
      });
    }
  });

  it('names the path of a bad input, with every issue', async () => {
    const { failure } = await startWithRegister();
    expect(await failure('getActivity', { id: 'PA-0001' })).toEqual({
      code: 'invalid-input',
      message: 'id: is not a UUID',
      path: 'id',
      issues: [{ path: 'id', message: 'is not a UUID' }],
    });
    expect(await failure('listAudit', { limit: 0, recordId: 7 })).toMatchObject({
      path: 'recordId',
      issues: [
        { path: 'recordId', message: 'should be a string, not 7' },
        { path: 'limit', message: 'needs at least 1' },
      ],
    });
    expect(await failure('saveActivity', { record: 'Payroll' })).toMatchObject({ code: 'invalid-input', path: 'record' });
  });

  it('accepts no input at all for commands that take none', async () => {
    const { backend } = await startWithRegister();
    expect(await backend.invoke('registerInfo', undefined)).toMatchObject({ ok: true, value: { revision: 0 } });
  });
});
