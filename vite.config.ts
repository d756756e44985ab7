import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from './shared/api/content-security';

/** Every window's page declares its Content-Security-Policy (the desktop app loads it from disk). */
const contentSecurityPolicy: Plugin = {
  name: 'rbw-content-security-policy',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
      injectTo: 'head',
    },
  ],
};

/**
 * The chunks the entry loads at once with `import()` (the app, the grid), and what they import, named in
 * the page as `modulepreload` links: the browser fetches and compiles them with the entry rather than
 * after it has run, while the service opens the start-up document. Lazily loaded views (the chart, the
 * template editor) are left out.
 */
const preloadApp: Plugin = {
  name: 'rbw-preload-app',
  transformIndexHtml: {
    order: 'post',
    handler: (html, { bundle, chunk }) => {
      if (!bundle || !chunk) return html;
      const files = new Set<string>();
      const visit = (file: string): void => {
        const found = bundle[file];
        if (files.has(file) || html.includes(file) || found?.type !== 'chunk') return;
        files.add(file);
        found.imports.forEach(visit);
      };
      chunk.dynamicImports.forEach(visit);
      return [...files].map((file) => ({
        tag: 'link',
        attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
        injectTo: 'head' as const,
      }));
    },
  },
};

// The renderer is one static bundle shared by Electron (loaded from disk) and browser mode (served on 127.0.0.1).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [contentSecurityPolicy, preloadApp, react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      output: {
        codeSplitting: {
          // A group takes the modules it names and (by default) what they import, higher priority first:
          // the libraries go to `vendor` before the grid's group can take React with ag-grid-react, so
          // that the entry can ask the service for the document before the grid's chunk is loaded.
          groups: [
            {
              name: 'vendor',
              priority: 2,
              // The chart (recharts and what only it uses) goes with the lazily loaded AreaChart.
              // The grid's own library (ag-stack) goes with the grid, not before the entry's first call.
              test: (id) =>
                id.includes('node_modules') &&
                !/node_modules\/(ag-grid|ag-stack)/.test(id) &&
                !/node_modules\/(recharts|d3-|victory|@reduxjs|redux|immer|reselect|es-toolkit|decimal\.js|react-redux|eventemitter3|use-sync-external-store|react-is|clsx|tiny-invariant)/.test(
                  id,
                ),
            },
            { name: 'grid', priority: 1, test: /node_modules\/(ag-grid|ag-stack)/ },
          ],
        },
      },
    },
  },
});
