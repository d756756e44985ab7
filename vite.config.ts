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

// The renderer is one static bundle shared by Electron (loaded from disk) and browser mode (served on 127.0.0.1).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [contentSecurityPolicy, react()],
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
              test: (id) =>
                id.includes('node_modules') &&
                !id.includes('ag-grid') &&
                !/node_modules\/(recharts|d3-|victory|@reduxjs|redux|immer|reselect|es-toolkit|decimal\.js)/.test(
                  id,
                ),
            },
            { name: 'grid', priority: 1, test: /ag-grid/ },
          ],
        },
      },
    },
  },
});
