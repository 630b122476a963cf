/**
 * Entry of `dist/peakline-sectors.js`: the standalone bundle for a page whose only widgets are
 * `<peakline-sectors>`. It defines that element and `<peakline-data>`, and exposes
 * `window.Peakline` as `dist/peakline.js` does. Several bundles may share a page: see the
 * policy in src/registry.ts.
 */
// Module order is bundle order, and gzip matches repeats only within 32 KB: the message tables first, as in src/bundle.ts,
// then the order a local search found (scripts/order-imports.mjs: every move of one import, real build and gzip -9, until
// none helps): 35,363 B gzip against 35,886 B in the order before it (fourteenth session); searched again in the
// sixteenth, 35,831 B against 35,860 B (the message tables now sector-panel first), and once more after the formatter's
// fix, 35,847 B against 35,848 B; in the twenty-third, 35,934 B against 35,975 B (the generic message tables first again); in the twenty-eighth,
// 37,817 B against 37,869 B. These modules have no
// side effects; the imports only fix where they land.
import { flagMissingWidgets } from './missing-widgets.js';
import './i18n/messages.js';
import './sectors/messages.js';
import './progress/assess.js';
import './format/validate.js';
import './theme/theme.styles.js';
import { PeaklineData } from './data-provider/peakline-data.js';
import './sectors/sectors.styles.js';
import { PeaklineSectors } from './sectors/sectors.js';
import './theme/marks.styles.js';
import { defineElements, exposeApi } from './registry.js';

defineElements({ 'peakline-data': PeaklineData, 'peakline-sectors': PeaklineSectors });
exposeApi();
flagMissingWidgets('peakline-sectors.js');

