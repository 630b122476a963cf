/**
 * Entry of `dist/peakline-trajectory.js`: the standalone bundle for a page whose only widgets are
 * `<peakline-trajectory>`. It defines that element and `<peakline-data>`, and exposes
 * `window.Peakline` as `dist/peakline.js` does. Several bundles may share a page: see the
 * policy in src/registry.ts.
 */
// Module order is bundle order, and gzip matches repeats only within 32 KB: the message tables early, as in src/bundle.ts,
// then the order a local search found (scripts/order-imports.mjs: every move of one import, real build and gzip -9, until
// none helps): 39,263 B gzip against 39,470 B before it (fourteenth session); searched again once the one-target
// widgets' base was a module of its own (src/base/target-element.ts), 40,006 B against 40,105 B. These modules have no
// side effects; the imports only fix where they land.
import { flagMissingWidgets } from './missing-widgets.js';
import './i18n/messages.js';
import './trajectory/messages.js';
import './progress/assess.js';
import './format/validate.js';
import { PeaklineData } from './data-provider/peakline-data.js';
import './theme/theme.styles.js';
import './trajectory/trajectory.styles.js';
import { PeaklineTrajectory } from './trajectory/trajectory.js';
import { defineElements, exposeApi } from './registry.js';

defineElements({ 'peakline-data': PeaklineData, 'peakline-trajectory': PeaklineTrajectory });
exposeApi();
flagMissingWidgets('peakline-trajectory.js');

