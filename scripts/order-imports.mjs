// Searches the import order of a bundle entry for the smallest gzip: module order is bundle order, and gzip finds
// repeats only within 32 KB, so where a module lands changes the size (by up to ~500 B here). A local search: try every
// move of one import line to another place, keep a move that shrinks the real build (Vite, gzip -9), repeat until none
// does. Writes the best order into the entry; check the result (the bundle tests) and commit it with the figure.
//   node scripts/order-imports.mjs src/bundle.ts iife dist/peakline.js            (≈ 15 min on 2 cores)
//   node scripts/order-imports.mjs src/bundle-sectors.ts iife-sectors dist/peakline-sectors.js
// The entry's side-effect-free imports are moved; the registry import (which defines the elements) stays last.
import { execFileSync, execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

if (process.argv[2] === '--build') {
  const { build } = await import('vite');
  await build({ mode: process.argv[3], logLevel: 'silent' });
  process.exit(0);
}

const [file, mode, outFile] = process.argv.slice(2);
if (!file || !mode || !outFile) throw new Error('usage: node scripts/order-imports.mjs <entry.ts> <vite mode> <dist file>');
const lines = readFileSync(file, 'utf8').split('\n');
const at = lines.map((l, i) => (/^import /.test(l) && !l.includes('registry.js') ? i : -1)).filter((i) => i >= 0);
const write = (imports) => {
  const out = [...lines];
  at.forEach((i, k) => (out[i] = imports[k]));
  writeFileSync(file, out.join('\n'));
};
const size = (imports) => {
  write(imports);
  // A fresh process per build: nothing cached from the previous order.
  execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--build', mode], { stdio: 'ignore' });
  return Number(execSync(`gzip -9c ${outFile} | wc -c`).toString());
};

let imports = at.map((i) => lines[i]);
let best = size(imports);
console.log('start', best);
for (let improved = true; improved; ) {
  improved = false;
  for (let a = 0; a < imports.length; a++)
    for (let b = 0; b < imports.length; b++) {
      if (a === b) continue;
      const t = [...imports];
      t.splice(b, 0, ...t.splice(a, 1));
      const s = size(t);
      if (s < best) [best, imports, improved] = [s, t, true];
    }
  console.log(best, imports.map((l) => /'(.+)'/.exec(l)[1]).join(' '));
}
write(imports);
console.log('final', best);
