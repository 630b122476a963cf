/** Peakline's public API. Side-effect free: import './define.js' to register the elements. */
export type * from './format/types.js';
export { validate, parseAndValidate } from './format/validate.js';
export { assess, findTarget, DEFAULT_METHOD, METHODS, type Assessment, type AssessOptions } from './progress/assess.js';
export { STATUSES, classify, type Status } from './progress/status.js';
export { describeTarget, targetPhrase } from './i18n/describe.js';
export { PeaklineData } from './data-provider/peakline-data.js';
export { PeaklineGauge } from './gauge/gauge.js';
export { PeaklineTrajectory } from './trajectory/trajectory.js';
export { PeaklineSectors, type PeaklineSelectDetail } from './sectors/sectors.js';
export { PeaklineElement, type PeaklineErrorDetail } from './base/peakline-element.js';
export { VERSION } from './registry.js';
