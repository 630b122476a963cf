/** Peakline's public API. Side-effect free: import './define.js' to register the elements. */
// The data format and the progress maths (also alone, without Lit, as `peakline/core.js`), then the element classes.
export * from './core.js';
export { PeaklineData } from './data-provider/peakline-data.js';
export { PeaklineGauge } from './gauge/gauge.js';
export { PeaklineTrajectory } from './trajectory/trajectory.js';
export { PeaklineSectors, type PeaklineSelectDetail } from './sectors/sectors.js';
export { PeaklineElement, type PeaklineErrorDetail } from './base/peakline-element.js';
