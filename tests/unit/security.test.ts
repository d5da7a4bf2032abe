// The shell's security policy, checked without Electron: security.ts takes Electron objects only
// as types, so small fakes that record the registered handlers stand in for Session/WebContents.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mimeTypeFor, resolveAssetPath } from '../../src-main/platform/asset-path';
import {
  APP_INDEX_URL,
  contentSecurityPolicy,
  hardenSession,
  hardenWebContents,
  isAllowedNavigation,
  isAllowedRequestUrl,
  withCspHeader,
  type HardenableSession,
  type HardenableWebContents,
  type SecurityOptions,
} from '../../src-main/security';

const PROD: SecurityOptions = { production: true };
const DEV: SecurityOptions = { production: false, devServerOrigin: 'http://localhost:5173' };

type Handler = (...args: never[]) => unknown;

/** Records every handler registered on it; the real methods have the same names. */
function fakeSession() {
  const handlers: Record<string, Handler | null> = {};
  let spellcheck: boolean | undefined;
  const record =
    (name: string) =>
    (h: Handler | null): void => {
      handlers[name] = h;
    };
  const session = {
    setPermissionRequestHandler: record('permissionRequest'),
    setPermissionCheckHandler: record('permissionCheck'),
    setDevicePermissionHandler: record('devicePermission'),
    setSpellCheckerEnabled: (on: boolean) => {
      spellcheck = on;
    },
    webRequest: { onBeforeRequest: record('beforeRequest'), onHeadersReceived: record('headersReceived') },
  };
  return { session: session as unknown as HardenableSession, handlers, spellcheck: () => spellcheck };
}

function fakeWebContents() {
  const listeners: Record<string, (event: { preventDefault(): void }, url?: string) => void> = {};
  let windowOpen: ((details: { url: string }) => unknown) | undefined;
  const contents = {
    on: (name: string, listener: (typeof listeners)[string]) => {
      listeners[name] = listener;
    },
    setWindowOpenHandler: (h: typeof windowOpen) => {
      windowOpen = h;
    },
  };
  return { contents: contents as unknown as HardenableWebContents, listeners, windowOpen: () => windowOpen };
}

/** Calls a recorded listener with a fake event and reports whether it was prevented. */
function prevented(
  listener: ((event: { preventDefault(): void }, url?: string) => void) | undefined,
  url?: string,
): boolean {
  expect(listener).toBeTypeOf('function');
  let prevent = false;
  listener?.({ preventDefault: () => (prevent = true) }, url);
  return prevent;
}

// The window's webPreferences are checked on the real built app: tests/shell/shell.test.ts.

describe('contentSecurityPolicy', () => {
  const directives = (csp: string) =>
    new Map(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([k = '', ...v]) => [k, v]),
    );

  it('is strict in production', () => {
    const csp = contentSecurityPolicy(PROD);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|\*/);
    const d = directives(csp);
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('connect-src')).toEqual(["'none'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'none'"]);
    expect(d.get('form-action')).toEqual(["'none'"]);
    expect(d.get('frame-ancestors')).toEqual(["'none'"]);
    expect(d.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
  });

  it('lets only our own files run as workers (pdf.js), in the shell and in index.html alike', () => {
    const shell = directives(contentSecurityPolicy(PROD));
    expect(shell.get('worker-src')).toEqual(["'self'"]);
    const html = readFileSync(new URL('../../src-renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    const page = directives(meta);
    expect(page.get('worker-src')).toEqual(["'self'"]);
    expect(page.get('script-src')).toEqual(shell.get('script-src'));
    expect(page.get('img-src')).toEqual(shell.get('img-src'));
    expect(meta).not.toMatch(/unsafe-|\*/);
  });

  it('ignores a dev server in production', () => {
    const csp = contentSecurityPolicy({ production: true, devServerOrigin: 'http://localhost:5173' });
    expect(csp).toBe(contentSecurityPolicy(PROD));
  });

  it('adds only the loopback dev server in development, still without unsafe-*', () => {
    const csp = contentSecurityPolicy(DEV);
    expect(csp).not.toMatch(/unsafe-/);
    expect(directives(csp).get('connect-src')).toEqual(['http://localhost:5173', 'ws://localhost:5173']);
    // A non-loopback "dev server" is never trusted.
    expect(contentSecurityPolicy({ production: false, devServerOrigin: 'http://evil.example' })).toBe(
      contentSecurityPolicy(PROD),
    );
  });
});

describe('isAllowedRequestUrl', () => {
  const table: Array<[string, SecurityOptions, boolean]> = [
    ['app://emanet/index.html', PROD, true],
    ['app://emanet/assets/index-abc.js', PROD, true],
    [APP_INDEX_URL, PROD, true],
    ['app://other/index.html', PROD, false],
    ['app://user:pw@emanet/index.html', PROD, false],
    ['https://example.com/', PROD, false],
    ['http://example.com/', DEV, false],
    ['http://127.0.0.1:5173/', PROD, false],
    ['http://localhost:5173/', PROD, false],
    ['http://localhost:5173/src/main.tsx', DEV, true],
    ['ws://localhost:5173/', DEV, true],
    ['ws://localhost:5173/', PROD, false],
    ['wss://example.com/', DEV, false],
    ['file:///etc/passwd', PROD, false],
    ['file:///etc/passwd', DEV, false],
    ['ftp://example.com/x', PROD, false],
    ['chrome://settings', PROD, false],
    ['devtools://devtools/bundled/inspector.html', PROD, false],
    ['devtools://devtools/bundled/inspector.html', DEV, true],
    ['data:image/png;base64,iVBORw0KGgo=', PROD, true],
    ['blob:app://emanet/0b0e1c2d-0000-4000-8000-000000000000', PROD, true],
    ['blob:https://example.com/0b0e1c2d-0000-4000-8000-000000000000', PROD, false],
    ['not a url', PROD, false],
    ['', PROD, false],
  ];
  it.each(table)('%s (production=%o) → %s', (url, opts, allowed) => {
    expect(isAllowedRequestUrl(url, opts)).toBe(allowed);
  });
});

