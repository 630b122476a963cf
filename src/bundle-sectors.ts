/**
 * Entry of `dist/peakline-sectors.js`: the standalone bundle for a page whose only widgets are
 * `<peakline-sectors>`. It defines that element and `<peakline-data>`, and exposes
 * `window.Peakline` as `dist/peakline.js` does. Several bundles may share a page: see the
 * policy in src/registry.ts.
 */
// Module order is bundle order, and gzip matches repeats only within 32 KB: the message tables, then the stylesheets first, as in
// src/bundle.ts (30,661 B gzip against 30,803 B unordered, measured when this entry was added). These modules
// have no side effects; the imports only fix where they land.
import './sectors/messages.js';
import './i18n/messages.js';
import './theme/theme.styles.js';
import './theme/marks.styles.js';
import './sectors/sectors.styles.js';
import { PeaklineData } from './data-provider/peakline-data.js';
import './format/validate.js';
import { flagMissingWidgets } from './missing-widgets.js';
import { PeaklineSectors } from './sectors/sectors.js';
import './progress/assess.js';
import { defineElements, exposeApi } from './registry.js';

defineElements({ 'peakline-data': PeaklineData, 'peakline-sectors': PeaklineSectors });
exposeApi();
flagMissingWidgets('peakline-sectors.js');

