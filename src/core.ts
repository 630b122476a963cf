/**
 * The data format and the progress maths without the elements: no Lit, no DOM, no globals. For Node (a build step, a
 * CMS check, a server deciding what to say) and for a page that validates or assesses without showing a widget.
 * `import { validate, lint, assess } from 'peakline/core.js'`; the main entry adds the element classes.
 */
export type * from './format/types.js';
export { validate, parseAndValidate } from './format/validate.js';
export { lint, type DataWarning } from './format/lint.js';
export { assess, findTarget, DEFAULT_METHOD, METHODS, type Assessment, type AssessOptions } from './progress/assess.js';
export { STATUSES, classify, pendingYear, type Status } from './progress/status.js';
export { describeTarget, targetPhrase } from './i18n/describe.js';
export { VERSION } from './version.js';
