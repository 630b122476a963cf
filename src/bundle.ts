/**
 * Entry of the standalone `dist/peakline.js`: defines every element and exposes
 * `window.Peakline = { validate, assess, version }` (kept from the first copy on the page).
 * `src/bundle-gauge.ts` and its siblings are the one-widget bundles.
 *
 * The elements are registered here from the shared list rather than by a bare
 * `import './define.js'`, so the bundle never depends on package.json's `sideEffects` list:
 * when that list named only the dist files, bundlers dropped the bare import and shipped a
 * bundle that defined nothing (test/browser/bundle.test.ts checks every tag is defined).
 */
// Module order is bundle order, and gzip only finds repeats within 32 KB of each other. The
// message tables (English and Chinese, widget tables before the shared one) and the stylesheets
// go first, next to each other, so their shared words and rules compress together: 40,744 B
// gzip against 41,389 B in the natural order (measured; scratch greedy search found no better
// module to add). Then the number formatter first and the data controller (with the loader and the
// validator it imports, whose messages share words with the tables) before the stylesheets: 43,283 B
// against 43,395 B (measured by a greedy search over 20 modules and their positions in this list). Then a local
// search with real builds (scripts/order-imports.mjs: every move of one import, until none helps) put the shared
// message table first and the assessment and validator before the stylesheets: 48,947 B against 49,274 B
// (fourteenth session); searched again in the fifteenth, the sector panel's table first: 49,652 B against 49,680 B;
// and once the one-target widgets' base and the gauge's strings were modules of their own (PeaklineTargetElement,
// src/gauge/messages.ts), with the shared table first again: 49,973 B against 50,059 B.
// These modules have no side effects; the imports only fix where they land.
import './i18n/messages.js';
import './gauge/messages.js';
import './sectors/messages.js';
import './trajectory/messages.js';
import './i18n/format.js';
import './progress/assess.js';
import './format/validate.js';
import './i18n/describe.js';
import './theme/marks.styles.js';
import './theme/theme.styles.js';
import './base/data-controller.js';
import './base/target-element.js';
import './gauge/gauge.styles.js';
import './sectors/sectors.styles.js';
import './trajectory/trajectory.styles.js';
import { ELEMENTS } from './elements.js';
import { defineElements, exposeApi } from './registry.js';

defineElements(ELEMENTS);
exposeApi();

