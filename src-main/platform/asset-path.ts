/**
 * Maps a request path under `app://emanet/` to a file inside the built renderer folder.
 * Pure (no I/O) so the traversal guard is unit-tested; the protocol handler adds a realpath
 * check against symlinks on top.
 *
 * Anything odd is refused rather than normalised: the renderer is ours, so a request with `..`,
 * an encoded separator, a backslash, a drive letter or a NUL byte can only be an attack.
 */
import path from 'node:path';

/** Returns the absolute file path, or null when the request must be refused. */
export function resolveAssetPath(rootDir: string, urlPathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return null; // malformed percent-encoding
  }
  // Encoded slashes would change the segment structure after decoding; refuse them outright.
  if (/%2f|%5c/i.test(urlPathname)) return null;
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  // A second round of decoding must not change anything (%252e%252e…).
  if (decoded.includes('%')) return null;
  if (!decoded.startsWith('/')) return null;

  const relative = decoded.slice(1) || 'index.html';
  const segments = relative.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return null;
  if (/^[a-zA-Z]:/.test(relative)) return null;

  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, ...segments);
  const rel = path.relative(root, resolved);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return resolved;
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** Explicit types (with nosniff) so Chromium never guesses that a data file is a script. */
export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}
