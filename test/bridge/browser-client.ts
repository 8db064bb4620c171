import { COMMAND_NAMES } from '../../shared/ipc/commands/index.ts';

/**
 * The script the bridge serves at /__ropa/bridge.js: it defines `window.ropa` in the browser with the command names
 * the preload exposes (both take them from shared/ipc/commands/), each posting to the bridge, plus `onEvent` over
 * server-sent events. test/e2e/security.spec.ts compares the page's `window.ropa` with the built preload's.
 * The token comes from the page's URL (`?token=…`), which only whoever started the bridge knows.
 */
export function browserClientScript(): string {
  return `(() => {
  const params = new URLSearchParams(location.search);
  const token = params.get('token') || sessionStorage.getItem('ropa-bridge-token') || '';
  sessionStorage.setItem('ropa-bridge-token', token);
  const headers = { 'content-type': 'application/json', 'x-ropa-token': token };
  const invoke = (name) => async (input) => {
    try {
      const response = await fetch('/__ropa/api/' + name, { method: 'POST', headers, body: JSON.stringify(input ?? {}) });
      return await response.json();
    } catch (error) {
      return { ok: false, error: { code: 'io', message: 'The test bridge did not answer: ' + error.message } };
    }
  };
  const api = {};
  for (const name of ${JSON.stringify(COMMAND_NAMES)}) api[name] = invoke(name);
  api.onEvent = (listener) => {
    const source = new EventSource('/__ropa/events?token=' + encodeURIComponent(token));
    source.onmessage = (message) => listener(JSON.parse(message.data));
    return () => source.close();
  };
  window.ropa = Object.freeze(api);
})();
`;
}
