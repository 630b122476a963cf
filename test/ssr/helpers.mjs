// Shared helpers for the static-renderer tests (node --test).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const bin = join(root, 'bin', 'peakline.mjs');
export const china = join(root, 'data', 'cn-industry-carbon-peaking-2022.json');
export const TARGET = 'industrial-energy-intensity-2025';
export const tmp = mkdtempSync(join(tmpdir(), 'peakline-ssr-'));

/** Builds dist/ssr/cli.js if needed and returns its `run`. */
export async function loadCli() {
  const { buildCli, isStale } = await import(pathToFileURL(join(root, 'src', 'ssr', 'build.mjs')).href);
  if (isStale()) await buildCli();
  return (await import(pathToFileURL(join(root, 'dist', 'ssr', 'cli.js')).href)).run;
}

/** Runs the CLI in-process with an in-memory console; resolves to { code, stdout, stderr }. */
export async function runCli(args) {
  const run = await loadCli();
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    readText: async (path) => readFileSync(path, 'utf8'),
    writeText: async (path, text) => {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    },
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

/** Runs the real `bin/peakline.mjs` in a child process. */
export function runBin(args) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A copy of the China dataset, changed by `edit`, written to a temporary file. */
export function chinaVariant(name, edit) {
  const doc = JSON.parse(readFileSync(china, 'utf8'));
  edit(doc);
  const file = join(tmp, name);
  writeFileSync(file, JSON.stringify(doc));
  return file;
}

/**
 * A small well-formedness check for XML (enough for our SVG): every `&` starts an entity,
 * no `<` in text or attribute values, attributes quoted and unique, tags balanced, one root.
 * Returns a list of problems (empty when well formed).
 */
export function xmlProblems(xml) {
  const problems = [];
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack = [];
  let roots = 0;
  const token = /<!--[\s\S]*?-->|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|<|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g;
  let m;
  while ((m = token.exec(body))) {
    const [all, close, name, attrs, selfClose] = m;
    if (all.startsWith('<!--')) continue;
    if (all === '<') {
      problems.push(`unescaped < or malformed tag at ${m.index}: ${body.slice(m.index, m.index + 40)}`);
      continue;
    }
    if (all.startsWith('&')) {
      problems.push(`unescaped & at ${m.index}: ${body.slice(m.index, m.index + 20)}`);
      continue;
    }
    if (close) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open}>`);
      continue;
    }
    const names = [...attrs.matchAll(/\s+([^\s=/>]+)\s*=/g)].map((a) => a[1]);
    if (new Set(names).size !== names.length) problems.push(`duplicate attribute in <${name}>`);
    for (const v of attrs.matchAll(/=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      const value = v[1] ?? v[2];
      if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(value)) problems.push(`unescaped & in an attribute of <${name}>`);
    }
    if (stack.length === 0) roots++;
    if (!selfClose) stack.push(name);
  }
  if (stack.length) problems.push(`unclosed: ${stack.join(' > ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}
