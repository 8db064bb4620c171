import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import {
  CONTENT_SECURITY_POLICY,
  denyAllPermissions,
  guardWebContents,
  isSafeExternalUrl,
} from '../../../electron/main/app/security.ts';

vi.mock('electron', () => ({}));

/** A web contents as far as the guards see it: events, and the window.open handler it is given. */
class FakeContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.openHandler = handler;
  }
}

function guarded() {
  const contents = new FakeContents();
  const openExternal = vi.fn(async (_url: string) => {});
  guardWebContents(contents as unknown as WebContents, openExternal);
  return { contents, openExternal };
}

const navigation = (url: string, isMainFrame = true) => ({ url, isMainFrame, preventDefault: vi.fn() });

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('the Content-Security-Policy', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it('lets only the app’s own files run, style and connect', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('font-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
  });

  it('forbids plugins, <base>, form posts and being framed', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('has no unsafe-inline, no unsafe-eval and no remote origin anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*|blob:|filesystem:/);
  });
});

describe('links leaving the app', () => {
  it.each(['https://edpb.europa.eu/our-work-tools_en', 'mailto:dpo@example.com'])('opens %s outside', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    'http://example.com/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'smb://server/share',
    'ms-msdt:/id',
    'app://ropa/index.html',
    'not a url',
  ])('never hands %s to the operating system', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});

describe('a guarded window', () => {
  it('does not navigate away from its page; an https link opens in the browser instead', () => {
    const { contents, openExternal } = guarded();
    const event = navigation('https://example.com/privacy');
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(openExternal).toHaveBeenCalledWith('https://example.com/privacy');
  });

  it('does not navigate to, nor open, a file or script URL', () => {
    const { contents, openExternal } = guarded();
    for (const url of ['file:///home/dpo/.ssh/id_rsa', 'javascript:alert(1)', 'http://example.com/']) {
      const event = navigation(url);
      contents.emit('will-navigate', event);
      expect(event.preventDefault).toHaveBeenCalled();
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('does not let a frame inside the page navigate', () => {
    const { contents } = guarded();
    const event = navigation('https://example.com/', false);
    contents.emit('will-frame-navigate', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('refuses server redirects', () => {
    const { contents } = guarded();
    const event = navigation('https://example.com/elsewhere');
    contents.emit('will-redirect', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('opens no new windows: window.open is denied, and a safe link goes to the browser', () => {
    const { contents, openExternal } = guarded();
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://example.com/');
    expect(contents.openHandler?.({ url: 'app://ropa/index.html' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('refuses to attach a <webview>', () => {
    const { contents } = guarded();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, { src: 'https://example.com/' });
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('survives a link the system cannot open', async () => {
    const contents = new FakeContents();
    guardWebContents(contents as unknown as WebContents, () => Promise.reject(new Error('no browser')));
    expect(() => contents.emit('will-navigate', navigation('mailto:dpo@example.com'))).not.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
});

describe('permissions', () => {
  function sessionWithDenials() {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (handler: (...args: never[]) => unknown) => (handlers.request = handler),
      setPermissionCheckHandler: (handler: (...args: never[]) => unknown) => (handlers.check = handler),
      setDevicePermissionHandler: (handler: (...args: never[]) => unknown) => (handlers.device = handler),
    };
    denyAllPermissions(session as unknown as Session);
    return handlers as Record<'request' | 'check' | 'device', (...args: unknown[]) => unknown>;
  }

  it.each(['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen'])(
    'refuses a request for %s',
    (permission) => {
      const callback = vi.fn();
      sessionWithDenials().request({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
    },
  );

  it('answers every permission check and device request with no', () => {
    const handlers = sessionWithDenials();
    expect(handlers.check(null, 'media', 'app://ropa', {})).toBe(false);
    expect(handlers.check(null, 'clipboard-sanitized-write', 'app://ropa', {})).toBe(false);
    expect(handlers.device({ deviceType: 'usb', origin: 'app://ropa' })).toBe(false);
  });
});