describe('isAllowedNavigation', () => {
  it.each(['https://example.com', 'app://emanet/index.html', 'file:///etc/passwd', 'about:blank'])(
    'refuses %s',
    (url) => {
      expect(isAllowedNavigation(url)).toBe(false);
    },
  );
});

describe('resolveAssetPath', () => {
  const root = path.resolve('/srv/emanet/out/renderer');

  it.each([
    ['/index.html', 'index.html'],
    ['/', 'index.html'],
    ['/assets/index-abc.js', 'assets/index-abc.js'],
    ['/assets/a%20b.css', 'assets/a b.css'],
  ])('serves %s', (pathname, expected) => {
    expect(resolveAssetPath(root, pathname)).toBe(path.join(root, expected));
  });

  it.each([
    '/../etc/passwd',
    '/assets/../../etc/passwd',
    '/%2e%2e/etc/passwd',
    '/%2E%2E/%2E%2E/etc/passwd',
    '/assets/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/..%2fetc/passwd',
    '/..%5cetc%5cpasswd',
    '/%252e%252e/etc/passwd',
    '/..\\etc\\passwd',
    '//etc/passwd',
    '/assets//x.js',
    '/./index.html',
    '/C:/Windows/win.ini',
    '/index.html%00.png',
    '/index.html\0',
    '/%zz',
    'index.html',
    '/etc/passwd/..',
  ])('refuses %s', (pathname) => {
    expect(resolveAssetPath(root, pathname)).toBeNull();
  });

  it('maps extensions to explicit types', () => {
    expect(mimeTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('/x/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('/x/unknown.bin')).toBe('application/octet-stream');
  });
});

describe('hardenSession', () => {
  it('denies every permission request, check and device', () => {
    const { session, handlers, spellcheck } = fakeSession();
    hardenSession(session, PROD);
    const answers: boolean[] = [];
    const request = handlers.permissionRequest as (wc: unknown, p: string, cb: (b: boolean) => void) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'unknown']) {
      request({}, permission, (granted) => answers.push(granted));
    }
    expect(answers).toEqual([false, false, false, false, false, false]);
    expect((handlers.permissionCheck as (wc: unknown, p: string) => boolean)(null, 'media')).toBe(false);
    expect((handlers.devicePermission as (d: unknown) => boolean)({ deviceType: 'usb' })).toBe(false);
    expect(spellcheck()).toBe(false);
  });

  it('cancels every request that is not ours', () => {
    const { session, handlers } = fakeSession();
    hardenSession(session, PROD);
    const before = handlers.beforeRequest as (d: { url: string }, cb: (r: { cancel?: boolean }) => void) => void;
    const cancelled = (url: string) => {
      let response: { cancel?: boolean } | undefined;
      before({ url }, (r) => (response = r));
      return response?.cancel;
    };
    expect(cancelled('app://emanet/index.html')).toBe(false);
    expect(cancelled('https://example.com/track?c=Ali')).toBe(true);
    expect(cancelled('http://127.0.0.1:8080/')).toBe(true);
    expect(cancelled('file:///etc/passwd')).toBe(true);
  });

  it('puts our CSP on every response, replacing any other', () => {
    const { session, handlers } = fakeSession();
    hardenSession(session, PROD);
    const received = handlers.headersReceived as (
      d: { responseHeaders?: Record<string, string[]> },
      cb: (r: { responseHeaders?: Record<string, string[]> }) => void,
    ) => void;
    let headers: Record<string, string[]> | undefined;
    received(
      { responseHeaders: { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] } },
      (r) => {
        headers = r.responseHeaders;
      },
    );
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [contentSecurityPolicy(PROD)],
      'X-Content-Type-Options': ['nosniff'],
    });
    expect(withCspHeader(undefined, 'x')['Content-Security-Policy']).toEqual(['x']);
  });
});

describe('hardenWebContents', () => {
  it('prevents navigation, redirects and webviews, and denies new windows', () => {
    const { contents, listeners, windowOpen } = fakeWebContents();
    hardenWebContents(contents, PROD);
    expect(prevented(listeners['will-navigate'], 'https://example.com')).toBe(true);
    expect(prevented(listeners['will-navigate'], 'app://emanet/index.html')).toBe(true);
    expect(prevented(listeners['will-redirect'], 'https://example.com')).toBe(true);
    expect(prevented(listeners['will-attach-webview'])).toBe(true);
    expect(windowOpen()?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(windowOpen()?.({ url: 'app://emanet/index.html' })).toEqual({ action: 'deny' });
  });
});
