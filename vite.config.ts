import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import type { ChunkingContext } from 'rolldown';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

const ENTRY = fileURLToPath(new URL('./src/main.tsx', import.meta.url));
const firstPaints = new WeakMap<ChunkingContext, Set<string>>();

/**
 * 'index' for every module the entry imports statically, directly or through others: the board's
 * whole first paint is one chunk, which the lazily loaded screens import from.
 */
function firstPaintChunk(id: string, ctx: ChunkingContext): string | null {
  let first = firstPaints.get(ctx);
  if (!first) {
    first = new Set([ENTRY]);
    const todo = [ENTRY];
    while (todo.length > 0)
      for (const next of ctx.getModuleInfo(todo.pop()!)?.importedIds ?? []) {
        if (first.has(next)) continue;
        first.add(next);
        todo.push(next);
      }
    firstPaints.set(ctx, first);
  }
  return first.has(id) ? 'index' : null;
}

export default defineConfig({
  plugins: [
    preact(),
    // Offline and installable. 'prompt': a new version waits until the board says it is a quiet
    // moment (src/platform/updates.ts). clientsClaim lets the very first visit be controlled at
    // once, so the board works offline after one visit; skipWaiting stays off so an update never
    // swaps the app under someone's finger.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Dagstavlen',
        short_name: 'Dagstavlen',
        description: 'Dagens plan, vagter og opgaver i caféen',
        lang: 'da',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'fullscreen',
        orientation: 'any',
        background_color: '#f4f1ea',
        theme_color: '#1d5c57',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // svg: the board shows pictograms as PNG, but a task without a photo fills its big photo
        // frame with the pictogram's SVG (src/ui/Pictogram.tsx), and that must work offline too.
        globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest,woff2}'],
        navigateFallback: '/index.html',
        // The house server's database on the same origin (npm run house, a reverse proxy) is never the app.
        navigateFallbackDenylist: [/^\/db\//],
        clientsClaim: true,
        skipWaiting: false,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    // The kiosk's Chromium preloads modules natively: no polyfill in the first paint.
    modulePreload: { polyfill: false },
    sourcemap: false,
    rolldownOptions: {
      // The board's first paint in one chunk, Preact, its hooks and signals included. Left to
      // itself the bundler splits off a module of the board into a chunk of its own as soon as a
      // lazily loaded screen shares it too (the icons, the calendar, the photo component, even the
      // day plan): each such chunk cost the first paint a request and its own wrapping, and which
      // ones it split changed with every screen added (0.2 to 1.5 kB of first-paint JS).
      output: {
        codeSplitting: { groups: [{ name: firstPaintChunk }] },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/support/server.ts'],
          testTimeout: 180_000,
          hookTimeout: 90_000,
          // Waiting for a state, not a speed limit: a PIN check (PBKDF2) or a 12 MP photo can take
          // several seconds on a busy 2-core machine. Speed is measured by npm run bench instead.
          expect: { poll: { timeout: 30_000, interval: 100 } },
          // Two cores: one Chromium per worker, two workers.
          maxWorkers: 2,
          fileParallelism: true,
        },
      },
      {
        extends: true,
        test: {
          // npm run bench: the whole measurement, one file, alone on the machine.
          name: 'bench',
          include: ['test/bench/bench.test.ts'],
          environment: 'node',
          testTimeout: 60 * 60_000,
          maxWorkers: 1,
        },
      },
    ],
  },
});
