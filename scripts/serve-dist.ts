import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import type { DatasetRoute } from './dataset-route.ts';

/**
 * Serve the built app from `dir` on 127.0.0.1 (never on other interfaces). Hashed assets are
 * cached for a year; index.html is revalidated. Range requests are supported (sirv), which
 * large-data formats such as FlatGeobuf rely on. Port 0 picks a free port. A `dataset` route
 * (`datasetRoute`) serves one dataset directory read-only at /datasets/<name>/.
 */
export async function serveDist(
  dir: string,
  port = 0,
  dataset?: DatasetRoute,
): Promise<{ server: Server; url: string }> {
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
  const server = createServer((req, res) => {
    const app = () =>
      assets(req, res, () => {
        res.statusCode = 404;
        res.end('Not found');
      });
    if (dataset) dataset.handle(req, res, app);
    else app();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: actual } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${actual}/` };
}
