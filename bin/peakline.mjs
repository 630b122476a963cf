#!/usr/bin/env node
// `npx peakline render …`: static snapshots of Peakline widgets (src/ssr/cli.ts; `peakline --help`).
// Runs dist/ssr/cli.js, compiled by `npm run build:ssr` and shipped in the npm package. In a
// source checkout (src/ present) it is rebuilt first when missing or older than src/.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const compiled = join(root, 'dist', 'ssr', 'cli.js');
const builder = join(root, 'src', 'ssr', 'build.mjs');

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const io = {
  readText: (path) => (path === '-' ? readStdin() : readFile(path, 'utf8')),
  writeText: async (path, text) => {
    await mkdir(dirname(path), { recursive: true });
    // An .svgz image is gzip-compressed SVG: plain text under that name is a broken image.
    await writeFile(path, /\.svgz$/i.test(path) ? gzipSync(text) : text, 'utf8');
  },
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

async function main() {
  if (existsSync(builder)) {
    const { buildCli, isStale } = await import(pathToFileURL(builder).href);
    if (isStale()) await buildCli();
  } else if (!existsSync(compiled)) {
    process.stderr.write('peakline: dist/ssr/cli.js is missing from this installation.\n');
    return 2;
  }
  const { run } = await import(pathToFileURL(compiled).href);
  return run(process.argv.slice(2), io);
}

main().then(
  // exitCode (not exit()) lets a large document piped to another program drain first.
  (code) => (process.exitCode = code),
  (err) => {
    process.stderr.write(`peakline: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
