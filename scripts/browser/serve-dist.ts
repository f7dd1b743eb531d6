import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import type { DatasetRoute } from '../dataset/dataset-route.ts';
import {
  cacheControl,
  contentTypeOverride,
  REVALIDATE,
  SECURITY_HEADERS,
} from '../build/response-headers.ts';

/**
 * Serve the built app from `dir` on 127.0.0.1 (never on other interfaces). Every response,
 * a 404 or a dataset file too, carries the security headers of scripts/build/response-headers.ts
 * (Content-Security-Policy with `frame-ancestors 'none'`, nosniff, no referrer). Files named by
 * their content (assets/, the basemap's hashed folders) are cached for a year as immutable;
 * every other file (index.html first) is revalidated. Range requests are supported (sirv),
 * which large-data formats such as FlatGeobuf rely on. Port 0 picks a free port. A `dataset`
 * route (`datasetRoute`) serves one dataset directory read-only at /datasets/<name>/.
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
      res.setHeader('Cache-Control', cacheControl(pathname));
      const type = contentTypeOverride(pathname);
      if (type) res.setHeader('Content-Type', type);
    },
  });
  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    const app = () =>
      assets(req, res, () => {
        res.statusCode = 404;
        res.setHeader('Cache-Control', REVALIDATE);
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
