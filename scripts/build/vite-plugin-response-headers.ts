/**
 * Vite plugin: the response headers of scripts/build/response-headers.ts outside `npm start`. The
 * build writes them as `dist/_headers` (Netlify and Cloudflare Pages read it; docs/deploy.md
 * has nginx), and `vite preview` sends them as `npm start` does. The dev server keeps Vite's
 * own caching (index.html's `<meta>` policy still applies there).
 */
import type { Plugin } from 'vite';
import {
  cacheControl,
  contentTypeOverride,
  headersFile,
  SECURITY_HEADERS,
} from './response-headers.ts';

export function responseHeadersPlugin(): Plugin {
  return {
    name: 'straitwatch-response-headers',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const pathname = (req.url ?? '/').split('?')[0]!;
        for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
        res.setHeader('Cache-Control', cacheControl(pathname));
        const type = contentTypeOverride(pathname);
        if (type) res.setHeader('Content-Type', type);
        next();
      });
    },
  };
}
