import '../src/define.js';
import './builder/embed-builder.js';
