// Electron security in one place: the page's Content-Security-Policy, and the guards that keep every window on
// the app's own page (no navigation, redirects, pop-ups, <webview>s or permissions; outside links open in the
// person's browser only when they are https: or mailto:). The window's locked webPreferences are in window.ts.
// `electron-vite dev` alone gets a looser policy (devServerContentSecurityPolicy): never the built app.
import type { Session, WebContents, WebRequest } from 'electron';
import { isSameOrigin } from './origin.ts';

/** Sent as a response header with every page the app serves (protocol.ts): only the app's own files run. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The policy for the page `electron-vite dev` serves, and for it only: Vite injects what the strict policy refuses
 * (React's fast-refresh preamble is an inline <script>; CSS arrives as injected <style> elements; hot reload talks
 * over a WebSocket to the dev server). So 'unsafe-inline' joins script-src and style-src, and the dev server's
 * ws:/wss: origin joins connect-src (a directive the policy lacks starts from default-src). Everything else stays.
 * Used on the meta tag of renderer/index.html by the dev-server plugin in electron.vite.config.ts, and on the header
 * of the dev server's responses (applyDevServerPolicy). The built renderer and app://ropa/ keep the strict policy.
 */
export function devServerContentSecurityPolicy(policy: string, devServerUrl?: string): string {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  const fallback = directives.get('default-src') ?? ["'self'"];
  const add = (name: string, sources: string[]) => {
    const values = [...(directives.get(name) ?? fallback)].filter((value) => value !== "'none'");
    for (const source of sources) if (!values.includes(source)) values.push(source);
    directives.set(name, values);
  };
  add('script-src', ["'unsafe-inline'"]);
  add('style-src', ["'unsafe-inline'"]);
  add('connect-src', webSocketSources(devServerUrl));
  return [...directives].map(([name, values]) => [name, ...values].join(' ')).join('; ');
}

/** The dev server's own WebSocket origin; any port on the loopback names when it is not known. */
function webSocketSources(devServerUrl: string | undefined): string[] {
  try {
    if (devServerUrl) {
      const url = new URL(devServerUrl);
      if (url.protocol === 'http:' || url.protocol === 'https:') {
        return [`${url.protocol === 'https:' ? 'wss' : 'ws'}://${url.host}`];
      }
    }
  } catch {
    /* Not a URL: fall through to the loopback names. */
  }
  return ['ws://localhost:*', 'ws://127.0.0.1:*'];
}

/**
 * Development only (main.ts calls it when the window loads the dev server, never for app://ropa/): the dev server's
 * responses get the development policy as a header, like app:// responses get the strict one, so the directives a
 * meta tag cannot carry (frame-ancestors) hold in development too. Other responses pass unchanged.
 */
export function applyDevServerPolicy(webRequest: Pick<WebRequest, 'onHeadersReceived'>, devServerUrl: string): void {
  const policy = devServerContentSecurityPolicy(CONTENT_SECURITY_POLICY, devServerUrl);
  webRequest.onHeadersReceived((details, callback) => {
    if (!isSameOrigin(details.url, devServerUrl)) return callback({});
    const headers = Object.fromEntries(Object.entries(details.responseHeaders ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy'));
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [policy] } });
  });
}

const EXTERNAL_PROTOCOLS = new Set(['https:', 'mailto:']);

/** A link the app may hand to the operating system: https: and mailto: only (never file:, http:, custom schemes). */
export function isSafeExternalUrl(url: string): boolean {
  try {
    return EXTERNAL_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

export type OpenExternal = (url: string) => Promise<void>;

/** Opens `url` in the person's browser or mail program when it is safe to; anything else is dropped. */
export function openExternallyIfSafe(url: string, openExternal: OpenExternal): void {
  if (!isSafeExternalUrl(url)) return;
  openExternal(url).catch(() => {
    /* No browser or mail program is set up: nothing to do from here. */
  });
}

/**
 * Keeps a web contents on the page it was loaded with: navigation (main frame and sub-frames), server redirects,
 * `window.open` and `<webview>` are refused. A link the person follows opens outside when it is https:/mailto:.
 * The app's own page is loaded with `loadURL`, which raises none of these events.
 */
export function guardWebContents(contents: WebContents, openExternal: OpenExternal): void {
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    openExternallyIfSafe(event.url, openExternal);
  });
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternallyIfSafe(url, openExternal);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}

/** Refuses every permission: requests (camera, notifications, geolocation…), checks and device access. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
