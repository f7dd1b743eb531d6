/**
 * The fixture pages (tests/fixtures/pages/, see its README) and a local HTTP server for the
 * fetch tests: 127.0.0.1 on a free port, never the internet.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

export const PAGE_DIR = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));

/** A fixture page's path and bytes. */
export function fixturePage(name: string): { readonly path: string; readonly bytes: Buffer } {
  const path = `${PAGE_DIR}${name}`;
  return { path, bytes: readFileSync(path) };
}

/** How the server answers one path. */
export type Route = (request: IncomingMessage, response: ServerResponse) => void;

/** Serve `routes` (path → answer; anything else 404) on 127.0.0.1; `close` when done. */
export async function servePages(
  routes: Readonly<Record<string, Route>>,
): Promise<{ readonly origin: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    const route = routes[new URL(request.url ?? '/', 'http://localhost').pathname];
    if (route) return route(request, response);
    response.writeHead(404, { 'content-type': 'text/html' }).end('<p>Not found</p>');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** An answer with these bytes and this content type. */
export const page =
  (bytes: Uint8Array | string, contentType = 'text/html; charset=utf-8'): Route =>
  (_request, response) =>
    response.writeHead(200, { 'content-type': contentType }).end(bytes);
