// Size report: gzip of the whole standalone bundle and of each widget on its own (with Lit, the
// validator and the engine they pull in), built with esbuild exactly like the IIFE. Quick to run
// while working on size; `npm run bench` gives the full budget report.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

const entries = {
  'bundle (all widgets)': `import './src/bundle.ts';`,
  'lit only': `import {LitElement,html,css,svg} from 'lit'; import {property} from 'lit/decorators.js'; import {classMap} from 'lit/directives/class-map.js'; window.x=[LitElement,html,css,svg,property,classMap];`,
  'validate()': `import {validate} from './src/format/validate.ts'; window.x=validate;`,
  'assess() + i18n': `import {assess} from './src/progress/assess.ts'; window.x=assess;`,
  'gauge + data': `import {PeaklineGauge} from './src/gauge/gauge.ts'; import {PeaklineData} from './src/data-provider/peakline-data.ts'; customElements.define('a-b',PeaklineGauge); customElements.define('a-c',PeaklineData);`,
  'trajectory': `import {PeaklineTrajectory} from './src/trajectory/trajectory.ts'; customElements.define('a-b',PeaklineTrajectory);`,
  'sectors': `import {PeaklineSectors} from './src/sectors/sectors.ts'; customElements.define('a-b',PeaklineSectors);`,
};
const rows = [];
for (const [name, contents] of Object.entries(entries)) {
  const r = await build({ stdin: { contents, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, minify: true, format: 'iife', write: false, target: 'es2021', tsconfig: 'tsconfig.json', conditions: ['production'], logLevel: 'error' });
  const code = r.outputFiles[0].contents;
  rows.push([name, code.length, gzipSync(code, { level: 9 }).length]);
}
console.log('| entry | minified bytes | gzip bytes |\n|---|---:|---:|');
for (const [n, raw, gz] of rows) console.log(`| ${n} | ${raw} | ${gz} |`);
