/**
 * Entry of `dist/peakline-gauge.js`: the standalone bundle for a page whose only widgets are
 * `<peakline-gauge>`. It defines that element and `<peakline-data>`, and exposes
 * `window.Peakline` as `dist/peakline.js` does. Several bundles may share a page: see the
 * policy in src/registry.ts.
 */
// Module order is bundle order, and gzip matches repeats only within 32 KB: the order a local search found
// (scripts/order-imports.mjs: every move of one import, real build and gzip -9, until none helps): 32,301 B gzip
// against 32,484 B before it (fourteenth session); searched again once the gauge's strings were a module of their own
// (src/gauge/messages.ts), 32,878 B against 32,995 B; and in the twenty-eighth session, 35,710 B against 35,976 B
// (under the 35,840 B budget again). These modules have no side effects; the imports only fix where they land.
import './progress/assess.js';
import './gauge/messages.js';
import './format/validate.js';
import './theme/theme.styles.js';
import './gauge/gauge.styles.js';
import { PeaklineData } from './data-provider/peakline-data.js';
import './theme/marks.styles.js';
import { PeaklineGauge } from './gauge/gauge.js';
import { flagMissingWidgets } from './missing-widgets.js';
import { defineElements, exposeApi } from './registry.js';

defineElements({ 'peakline-data': PeaklineData, 'peakline-gauge': PeaklineGauge });
exposeApi();
flagMissingWidgets('peakline-gauge.js');

