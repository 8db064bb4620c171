// The setup of the 'renderer' vitest project (vitest.config.ts), run in each test file's happy-dom window before its
// tests: each test starts with an empty page, no backend, and nothing cached from the test before, and a page that
// crashes fails its test at once, with the crash.
import { cleanup, configure, fireEvent, getConfig, screen, within } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { invalidate } from '../../../renderer/src/api/store.ts';
import { forgetTableState } from '../../../renderer/src/components/register-table/tableMemory.ts';
import { removeStandIn, takeRefusedInputs } from './stand-in.ts';

// happy-dom lays nothing out: every element measures 0 × 0, and the register table (virtualised: it draws the rows
// that fit its scroll area) would draw none. Every element reports the size of a desktop window's content instead.
// Nothing else is faked about layout: no test asserts sizes or positions.
const VIEWPORT = { clientWidth: 1200, clientHeight: 800 };
for (const [property, value] of Object.entries(VIEWPORT)) {
  Object.defineProperty(HTMLElement.prototype, property, { configurable: true, get: () => value });
}

// happy-dom raises `selectionchange` at once from inside Selection.collapse(), even when nothing changed; react-aria's
// date segments (a date-and-time picker) collapse the selection on each `selectionchange`, so a focused segment would
// recurse without end. A browser queues the event, and only for a change: here one raised while one is handled is dropped.
const dispatchOnDocument = document.dispatchEvent.bind(document);
let handlingSelectionChange = false;
document.dispatchEvent = (event: Event): boolean => {
  if (event.type !== 'selectionchange') return dispatchOnDocument(event);
  if (handlingSelectionChange) return true;
  handlingSelectionChange = true;
  try {
    return dispatchOnDocument(event);
  } finally {
    handlingSelectionChange = false;
  }
};

// `findBy…` and `waitFor` wait for what the page will show: a second by default, which a loaded two-core machine can
// take to render a screen. They end as soon as it is shown, so a long limit costs only a test that fails anyway; and
// they end at once when the page crashes (below), rather than waiting the minute for what will never come.
const inheritedWrapper = getConfig().asyncWrapper;
configure({
  asyncUtilTimeout: 60_000,
  asyncWrapper: (callback) =>
    new Promise((resolve, reject) => {
      const onCrash = (event: ErrorEvent) => reject(event.error ?? new Error(event.message));
      window.addEventListener('error', onCrash);
      inheritedWrapper(callback)
        .then(resolve, reject)
        .finally(() => window.removeEventListener('error', onCrash));
    }),
});

// An error React could not show (thrown while rendering after a command answered) reaches the window; a test that
// saw one fails, even if what it asserted was shown before.
let crashes: unknown[] = [];
window.addEventListener('error', (event) => crashes.push(event.error ?? event.message));
beforeEach(() => {
  crashes = [];
});

/**
 * Closes the notifications still shown, as the DPO would: their queue (renderer/src/components/toast.tsx) lives as
 * long as the module, and an error notification stays until closed, so it would otherwise reappear in the next test.
 */
function closeNotifications(): void {
  const region = screen.queryByRole('region', { name: 'Notifications' });
  if (region === null) return;
  for (const close of within(region).queryAllByRole('button', { name: 'Close' })) fireEvent.click(close);
}

afterEach(() => {
  closeNotifications();
  // Vitest runs without globals, so Testing Library cannot register its own cleanup: unmount here.
  cleanup();
  removeStandIn();
  // The data cache (renderer/src/api/store.ts) lives as long as the module: mark its answers stale, so the next
  // test's screen asks its own stand-in rather than trusting an answer from the one before.
  invalidate();
  // The tables keep their search, sort and filters for the session (as App forgets them when another register opens).
  forgetTableState();
  const [crash] = crashes;
  if (crash !== undefined) throw crash instanceof Error ? crash : new Error(String(crash));
  const refused = takeRefusedInputs();
  if (refused.length > 0) throw new Error(`The page sent what the backend would refuse:\n${refused.join('\n')}`);
});
