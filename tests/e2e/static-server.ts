import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { mimeTypeFor, resolveAssetPath } from '../../src-main/platform/asset-path';

export interface StaticServer {
  /** e.g. `http://127.0.0.1:41234` — what the backend must list in `allowedOrigins`. */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves the built renderer on 127.0.0.1 at a random free port. GET/HEAD only, no caching,
 * nothing outside `root`. The app routes in memory, so there is no fallback to index.html.
 */
export async function startStaticServer(root: string): Promise<StaticServer> {
  const base = path.resolve(root);
  const server = createServer((req, res) => {
    void (async () => {
      const send = (status: number, body: string) => {
        res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
        res.end(body);
      };
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed');
      // The same guard and MIME table as the app:// protocol in Electron, so e2e exercises them too.
      const file = resolveAssetPath(base, new URL(req.url ?? '/', 'http://localhost').pathname);
      if (file === null) return send(403, 'forbidden');
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) return send(404, 'not found');
      res.writeHead(200, {
        'content-type': mimeTypeFor(file),
        'content-length': info.size,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      });
      if (req.method === 'HEAD') return res.end();
      createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res);
    })().catch(() => res.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
