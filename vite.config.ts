import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is one static bundle shared by Electron (loaded from disk) and browser mode (served on 127.0.0.1).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      output: {
        manualChunks: (id) => {
          if (id.includes('ag-grid')) return 'grid';
          if (id.includes('recharts') || id.includes('d3-') || id.includes('victory')) return 'chart';
          if (id.includes('node_modules')) return 'vendor';
          return undefined;
        },
      },
    },
  },
});
