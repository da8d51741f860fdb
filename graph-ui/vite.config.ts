// Vite build of the explorer: graph-ui/ → graph-ui/dist (relative base, served by the diplograph server at /).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      // The app, and the scale benchmark page (bench/ui.ts opens it).
      input: { main: `${root}index.html`, bench: `${root}bench.html` },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:4477' },
  },
});
