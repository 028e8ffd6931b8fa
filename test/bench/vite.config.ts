// Builds the bench's own pages (the year loader and the bare baseline) with the app's Vite and
// Preact preset, served under /__bench/ on the app's origin so they share its IndexedDB.
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('./pages'),
  base: '/__bench/',
  plugins: [preact()],
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: here('../../bench-report/build'),
    emptyOutDir: true,
    rollupOptions: {
      input: { loader: here('./pages/loader.html'), baseline: here('./pages/baseline.html') },
    },
  },
});
