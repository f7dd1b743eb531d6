/**
 * Vite plugin: index.html asks for everything the first incident row needs at once, instead
 * of in three rounds (the entry, then the data and the app chunk it imports, then their
 * imports). Vite preloads the entry's static imports itself; this adds a `modulepreload` for
 * the app chunk (`src/App.svelte`, imported dynamically so that the data is requested first)
 * and its imports, and a `preload` as fetch for each shipped data file the entry reads
 * (geodata layers, sources, incidents: `src/lib/data/geodata-urls.ts`). The map's chunk is
 * not preloaded: it waits for the first row (src/main.ts).
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';

const DATA = /\.(geojson|json|txt)$/;

export function startupPreloadPlugin(): Plugin {
  return {
    name: 'straitwatch-startup-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return [];
        const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
        const entry = chunks.find((c) => c.isEntry);
        const app = chunks.find((c) => c.facadeModuleId?.endsWith('/src/App.svelte'));
        if (!entry || !app) return [];
        // The app chunk and what it imports, less what Vite preloads already (the entry's).
        const have = new Set<string>();
        const modules: string[] = [];
        const styles: string[] = [];
        const visit = (fileName: string, into?: string[]) => {
          if (have.has(fileName)) return;
          have.add(fileName);
          into?.push(fileName);
          const chunk = bundle[fileName];
          if (chunk?.type !== 'chunk') return;
          if (into) styles.push(...(chunk.viteMetadata?.importedCss ?? []));
          for (const f of chunk.imports) visit(f, into);
        };
        visit(entry.fileName);
        visit(app.fileName, modules);
        const data = [...(entry.viteMetadata?.importedAssets ?? [])].filter((f) => DATA.test(f));
        const link = (attrs: Record<string, string | boolean>): HtmlTagDescriptor => ({
          tag: 'link',
          attrs,
          injectTo: 'head',
        });
        return [
          ...modules.map((f) => link({ rel: 'modulepreload', crossorigin: true, href: `/${f}` })),
          // The app chunk's styles: Vite's loader waits for them before the chunk runs.
          ...styles.map((f) =>
            link({ rel: 'preload', as: 'style', crossorigin: true, href: `/${f}` }),
          ),
          // `crossorigin` (anonymous) is what fetch() asks with, so the preload is reused.
          ...data.map((f) =>
            link({ rel: 'preload', as: 'fetch', crossorigin: true, href: `/${f}` }),
          ),
        ];
      },
    },
  };
}
