/** Side-effect entry: registers every Peakline element (`import 'peakline/define.js'`). */
import { PeaklineData } from './data-provider/peakline-data.js';
import { PeaklineGauge } from './gauge/gauge.js';
import { PeaklineSectors } from './sectors/sectors.js';
import { PeaklineTrajectory } from './trajectory/trajectory.js';
import { defineElements } from './registry.js';

defineElements({
  'peakline-data': PeaklineData,
  'peakline-gauge': PeaklineGauge,
  'peakline-trajectory': PeaklineTrajectory,
  'peakline-sectors': PeaklineSectors,
});
