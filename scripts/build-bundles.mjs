// `npm run build:bundle`: the standalone bundles (scripts/bundles.mjs), one Vite build each (an IIFE cannot be
// split): dist/peakline.js (every widget), then dist/peakline-gauge.js, -trajectory.js and -sectors.js (one widget
// and <peakline-data>). vite.config.ts picks the entry from the mode.
import { build } from 'vite';
import { BUNDLES } from './bundles.mjs';

for (const { mode } of BUNDLES) await build({ mode, logLevel: 'warn' });
