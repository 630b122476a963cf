/** Side-effect entry: registers every Peakline element (`import 'peakline/define.js'`). */
import { PeaklineData } from './data-provider/peakline-data.js';
import { PeaklineGauge } from './gauge/gauge.js';
import { defineElements } from './registry.js';

defineElements({
  'peakline-data': PeaklineData,
  'peakline-gauge': PeaklineGauge,
});
