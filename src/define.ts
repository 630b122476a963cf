/** Side-effect entry: registers every Peakline element (`import 'peakline/define.js'`). */
import { ELEMENTS } from './elements.js';
import { defineElements } from './registry.js';

defineElements(ELEMENTS);

// The element classes' types, so that importing only this entry gives `document.createElement('peakline-gauge')` its
// class and `peakline-error` its detail (their `HTMLElementTagNameMap` and event-map entries come with them).
export type { PeaklineData, PeaklineGauge, PeaklineSectors, PeaklineTrajectory, PeaklineErrorDetail, PeaklineSelectDetail } from './index.js';
