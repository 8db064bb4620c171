// The idle scheduler: work spread over short tasks after the next frame, so that a click, a key or a frame never
// waits for it for more than a few milliseconds.

/** What the scheduler needs of the page: a clock, "after the next frame", and a task queue. */
export type TaskHost = {
  now: () => number;
  /** Calls `callback` once the next frame is drawn; returns what cancels it. */
  afterNextFrame: (callback: () => void) => () => void;
  /** Queues `callback` as a task of its own; an aborted `signal` drops it. */
  postTask: (callback: () => void, signal: AbortSignal) => void;
};

/** How long one task works before it lets the page go (ms), and how many items it does between looks at the clock. */
const TASK_BUDGET_MS = 4;
const ITEMS_PER_CLOCK_LOOK = 25;

/** Chromium's (and so Electron's) task scheduler. */
type TaskScheduler = { postTask: (callback: () => void, options: { priority: 'user-visible'; signal: AbortSignal }) => Promise<unknown> };

/** The browser's clock, frames and tasks (Chromium's `scheduler.postTask` where there is one, else a timeout). */
export function browserTaskHost(): TaskHost {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  return {
    now: () => performance.now(),
    afterNextFrame: (callback) => {
      const frame = requestAnimationFrame(callback);
      return () => cancelAnimationFrame(frame);
    },
    postTask: (callback, signal) => {
      if (scheduler !== undefined) void scheduler.postTask(callback, { priority: 'user-visible', signal }).catch(() => {});
      else setTimeout(callback, 0);
    },
  };
}

/**
 * Calls `work` for 0 … count - 1 in short tasks of a few milliseconds (so a click, a key or a frame never waits for it
 * longer than that), starting after the next frame is drawn, until done or cancelled. (Not requestIdleCallback nor
 * `background` tasks: they wait for the page to be quiet, which a table being sorted and scrolled rarely is, and the
 * work would be left to the first keystroke.) Returns what cancels the work left.
 */
export function inShortTasks(count: number, work: (index: number) => void, host: TaskHost = browserTaskHost()): () => void {
  if (count === 0) return () => {};
  const controller = new AbortController();
  let next = 0;
  const schedule = () => host.postTask(step, controller.signal);
  const step = () => {
    if (controller.signal.aborted) return;
    const stopAt = host.now() + TASK_BUDGET_MS;
    while (next < count && host.now() < stopAt) {
      const end = Math.min(count, next + ITEMS_PER_CLOCK_LOOK);
      for (; next < end; next++) work(next);
    }
    if (next < count) schedule();
  };
  const cancelFrame = host.afterNextFrame(schedule);
  return () => {
    cancelFrame();
    controller.abort();
  };
}
