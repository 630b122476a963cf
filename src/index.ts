/** Peakline's public API. Side-effect free: import './define.js' to register the elements. */
// The data format and the progress maths (also alone, without Lit, as `peakline/core.js`), then the element classes.
export * from './core.js';
export { PeaklineData } from './data-provider/peakline-data.js';
export { PeaklineGauge } from './gauge/gauge.js';
export { PeaklineTrajectory } from './trajectory/trajectory.js';
export { PeaklineSectors, type PeaklineSelectDetail } from './sectors/sectors.js';
export { PeaklineElement, type PeaklineErrorDetail, type Theme } from './base/peakline-element.js';
// The types of the elements' options and state, for code that sets or reads them.
export type { Lang } from './i18n/lang.js';
export type { GaugeVariant } from './gauge/geometry.js';
export type { SectorsLayout } from './sectors/geometry.js';
export type { SortOrder } from './sectors/messages.js';
export type { DataState } from './base/data-controller.js';
