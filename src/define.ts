/** Side-effect entry: registers every Peakline element (`import 'peakline/define.js'`). */
import { ELEMENTS } from './elements.js';
import { defineElements } from './registry.js';

defineElements(ELEMENTS);
