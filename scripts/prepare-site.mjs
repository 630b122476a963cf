// Copies what the site serves as plain files: the standalone bundles (for the snippets) and the
// datasets and schema (so "data by URL" snippets point at real files). Run after building dist/.
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { BUNDLES } from './bundles.mjs';

const out = 'site/public';
mkdirSync(`${out}/data`, { recursive: true });
const bundles = BUNDLES.map((b) => b.file);
const missing = bundles.filter((f) => !existsSync(`dist/${f}`));
if (missing.length) {
  console.error(`dist/${missing.join(', dist/')} missing: run \`npm run build:bundle\` first.`);
  process.exit(1);
}
for (const f of bundles) cpSync(`dist/${f}`, `${out}/${f}`);
cpSync('data', `${out}/data`, { recursive: true });
console.log(`site/public: ${bundles.join(', ')} and data/ ready`);
