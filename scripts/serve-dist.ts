import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/**
 * Serve the built app from `dir` on 127.0.0.1 (never on other interfaces). Hashed assets are
 * cached for a year; index.html is revalidated. Range requests are supported (sirv), which
 * large-data formats such as FlatGeobuf rely on. Port 0 picks a free port.
 */
export async function serveDist(dir: string, port = 0): Promise<{ server: Server; url: string }> {
  const assets = sirv(dir, {
    etag: true,
    gzip: false,
    setHeaders: (res, pathname) => {
      res.setHeader(
        'Cache-Control',
        pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  const server = createServer((req, res) =>
    assets(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    }),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: actual } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${actual}/` };
}
