/**
 * The `app://emanet/` scheme that serves the built renderer from disk. A privileged standard
 * scheme gives the page a real origin (needed for the router's origin check and for CSP
 * `'self'`) without opening a local HTTP port that other programs on the machine could reach.
 */
import { realpath, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Protocol } from 'electron';
import { APP_HOST, APP_SCHEME, contentSecurityPolicy, type SecurityOptions } from '../security';
import { mimeTypeFor, resolveAssetPath } from './asset-path';

/**
 * Must run before `app` is ready (Electron's rule for privileged schemes). `corsEnabled` stays
 * unset on purpose: it would let other origins read our files. Our own module scripts are
 * same-origin requests and load without it.
 */
export function registerAppSchemeAsPrivileged(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

function refuse(status: 403 | 404): Response {
  return new Response(null, { status });
}

/** Serves files from `rootDir` only; the CSP header is set here too, not only in webRequest. */
export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, rootDir: string, opts: SecurityOptions): void {
  const csp = contentSecurityPolicy(opts);
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || request.method !== 'GET') return refuse(403);
    const file = resolveAssetPath(rootDir, url.pathname);
    if (!file) return refuse(403);
    try {
      // Resolve symlinks and re-check containment: the path guard alone sees only names.
      const [realRoot, realFile] = await Promise.all([realpath(rootDir), realpath(file)]);
      const rel = path.relative(realRoot, realFile);
      if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return refuse(403);
      const body = await readFile(realFile);
      return new Response(body, {
        status: 200,
        headers: {
          'Content-Type': mimeTypeFor(realFile),
          'Content-Security-Policy': csp,
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-store',
        },
      });
    } catch {
      return refuse(404);
    }
  });
}
