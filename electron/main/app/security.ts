// Electron security in one place: the page's Content-Security-Policy, and the guards that keep every window on
// the app's own page (no navigation, redirects, pop-ups, <webview>s or permissions; outside links open in the
// person's browser only when they are https: or mailto:). The window's locked webPreferences are in window.ts.
import type { Session, WebContents } from 'electron';

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
