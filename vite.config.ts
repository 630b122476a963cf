/**
 * One config, three jobs, chosen by --mode:
 * - `vite` (dev): serves the gallery and embed builder from `site/` (npm start).
 * - `vite build --mode lib`: the npm package's ES modules, unbundled, lit and d3 external.
 * - `vite build --mode iife`: `dist/peakline.js`, one self-contained script for <script src>.
 * - `vite build --mode iife-gauge` (and `-trajectory`, `-sectors`): `dist/peakline-gauge.js` and so on, the same
 *   with one widget (and <peakline-data>). `npm run build:bundle` builds all four (scripts/build-bundles.mjs).
 * Vitest reads the `test` block (pure modules only; components run in real Chromium via wtr).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { minifyCssLiterals, minifyHtmlLiterals } from './scripts/minify-css-literals.js';
import { terserPass } from './scripts/terser-pass.js';
import { compileHint } from './scripts/compile-hint.js';
import { licenceBannerPlugin } from './scripts/licence-banner.js';
import pkg from './package.json' with { type: 'json' };

/** A site page by file name, as an absolute path: the dev server's root is `site/`, so relative inputs would miss. */
const page = (name: string) => fileURLToPath(new URL(`site/${name}`, import.meta.url));

/** The widget of a one-widget bundle (`--mode iife-gauge`), '' for the all-widget bundle (`--mode iife`). */
const oneWidget = (mode: string) => /^iife-(\w+)$/.exec(mode)?.[1] ?? '';

export default defineConfig(({ mode }) => ({
  root: mode === 'lib' || mode.startsWith('iife') ? '.' : 'site',
  // Relative asset URLs: the built site works from any folder (https://example.org/peakline/), not only a host's root.
  base: './',
  publicDir: mode === 'lib' || mode.startsWith('iife') ? false : 'public',
  // The compile hint and the licence comment after the terser pass, which drops comments.
  plugins: [minifyCssLiterals(), ...(mode.startsWith('iife') ? [minifyHtmlLiterals(), terserPass(), compileHint(), licenceBannerPlugin(pkg.version)] : [])],
  server: { port: 5173, host: '127.0.0.1', fs: { allow: ['..'] } },
  build:
    mode.startsWith('iife')
      ? {
          outDir: 'dist',
          emptyOutDir: false,
          target: 'es2021',
          rolldownOptions: { checks: { pluginTimings: false } },
          lib: {
            entry: oneWidget(mode) ? `src/bundle-${oneWidget(mode)}.ts` : 'src/bundle.ts',
            name: 'PeaklineBundle',
            formats: ['iife'],
            fileName: () => (oneWidget(mode) ? `peakline-${oneWidget(mode)}.js` : 'peakline.js'),
          },
        }
      : mode === 'lib'
        ? {
            outDir: 'dist',
            emptyOutDir: true,
            target: 'es2022',
            minify: false,
            lib: { entry: { index: 'src/index.ts', define: 'src/define.ts', core: 'src/core.ts' }, formats: ['es'] },
            rolldownOptions: {
              external: [/^lit/, /^@lit/, /^d3-/],
              output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
            },
          }
        : {
            outDir: '../site-dist',
            emptyOutDir: true,
            rolldownOptions: { input: { index: page('index.html'), gallery: page('gallery.html'), embed: page('embed.html') } },
          },
  test: {
    root: '.',
    include: ['src/**/*.test.ts', 'site/**/*.test.ts', 'scripts/**/*.test.ts', 'test/unit/**/*.test.ts'],
    exclude: ['**/*.browser.test.ts', 'node_modules/**'],
    environment: 'node',
    env: { TZ: 'UTC' },
    globalSetup: ['scripts/vitest-global-setup.ts'],
  },
}));
