// One expensive setup shared by the tests of a file (or of a describe block), which fails those tests loudly when it
// fails. Vitest marks the tests of a suite whose beforeAll throws or times out as *skipped*, so a broken setup once
// hid 224 tests behind a single "failed suite"; here the setup's error is kept and thrown again by each test.
import { beforeAll, beforeEach } from 'vitest';

export type SharedSetup<T> = {
  /** The setup's value; throws the setup's error if it failed. */
  (): T;
};

/** Long enough for any setup on a slow, busy machine; only there so that a setup that hangs ends as a failure. */
const HANG_LIMIT_MS = 20 * 60_000;

/**
 * Runs `work` once before the tests of the enclosing scope (call it at the top of a file or inside a describe), with
 * no wall-clock limit a slow machine could miss; every test of that scope fails with the setup's error if it threw.
 */
export function sharedSetup<T>(work: () => Promise<T> | T, options: { hangLimitMs?: number } = {}): SharedSetup<T> {
  let state: { done: true; value: T } | { done: false; error: unknown } = { done: false, error: new Error('the shared setup has not run') };
  const limit = options.hangLimitMs ?? HANG_LIMIT_MS;

  beforeAll(async () => {
    let timer: NodeJS.Timeout | undefined;
    const hang = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`the shared setup did not finish within ${limit / 60_000} minutes`)), limit);
    });
    try {
      state = { done: true, value: await Promise.race([Promise.resolve().then(work), hang]) };
    } catch (error) {
      state = { done: false, error };
    } finally {
      clearTimeout(timer);
    }
    // Timeout 0: vitest's own hook limit would end the hook, and skip the tests, before the setup's error is recorded.
  }, 0);

  beforeEach(() => {
    if (!state.done) throw state.error;
  });

  return () => {
    if (!state.done) throw state.error;
    return state.value;
  };
}
