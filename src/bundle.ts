/**
 * Entry of the standalone `dist/peakline.js`: defines every element and exposes
 * `window.Peakline = { validate, assess, version }` (kept from the first copy on the page).
 */
import './define.js';
import { validate } from './format/validate.js';
import { assess } from './progress/assess.js';
import { VERSION } from './registry.js';

const api = Object.freeze({ validate, assess, version: VERSION });
const g = globalThis as unknown as { Peakline?: typeof api };
if (!g.Peakline) g.Peakline = api;

export { validate, assess, VERSION as version };
