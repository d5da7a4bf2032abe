/**
 * Security policy for the Electron shell, written as plain functions over the few Electron
 * methods they touch, so unit tests can check them with small fakes (Electron cannot run there).
 *
 * The model: the renderer is untrusted UI. It loads only our own files from `app://emanet/`,
 * talks to nothing on the network, cannot navigate, open windows, embed webviews or get any
 * permission, and reaches the backend only through the one preload function.
 */
import type { Session, WebContents, WebRequest } from 'electron';

/** Scheme and host the renderer is served from (see platform/app-protocol.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'emanet';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

export interface SecurityOptions {
  /** Packaged app or NODE_ENV=production: no DevTools, no dev server. */
  production: boolean;
  /** Origin of the electron-vite dev server (development only; ignored in production). */
  devServerOrigin?: string | undefined;
}

/** The dev server origin counts only outside production, and only if it is a loopback http URL. */
function devOrigin(opts: SecurityOptions): string | undefined {
  if (opts.production || !opts.devServerOrigin) return undefined;
  try {
    const url = new URL(opts.devServerOrigin);
    const loopback = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
    return url.protocol === 'http:' && loopback ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Strict CSP. No inline or eval'd script (an XSS in a client's name must stay text), no network
 * at all in production. In development only the dev server (and its HMR websocket) is added.
 */
export function contentSecurityPolicy(opts: SecurityOptions): string {
  const dev = devOrigin(opts);
  const self = dev ? `'self' ${dev}` : "'self'";
  const connect = dev ? `${dev} ${dev.replace(/^http/, 'ws')}` : "'none'";
  const directives = [
    "default-src 'self'",
    `script-src ${self}`,
    `style-src ${self}`,
    `img-src ${self} data: blob:`,
    `font-src ${self}`,
    `connect-src ${connect}`,
    "media-src 'self' blob:",
    // pdf.js's worker is a file of our own origin; no blob: or data: workers (they would let
    // an injected string become code running off the page's main thread).
    "worker-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "child-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ];
  return directives.join('; ');
}

/**
 * Which requests the renderer's session may make. Everything is refused except our own
 * `app://emanet/` files, local data:/blob: URLs of our origin, DevTools' own pages, and (in
 * development only) the dev server. A compromised renderer therefore cannot send a byte out.
 */
export function isAllowedRequestUrl(rawUrl: string, opts: SecurityOptions): boolean {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return false;
  }
  switch (url.protocol) {
    case `${APP_SCHEME}:`:
      return url.host === APP_HOST && url.username === '' && url.password === '';
    case 'data:':
      return true;
    case 'blob:':
      // blob:app://emanet/<uuid> — only blobs minted by our own page.
      return (
        rawUrl.startsWith(`blob:${APP_ORIGIN}/`) ||
        (devOrigin(opts) !== undefined && rawUrl.startsWith(`blob:${devOrigin(opts)}/`))
      );
    case 'devtools:':
      return !opts.production;
    case 'http:':
    case 'ws:': {
      const dev = devOrigin(opts);
      return dev !== undefined && url.host === new URL(dev).host;
    }
    default:
      return false;
  }
}

/** The app is a single page; any navigation away from it is an attack or a mistake. */
export function isAllowedNavigation(_url: string): boolean {
  return false;
}

/**
 * The parts of Electron's Session that hardenSession touches. Named with Pick so the real Session
 * fits as is and tests can hand in a small fake that records the handlers.
 */
export type HardenableSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'setSpellCheckerEnabled'
> & { webRequest: Pick<WebRequest, 'onBeforeRequest' | 'onHeadersReceived'> };

export function denyPermissionRequest(
  _webContents: unknown,
  _permission: string,
  callback: (granted: boolean) => void,
): void {
  callback(false);
}

export function denyPermissionCheck(): boolean {
  return false;
}

/** Replaces any CSP the response carried (header names are case-insensitive) with ours. */
export function withCspHeader(headers: Record<string, string[]> | undefined, csp: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') out[name] = value;
  }
  out['Content-Security-Policy'] = [csp];
  out['X-Content-Type-Options'] = ['nosniff'];
  return out;
}

export function hardenSession(session: HardenableSession, opts: SecurityOptions): void {
  session.setPermissionRequestHandler(denyPermissionRequest);
  session.setPermissionCheckHandler(denyPermissionCheck);
  session.setDevicePermissionHandler(denyPermissionCheck);
  session.setSpellCheckerEnabled(false);
  // No filter: Electron then calls us for every scheme, not only http(s).
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url, opts) });
  });
  const csp = contentSecurityPolicy(opts);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCspHeader(details.responseHeaders, csp) });
  });
}

/** The parts of Electron's WebContents that hardenWebContents touches. */
export type HardenableWebContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export function hardenWebContents(contents: HardenableWebContents, _opts: SecurityOptions): void {
  // Loads started by the main process (loadURL) do not emit will-navigate; only the page's own do.
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  // Links to the outside world are refused, not opened in a browser: a click must not leak data.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
