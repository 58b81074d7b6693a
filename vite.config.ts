// The web UI (web/ → web/dist), served by `isnad serve`. Heavy views (graph, charts, map) are split into lazy chunks.
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('./web', import.meta.url)),
  base: './',
  plugins: [preact()],
  build: {
    outDir: fileURLToPath(new URL('./web/dist', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 700,
    // no inline scripts anywhere (CSP script-src 'self')
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
