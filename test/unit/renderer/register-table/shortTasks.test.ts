import { describe, expect, it } from 'vitest';
import { inShortTasks, type TaskHost } from '../../../../renderer/src/components/register-table/shortTasks.ts';

/** A page whose clock moves 1 ms per look, and whose frames and tasks run when the test says. */
function fakeHost() {
  let time = 0;
  const frames: Array<() => void> = [];
  const tasks: Array<{ callback: () => void; signal: AbortSignal }> = [];
  const host: TaskHost = {
    now: () => time++,
    afterNextFrame: (callback) => {
      frames.push(callback);
      return () => frames.splice(frames.indexOf(callback), 1);
    },
    postTask: (callback, signal) => tasks.push({ callback, signal }),
  };
  const drawFrame = () => frames.splice(0).forEach((frame) => frame());
  const runTask = () => {
    const task = tasks.shift();
    if (task !== undefined && !task.signal.aborted) task.callback();
    return task !== undefined;
  };
  return { host, drawFrame, runTask, pendingTasks: () => tasks.length };
}

describe('the idle scheduler', () => {
  it('starts after the next frame and works in short tasks until done', () => {
    const page = fakeHost();
    const done: number[] = [];
    inShortTasks(200, (index) => done.push(index), page.host);
    expect(page.pendingTasks()).toBe(0);
    page.drawFrame();
    let tasks = 0;
    while (page.runTask()) tasks += 1;
    expect(done).toEqual(Array.from({ length: 200 }, (_, index) => index));
    // A task looks at the clock every 25 items and stops after 4 ms: several tasks, none doing everything.
    expect(tasks).toBeGreaterThan(1);
  });

  it('does nothing more once cancelled, before or after it started', () => {
    const before = fakeHost();
    const notDone: number[] = [];
    inShortTasks(10, (index) => notDone.push(index), before.host)();
    before.drawFrame();
    while (before.runTask());
    expect(notDone).toEqual([]);

    const during = fakeHost();
    const some: number[] = [];
    const cancel = inShortTasks(1000, (index) => some.push(index), during.host);
    during.drawFrame();
    during.runTask();
    const after = some.length;
    cancel();
    while (during.runTask());
    expect(some.length).toBe(after);
    expect(after).toBeLessThan(1000);
  });

  it('schedules nothing for no work', () => {
    const page = fakeHost();
    inShortTasks(0, () => {}, page.host);
    page.drawFrame();
    expect(page.pendingTasks()).toBe(0);
  });
});
