// Size report while working on size: gzip of the whole standalone bundle, and what each widget
// really costs (the bundle with it minus the bundle without it). The rows are built with plain esbuild
// (`--minify`, IIFE), without the real build's template minifiers and terser pass (vite.config.ts), so their
// figures are larger than dist/'s: compare them with each other. The first row, when dist/peakline.js
// exists, is that built file itself (`npm run build:bundle`). `npm run bench` gives the full budget report.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const widgets = {
  gauge: "import {PeaklineGauge as G} from './src/gauge/gauge.ts'; customElements.define('peakline-gauge', G);",
  trajectory: "import {PeaklineTrajectory as T} from './src/trajectory/trajectory.ts'; customElements.define('peakline-trajectory', T);",
  sectors: "import {PeaklineSectors as S} from './src/sectors/sectors.ts'; customElements.define('peakline-sectors', S);",
};
const core = "import {PeaklineData as D} from './src/data-provider/peakline-data.ts'; import {validate} from './src/format/validate.ts'; import {assess} from './src/progress/assess.ts'; customElements.define('peakline-data', D); window.Peakline = {validate, assess};";

async function gz(contents) {
  const r = await build({ stdin: { contents, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, minify: true, format: 'iife', write: false, target: 'es2021', tsconfig: 'tsconfig.json', conditions: ['production'], charset: 'utf8', logLevel: 'error' });
  const code = r.outputFiles[0].contents;
  return [code.length, gzipSync(code, { level: 9 }).length];
}

const all = await gz(core + Object.values(widgets).join(''));
const lit = await gz("import {LitElement,html,css,svg,nothing} from 'lit'; import {property} from 'lit/decorators.js'; window.x=[LitElement,html,css,svg,nothing,property];");
const coreOnly = await gz(core);
console.log('| part | minified bytes | gzip bytes |\n|---|---:|---:|');
if (existsSync('dist/peakline.js')) {
  // GNU gzip -9, as the budget and the README count it (Node's zlib comes out ~1% larger); zlib without a gzip binary.
  const built = readFileSync('dist/peakline.js');
  let gnu = null;
  try { gnu = execFileSync('gzip', ['-9c', 'dist/peakline.js'], { maxBuffer: 1 << 26 }).length; } catch {}
  console.log(`| dist/peakline.js as built (${gnu ? 'gzip -9' : 'zlib'}) | ${built.length} | ${gnu ?? gzipSync(built, { level: 9 }).length} |`);
}
console.log(`| all widgets, plain esbuild (the rows below subtract from this) | ${all[0]} | ${all[1]} |`);
console.log(`| lit alone | ${lit[0]} | ${lit[1]} |`);
console.log(`| core: lit + validate + assess + base + <peakline-data> | ${coreOnly[0]} | ${coreOnly[1]} |`);
for (const [name, code] of Object.entries(widgets)) {
  const without = await gz(core + Object.entries(widgets).filter(([n]) => n !== name).map(([, c]) => c).join(''));
  console.log(`| + ${name} (all − all without it) | ${all[0] - without[0]} | ${all[1] - without[1]} |`);
}
