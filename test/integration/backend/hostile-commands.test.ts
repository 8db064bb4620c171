// Every command of the contract, given fast-check's random input that its schema refuses: the backend answers with an
// invalid-input failure that names what is wrong, runs nothing, throws nothing, and leaves Object.prototype alone.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../../../shared/ipc/contract.ts';
import { inputSchemaOf } from '../../../shared/ipc/input-schemas.ts';
import { sha256, startWithRegister } from './support.ts';

const RUNS_PER_COMMAND = 60;

/** Inputs of every shape, with the keys and values an attacker would try. */
const hostileInput = fc.oneof(
  fc.anything({
    maxDepth: 3,
    withNullPrototype: true,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withSparseArray: true,
  }),
  fc.jsonValue().map((value) => JSON.parse(`{"__proto__":{"polluted":true},"value":${JSON.stringify(value)}}`) as unknown),
  fc.record(
    { path: fc.constantFrom('../../etc/passwd', '', '\u0000', 'C:\\Windows\\win.ini'), id: fc.string(), record: fc.anything({ maxDepth: 2 }) },
    { requiredKeys: [] },
  ),
);

describe('every backend command, given input its schema refuses', () => {
  it(`answers invalid-input with a message, for ${RUNS_PER_COMMAND} inputs to each of the ${COMMAND_NAMES.length} commands`, async () => {
    const { backend, registerPath } = await startWithRegister();
    const before = sha256(registerPath);
    let refused = 0;
    for (const name of COMMAND_NAMES) {
      await fc.assert(
        fc.asyncProperty(hostileInput, async (input) => {
          fc.pre(!inputSchemaOf(name).safeParse(input === undefined ? {} : input).success);
          const result = await backend.invoke(name, input);
          expect(result.ok).toBe(false);
          if (result.ok) return;
          expect(result.error.code).toBe('invalid-input');
          expect(result.error.message.trim()).not.toBe('');
          expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
          refused += 1;
        }),
        { numRuns: RUNS_PER_COMMAND },
      );
    }
    expect(refused).toBeGreaterThan(COMMAND_NAMES.length * RUNS_PER_COMMAND * 0.5);
    expect(sha256(registerPath)).toBe(before);
  });

  it('answers an unknown command name, or a name from Object.prototype, with invalid-input', async () => {
    const { backend } = await startWithRegister();
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'dropTables']) {
      const result = await backend.invoke(name as (typeof COMMAND_NAMES)[number], {});
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
  });
});
