/**
 * Serve one dataset directory (datasets/<name>/, as `npm run gen` writes it) read-only at
 * `/datasets/<name>/` on the app's own origin, for `npm start -- --dataset …` and
 * `DATASET=… npm run dev`. Only GET and HEAD; range requests (sirv); only the files that are in
 * the directory when the server starts; never anything outside datasets/ (the directory must be
 * a direct child of it and hold no symbolic links).
 */
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, dirname, join, resolve } from 'node:path';
import sirv from 'sirv';
import { DATASET_NAME } from '../../src/lib/model/dataset-manifest.ts';
import { contentTypeOverride, REVALIDATE } from '../build/response-headers.ts';

export interface DatasetRoute {
  readonly name: string;
  /** `/datasets/<name>/` */
  readonly prefix: string;
  /** Handle a request under `prefix`; call `next` for any other. */
  readonly handle: (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
}

/**
 * The route for the dataset at `path`, or an Error saying why it cannot be served.
 *
 * @example
 * const route = datasetRoute('datasets/synthetic-100000-s1'); // route.prefix === '/datasets/synthetic-100000-s1/'
 */
export function datasetRoute(path: string, datasetsRoot = 'datasets'): DatasetRoute {
  if (!existsSync(path) || !statSync(path).isDirectory()) {
    throw new Error(`${path} is not a directory (make one with npm run gen)`);
  }
  const root = existsSync(datasetsRoot) ? realpathSync(datasetsRoot) : resolve(datasetsRoot);
  const dir = realpathSync(path);
  if (dirname(dir) !== root) {
    throw new Error(`${path} is not a directory directly inside ${datasetsRoot}/`);
  }
  const name = basename(dir);
  if (!DATASET_NAME.test(name)) {
    throw new Error(`the dataset name "${name}" must be a-z, 0-9 and - only`);
  }
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`${path} has no manifest.json`);
  }
  const link = readdirSync(dir, { recursive: true, withFileTypes: true }).find((e) =>
    e.isSymbolicLink(),
  );
  if (link) {
    throw new Error(
      `${path} holds a symbolic link (${join(link.parentPath, link.name)}); not serving it`,
    );
  }

  const prefix = `/datasets/${name}/`;
  const files = sirv(dir, {
    dev: false, // the file list is read once, at start: nothing outside it is ever served
    etag: true,
    dotfiles: false,
    setHeaders: (res, pathname) => {
      res.setHeader('Cache-Control', REVALIDATE);
      const type = contentTypeOverride(pathname);
      if (type) res.setHeader('Content-Type', type);
    },
  });
  return {
    name,
    prefix,
    handle: (req, res, next) => {
      if (!req.url?.startsWith(prefix)) return next();
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' });
        res.end('Read-only');
        return;
      }
      req.url = req.url.slice(prefix.length - 1);
      files(req, res, () => {
        res.statusCode = 404;
        res.end('Not found');
      });
    },
  };
}
