// `npm run build:bundle`: the standalone bundles, one Vite build each (an IIFE cannot be split):
// dist/peakline.js (every widget), then dist/peakline-gauge.js, -trajectory.js and -sectors.js
// (one widget and <peakline-data>). vite.config.ts picks the entry from the mode.
import { build } from 'vite';

for (const mode of ['iife', 'iife-gauge', 'iife-trajectory', 'iife-sectors']) {
  await build({ mode, logLevel: 'warn' });
}
