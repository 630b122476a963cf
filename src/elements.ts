/** Every Peakline element by tag: the one list both entry points register (define.ts, bundle.ts). */
import { PeaklineData } from './data-provider/peakline-data.js';
import { PeaklineGauge } from './gauge/gauge.js';
import { PeaklineSectors } from './sectors/sectors.js';
import { PeaklineTrajectory } from './trajectory/trajectory.js';

export const ELEMENTS = {
  'peakline-data': PeaklineData,
  'peakline-gauge': PeaklineGauge,
  'peakline-trajectory': PeaklineTrajectory,
  'peakline-sectors': PeaklineSectors,
} as const;
