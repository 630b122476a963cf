// The standalone bundles, in one list: `npm run build:bundle` builds them (scripts/build-bundles.mjs, one Vite
// mode each, see vite.config.ts), the site serves them (scripts/prepare-site.mjs), `npm run bench` measures them
// and the end-to-end tests load them. The package test names them itself, as what the tarball must hold.

/** The widgets that have a one-widget bundle (src/bundle-<widget>.ts). */
export const ONE_WIDGET = ['gauge', 'trajectory', 'sectors'];

/** Every bundle's Vite mode and its file in dist/: the all-widget one first. */
export const BUNDLES = [
  { mode: 'iife', file: 'peakline.js' },
  ...ONE_WIDGET.map((w) => ({ mode: `iife-${w}`, file: `peakline-${w}.js` })),
];
