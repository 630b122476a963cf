// Copies what the site serves as plain files: the standalone bundle (for the snippets) and the
// datasets and schema (so "data by URL" snippets point at real files). Run after building dist/.
import { cpSync, existsSync, mkdirSync } from 'node:fs';

const out = 'site/public';
mkdirSync(`${out}/data`, { recursive: true });
if (!existsSync('dist/peakline.js')) {
  console.error('dist/peakline.js is missing: run `npm run build:bundle` first.');
  process.exit(1);
}
cpSync('dist/peakline.js', `${out}/peakline.js`);
cpSync('data', `${out}/data`, { recursive: true });
console.log('site/public: peakline.js and data/ ready');
