/**
 * Entry of `dist/peakline-gauge.js`: the standalone bundle for a page whose only widgets are
 * `<peakline-gauge>`. It defines that element and `<peakline-data>`, and exposes
 * `window.Peakline` as `dist/peakline.js` does. Several bundles may share a page: see the
 * policy in src/registry.ts.
 */
// Module order is bundle order, and gzip matches repeats only within 32 KB: the stylesheets first, as in
// src/bundle.ts (27,208 B gzip against 27,391 B unordered, measured when this entry was added). These modules
// have no side effects; the imports only fix where they land.
import './theme/theme.styles.js';
import './theme/marks.styles.js';
import './gauge/gauge.styles.js';
import { PeaklineData } from './data-provider/peakline-data.js';
import './format/validate.js';
import { flagMissingWidgets } from './missing-widgets.js';
import { PeaklineGauge } from './gauge/gauge.js';
import './progress/assess.js';
import { defineElements, exposeApi } from './registry.js';

defineElements({ 'peakline-data': PeaklineData, 'peakline-gauge': PeaklineGauge });
exposeApi();
flagMissingWidgets('peakline-gauge.js');

