import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import {
  applyDevServerPolicy,
  CONTENT_SECURITY_POLICY,
  devServerContentSecurityPolicy,
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

describe('the development policy (electron-vite dev only)', () => {
  const DEV_SERVER = 'http://localhost:5173/';
  const strict = directives(CONTENT_SECURITY_POLICY);
  const dev = directives(devServerContentSecurityPolicy(CONTENT_SECURITY_POLICY, DEV_SERVER));

  it('lets the dev server’s inline React refresh preamble and injected styles run, and its hot-reload socket connect', () => {
    expect(dev.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(dev.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(dev.get('connect-src')).toEqual(["'self'", 'ws://localhost:5173']);
  });

  it('keeps every other directive as it is, and never allows eval', () => {
    for (const name of ['default-src', 'img-src', 'font-src', 'object-src', 'base-uri', 'form-action', 'frame-ancestors']) {
      expect(dev.get(name), name).toEqual(strict.get(name));
    }
    expect([...dev.keys()]).toEqual([...strict.keys()]);
    expect(devServerContentSecurityPolicy(CONTENT_SECURITY_POLICY, DEV_SERVER)).not.toMatch(/unsafe-eval/);
  });

  it('loosens the meta tag’s short policy the same way, starting missing directives from default-src', () => {
    const meta = directives(devServerContentSecurityPolicy("default-src 'self'; script-src 'self'; style-src 'self'"));
    expect(meta.get('default-src')).toEqual(["'self'"]);
    expect(meta.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(meta.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(meta.get('connect-src')).toEqual(["'self'", 'ws://localhost:*', 'ws://127.0.0.1:*']);
  });

  it('is not the policy of the built app: that one stays strict', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|ws:/);
  });

  describe('as a header on the dev server’s responses', () => {
    function installed() {
      let listener: (details: { url: string; responseHeaders?: Record<string, string[]> }, callback: (response: object) => void) => void = () => {};
      const webRequest = { onHeadersReceived: vi.fn((handler: typeof listener) => (listener = handler)) };
      applyDevServerPolicy(webRequest as never, DEV_SERVER);
      return (url: string, responseHeaders?: Record<string, string[]>) => {
        const callback = vi.fn();
        listener({ url, responseHeaders }, callback);
        return callback.mock.calls[0]?.[0] as { responseHeaders?: Record<string, string[]> };
      };
    }

    it('replaces whatever policy the dev server sent with the development one', () => {
      const respond = installed();
      const answer = respond('http://localhost:5173/index.html', {
        'content-type': ['text/html'],
        'content-security-policy': ['default-src *'],
      });
      expect(answer.responseHeaders).toEqual({
        'content-type': ['text/html'],
        'Content-Security-Policy': [devServerContentSecurityPolicy(CONTENT_SECURITY_POLICY, DEV_SERVER)],
      });
    });

    it('leaves other origins’ responses alone', () => {
      const respond = installed();
      expect(respond('http://localhost:5174/')).toEqual({});
      expect(respond('app://ropa/index.html')).toEqual({});
    });
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
    const openExternal = vi.fn(() => Promise.reject(new Error('no browser')));
    guardWebContents(contents as unknown as WebContents, openExternal);
    expect(() => contents.emit('will-navigate', navigation('mailto:dpo@example.com'))).not.toThrow();
    // Vitest fails the run on an unhandled rejection: waiting for the refusal to be caught is the assertion.
    await vi.waitFor(() => expect(openExternal).toHaveBeenCalledOnce());
    await openExternal.mock.results[0]?.value.catch(() => undefined);
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

  it.each(['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen'])('refuses a request for %s', (permission) => {
    const callback = vi.fn();
    sessionWithDenials().request({}, permission, callback, {});
    expect(callback).toHaveBeenCalledWith(false);
  });

  it('answers every permission check and device request with no', () => {
    const handlers = sessionWithDenials();
    expect(handlers.check(null, 'media', 'app://ropa', {})).toBe(false);
    expect(handlers.check(null, 'clipboard-sanitized-write', 'app://ropa', {})).toBe(false);
    expect(handlers.device({ deviceType: 'usb', origin: 'app://ropa' })).toBe(false);
  });
});
