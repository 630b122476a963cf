/**
 * Builds the hand-written d3 baseline (bench/baseline/baseline.js) to one minified script, `window.Baseline`:
 * esbuild (bundle, minify, IIFE, es2021 as Peakline's bundles), then terser with three compress passes, the second
 * pass Peakline's bundles get too (scripts/terser-pass.ts), so neither side is measured with a weaker minifier.
 * `npm run bench` builds it into its snapshot and measures it; `node bench/baseline/build.mjs` writes
 * bench/baseline/dist/baseline.js, which bench/baseline/render.html loads, for a look in a browser.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { minify } from 'terser';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '../..');

/**
 * `terser: false` skips the second pass (3–5 s here; −634 B gzip, 3.6 %), for a test of the page rather than its size.
 * @param {{ terser?: boolean }} [options]
 * @returns {Promise<{ code: Buffer, esbuildBytes: number, inputs: Record<string, number> }>} the script, esbuild's
 * output size before terser, and the bytes each input file (repository-relative) contributes to esbuild's output.
 */
export async function buildBaseline({ terser = true } = {}) {
  const result = await build({
    entryPoints: [join(HERE, 'baseline.js')],
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: 'Baseline',
    target: 'es2021',
    metafile: true,
    write: false,
    outfile: join(HERE, 'dist/baseline.js'),
    logLevel: 'error',
  });
  const esb = result.outputFiles[0].text;
  const { code } = terser ? await minify(esb, { compress: { passes: 3, sequences: false }, mangle: true, ecma: 2020 }) : { code: esb };
  const inputs = {};
  for (const [path, { bytesInOutput }] of Object.entries(Object.values(result.metafile.outputs)[0].inputs)) {
    inputs[relative(ROOT, join(process.cwd(), path)).replace(/\\/g, '/')] = bytesInOutput;
  }
  return { code: Buffer.from(code), esbuildBytes: Buffer.byteLength(esb), inputs };
}

/** The package an input file belongs to (`d3-scale`), or `baseline.js` for the page's own code. */
export const packageOf = (path) => path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? 'page code (baseline.js)';

if (import.meta.url === `file://${process.argv[1]}`) {
  const { code } = await buildBaseline();
  mkdirSync(join(HERE, 'dist'), { recursive: true });
  writeFileSync(join(HERE, 'dist/baseline.js'), code);
  console.log(`bench/baseline/dist/baseline.js: ${code.length} bytes`);
}
