/**
 * Entry of the standalone `dist/peakline.js`: defines every element and exposes
 * `window.Peakline = { validate, assess, version }` (kept from the first copy on the page).
 *
 * The elements are registered here from the shared list rather than by a bare
 * `import './define.js'`, so the bundle never depends on package.json's `sideEffects` list:
 * when that list named only the dist files, bundlers dropped the bare import and shipped a
 * bundle that defined nothing (test/browser/bundle.test.ts checks every tag is defined).
 */
import { ELEMENTS } from './elements.js';
import { validate } from './format/validate.js';
import { assess } from './progress/assess.js';
import { defineElements, VERSION } from './registry.js';

defineElements(ELEMENTS);

const api = Object.freeze({ validate, assess, version: VERSION });
const g = globalThis as unknown as { Peakline?: typeof api };
if (!g.Peakline) g.Peakline = api;

export { validate, assess, VERSION as version };
