/**
 * Entry of the standalone `dist/peakline.js`: defines every element and exposes
 * `window.Peakline = { validate, assess, version }` (kept from the first copy on the page).
 *
 * The elements are registered here explicitly rather than by a bare `import './define.js'`,
 * so the bundle never depends on package.json's `sideEffects` list: when that list named only
 * the dist files, bundlers dropped the bare import and shipped a bundle that defined nothing.
 * Keep this list in step with src/define.ts (test/browser/bundle.test.ts checks that every
 * tag there is defined by the bundle).
 */
import { PeaklineData } from './data-provider/peakline-data.js';
import { PeaklineGauge } from './gauge/gauge.js';
import { PeaklineSectors } from './sectors/sectors.js';
import { PeaklineTrajectory } from './trajectory/trajectory.js';
import { validate } from './format/validate.js';
import { assess } from './progress/assess.js';
import { defineElements, VERSION } from './registry.js';

defineElements({
  'peakline-data': PeaklineData,
  'peakline-gauge': PeaklineGauge,
  'peakline-trajectory': PeaklineTrajectory,
  'peakline-sectors': PeaklineSectors,
});

const api = Object.freeze({ validate, assess, version: VERSION });
const g = globalThis as unknown as { Peakline?: typeof api };
if (!g.Peakline) g.Peakline = api;

export { validate, assess, VERSION as version };
