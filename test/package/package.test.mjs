/**
 * The npm package as a consumer gets it: `npm pack`, the tarball unpacked into a scratch project's
 * node_modules (inside the repo, so its dependencies — lit, d3-array, @lit-labs/ssr — resolve from
 * the repo's node_modules, as an install would provide them, with no network), then:
 * - what the tarball holds (the ES modules with their .d.ts, the bundle, the manifest, the schema, the CLI; no tests or sources);
 * - the `exports` map: every subpath resolves to a file that is there, and nothing else is exported;
 * - `peakline` is side-effect free (importing it defines no element) and `peakline/define.js` defines them all;
 * - the ES modules are unbundled: they import only each other and the declared dependencies;
 * - a TypeScript consumer type-checks against the published types (moduleResolution bundler and node16);
 * - the installed `peakline render` CLI writes a snapshot.
 * Run by `npm run test:package`, after `npm run build` (the lib, types, bundle, CLI and manifest).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const CHINA = join(root, 'data/cn-industry-carbon-peaking-2022.json');

let work; // scratch folder under the repo
let installed; // <work>/consumer/node_modules/peakline
let files; // paths in the tarball

/** Runs `code` as an ES module in the consumer project and returns what it printed as JSON. */
function inConsumer(code) {
  const file = join(work, 'consumer', `probe-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, code);
  return JSON.parse(execFileSync(process.execPath, [file], { cwd: join(work, 'consumer'), encoding: 'utf8' }));
}

before(() => {
  assert.ok(existsSync(join(root, 'dist/index.js')) && existsSync(join(root, 'custom-elements.json')), 'run npm run build first (npm run test:package does)');
  work = mkdtempSync(join(root, 'tmp-package-'));
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  files = packed.files.map((f) => f.path);
  installed = join(work, 'consumer/node_modules/peakline');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(work, packed.filename), '-C', installed, '--strip-components=1']);
  writeFileSync(join(work, 'consumer/package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
});

after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('npm package', () => {
  it('the tarball holds the modules with their types, the bundle, the manifest, the schema and the CLI; no tests or sources', () => {
    for (const f of ['package.json', 'README.md', 'ARCHITECTURE.md', 'METHODS.md', 'CHANGELOG.md', 'custom-elements.json', 'bin/peakline.mjs', 'dist/peakline.js', 'dist/peakline-gauge.js', 'dist/peakline-trajectory.js', 'dist/peakline-sectors.js', 'dist/index.js', 'dist/index.d.ts', 'dist/define.js', 'dist/define.d.ts', 'dist/ssr/cli.js', 'data/schema/peakline-policy.v1.schema.json'])
      assert.ok(files.includes(f), `${f} is in the tarball`);
    // Every module has its declaration beside it.
    const modules = files.filter((f) => /^dist\/(?!ssr\/|peakline(-\w+)?\.js$).*\.js$/.test(f));
    assert.ok(modules.length > 30, `${modules.length} modules`);
    for (const m of modules) assert.ok(files.includes(m.replace(/\.js$/, '.d.ts')), `${m} has its .d.ts`);
    // …and no declaration without its module (the bundles' entries, a test fixture).
    for (const d of files.filter((f) => f.endsWith('.d.ts') && !f.endsWith('format/types.d.ts'))) assert.ok(files.includes(d.replace(/\.d\.ts$/, '.js')), `${d} has its module (format/types.d.ts alone is types only)`);
    assert.ok(files.includes('LICENSE'), 'the licence text is in the tarball');
    // The built-in datasets, which README's CLI example renders from the installed package, and nothing else of data/.
    assert.deepEqual(files.filter((f) => f.startsWith('data/')).sort(), ['data/cn-industry-carbon-peaking-2022.json', 'data/eu-climate-law-2021.json', 'data/illustrative-demo.json', 'data/schema/peakline-policy.v1.schema.json']);
    // The bundles copy Lit (BSD-3-Clause) and d3-array (ISC), whose notices must travel with them: their texts in
    // LICENSE, and a comment naming them in each bundle, which is often hosted alone.
    const licence = readFileSync(join(installed, 'LICENSE'), 'utf8');
    for (const notice of ['Copyright (c) 2017 Google LLC', 'BSD 3-Clause License', 'Copyright 2010-2023 Mike Bostock']) assert.ok(licence.includes(notice), `LICENSE has "${notice}"`);
    for (const f of files.filter((f) => /^dist\/peakline(-\w+)?\.js$/.test(f))) {
      const [, second] = readFileSync(join(installed, f), 'utf8').split('\n', 2);
      assert.match(second, /^\/\*! Peakline \S+ \(MIT\) \| Lit \(c\) Google LLC, BSD-3-Clause \| /, `${f} names the code it copies`);
      // d3-array where its code is in the bundle (its scales: not the sector panel's), and only there.
      assert.equal(second.includes('d3-array (c) Mike Bostock, ISC'), f !== 'dist/peakline-sectors.js', `${f}: d3-array credited where it is bundled`);
    }
    assert.deepEqual(files.filter((f) => /\.test\.|^src\/|^test\/|^stories\/|^site\/|^scratch\//.test(f)), []);
  });

  it('every export resolves to a file that is there, and package.json names the manifest', () => {
    const resolved = inConsumer(`
      const subpaths = ['peakline', 'peakline/define.js', 'peakline/core.js', 'peakline/peakline.js', 'peakline/peakline-gauge.js', 'peakline/peakline-trajectory.js', 'peakline/peakline-sectors.js', 'peakline/schema.json', 'peakline/data/cn-industry-carbon-peaking-2022.json', 'peakline/custom-elements.json', 'peakline/package.json'];
      const out = {};
      for (const s of subpaths) { try { out[s] = import.meta.resolve(s); } catch (e) { out[s] = 'FAILED ' + e.message; } }
      try { import.meta.resolve('peakline/dist/gauge/gauge.js'); out.private = 'resolved'; } catch { out.private = 'not exported'; }
      console.log(JSON.stringify(out));`);
    for (const [subpath, url] of Object.entries(resolved)) {
      if (subpath === 'private') continue;
      assert.ok(url.startsWith('file:') && existsSync(fileURLToPath(url)), `${subpath} → ${url}`);
      assert.ok(fileURLToPath(url).startsWith(installed), `${subpath} resolves inside the installed package`);
    }
    assert.equal(resolved.private, 'not exported', 'internal modules are not importable by path');
    assert.ok(existsSync(join(installed, pkg.customElements)), `"customElements": ${pkg.customElements}`);
    const manifest = JSON.parse(readFileSync(join(installed, pkg.customElements), 'utf8'));
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName).filter(Boolean).sort();
    assert.deepEqual(tags, ['peakline-data', 'peakline-gauge', 'peakline-sectors', 'peakline-trajectory']);
    // Tools map a declaration to the module a consumer imports: every path is in the package (src/ is not), the modules'
    // and every one a declaration points to (a superclass's was /src/base/target-element.js).
    for (const m of manifest.modules) assert.ok(existsSync(join(installed, m.path)), `manifest module ${m.path} is in the package`);
    const pointed = [...JSON.stringify(manifest).matchAll(/"module":"([^"]+)"/g)].map((x) => x[1]);
    assert.ok(pointed.length > 10, `${pointed.length} module references`);
    for (const path of new Set(pointed)) assert.ok(existsSync(join(installed, path)), `a declaration points to ${path}, which is in the package`);
    // The tags are defined where importing registers them, define.js, each pointing to its element's class; no fixture
    // or bundle entry is documented.
    const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((x) => x.kind === 'custom-element-definition').map((x) => [m.path, x.name]));
    assert.deepEqual(definitions.map(([, name]) => name).sort(), tags);
    assert.ok(definitions.every(([path]) => path === 'dist/define.js'), JSON.stringify(definitions));
    assert.ok(!manifest.modules.some((m) => /test-doc|bundle/.test(m.path)));
    // Only the public attributes (not the sector panel's private state), and named, typed events.
    const sectors = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'peakline-sectors');
    assert.deepEqual(sectors.attributes.map((a) => a.name), ['sectors', 'indicator', 'targets', 'layout', 'sort', 'selected', 'rows', 'reserve', 'src', 'theme', 'method', 'as-of', 'heading-level']);
    assert.deepEqual(sectors.events.map((e) => [e.name, e.type.text]), [['peakline-select', 'CustomEvent<PeaklineSelectDetail>'], ['peakline-ready', 'CustomEvent<null>'], ['peakline-error', 'CustomEvent<PeaklineErrorDetail>']]);
  });

  it('the standalone bundles imported in Node (a server render of a page that imports one) get define.js, not a browser script', () => {
    const out = inConsumer(`
      const got = {};
      for (const s of ['peakline/peakline.js', 'peakline/peakline-gauge.js']) {
        try { await import(s); got[s] = import.meta.resolve(s).split('/').pop(); } catch (e) { got[s] = 'THREW ' + e.message; }
      }
      console.log(JSON.stringify(got));`);
    assert.deepEqual(out, { 'peakline/peakline.js': 'define.js', 'peakline/peakline-gauge.js': 'define.js' });
  });

  it('importing peakline defines no element; peakline/define.js defines them all; the API works', () => {
    const out = inConsumer(`
      const api = await import('peakline');
      const tags = ['peakline-gauge', 'peakline-trajectory', 'peakline-sectors', 'peakline-data'];
      const before = tags.filter((t) => globalThis.customElements?.get(t));
      const doc = JSON.parse(await (await import('node:fs/promises')).readFile(${JSON.stringify(CHINA)}, 'utf8'));
      const v = api.validate(doc);
      const a = api.assess(v.data, 'industrial-energy-intensity-2025');
      await import('peakline/define.js');
      const afterDefine = tags.filter((t) => globalThis.customElements?.get(t));
      console.log(JSON.stringify({ before, afterDefine, ok: v.ok, status: a?.status, exports: Object.keys(api).sort() }));`);
    assert.deepEqual(out.before, [], 'side-effect free');
    assert.deepEqual(out.afterDefine, ['peakline-gauge', 'peakline-trajectory', 'peakline-sectors', 'peakline-data']);
    assert.equal(out.ok, true);
    assert.equal(out.status, 'on-track');
    for (const name of ['validate', 'assess', 'PeaklineGauge', 'PeaklineTrajectory', 'PeaklineSectors', 'PeaklineData'])
      assert.ok(out.exports.includes(name), `exports ${name}`);
  });

  it("README's code example runs as written, in the installed package", () => {
    const example = /## In code \(browser or Node\)\n\n```js\n([^]*?)```/.exec(readFileSync(join(root, 'README.md'), 'utf8'))?.[1];
    assert.ok(example, "README's example");
    // Its imports first (ES modules hoist them anyway), then `json`, which it leaves to the reader, then its lines.
    const imports = example.split('\n').filter((l) => l.startsWith('import '));
    const rest = example.split('\n').filter((l) => !l.startsWith('import '));
    const out = inConsumer(`${imports.join('\n')}
const json = JSON.parse((await import('node:fs')).readFileSync(${JSON.stringify(CHINA)}, 'utf8'));
${rest.join('\n')}
console.log(JSON.stringify(result.ok));`);
    assert.equal(out, true);
  });

  it('peakline/core.js: validate, lint and assess in Node without Lit, the DOM or any global', () => {
    const out = inConsumer(`
      const before = new Set(Object.getOwnPropertyNames(globalThis));
      const core = await import('peakline/core.js');
      const doc = JSON.parse(await (await import('node:fs/promises')).readFile(${JSON.stringify(CHINA)}, 'utf8'));
      const a = core.assess(core.validate(doc).data, 'industrial-energy-intensity-2025', { lang: 'zh' });
      const off = { ...doc, targets: doc.targets.map((t, i) => (i ? t : { ...t, source: undefined })) };
      const warnings = [core.lint(core.validate(doc).data), core.lint(core.validate(off).data)];
      console.log(JSON.stringify({ added: Object.getOwnPropertyNames(globalThis).filter((k) => !before.has(k)), status: a.status, warnings, exports: Object.keys(core).sort() }));`);
    // The main entry loads Lit, which sets customElements, litServerRoot and its version globals in Node.
    assert.deepEqual(out.added, []);
    assert.equal(out.status, 'on-track');
    assert.ok(out.exports.includes('validate') && out.exports.includes('assess') && !out.exports.includes('PeaklineGauge'));
    // The data warnings: none for the China dataset; its first target without its source, one there.
    assert.deepEqual(out.warnings[0], []);
    assert.deepEqual(out.warnings[1].map((w) => w.path), ['targets[0].source']);
    // And no module it loads imports Lit.
    const seen = new Set();
    const walk = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(file, 'utf8');
      assert.doesNotMatch(code, /from ['"](lit|@lit)/, `${relative(installed, file)} imports Lit`);
      for (const [, spec] of code.matchAll(/from ['"](\.{1,2}\/[^'"]+)['"]/g)) walk(join(file, '..', spec));
    };
    walk(join(installed, 'dist/core.js'));
    assert.ok(seen.size > 5, `${seen.size} modules`);
  });

  it('require() works too (Node ≥ 20.19 loads ES modules so), and VERSION is the package\'s version', () => {
    const file = join(work, 'consumer', 'probe.cjs');
    writeFileSync(
      file,
      `const core = require('peakline/core.js');
const doc = JSON.parse(require('node:fs').readFileSync(${JSON.stringify(CHINA)}, 'utf8'));
console.log(JSON.stringify({ version: core.VERSION, status: core.assess(core.validate(doc).data, 'industrial-energy-intensity-2025').status }));`,
    );
    const out = JSON.parse(execFileSync(process.execPath, [file], { cwd: join(work, 'consumer'), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    assert.deepEqual(out, { version: pkg.version, status: 'on-track' });
  });

  it('the ES modules are unbundled: they import only each other and the declared dependencies', () => {
    const deps = Object.keys(pkg.dependencies);
    const bare = new Set();
    const walk = (dir) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.js') && !/^peakline(-\w+)?\.js$/.test(e.name)) {
          const src = readFileSync(p, 'utf8');
          for (const [, spec] of src.matchAll(/(?:^|[\s;])(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]/gm)) if (spec && !spec.startsWith('.')) bare.add(spec);
          // Lit's own source is not copied in: its template marker only appears in lit-html.
          assert.ok(!src.includes('lit$'), `${relative(installed, p)} bundles lit`);
        }
      }
    };
    walk(join(installed, 'dist'));
    assert.ok(bare.size > 0);
    for (const spec of bare) assert.ok(deps.some((d) => spec === d || spec.startsWith(`${d}/`)) || /^node:/.test(spec), `${spec} is a declared dependency`);
  });

  it('a TypeScript consumer type-checks against the published types (moduleResolution bundler and node16)', () => {
    const dir = join(work, 'consumer');
    writeFileSync(
      join(dir, 'use.ts'),
      `import { validate, assess, PeaklineGauge, type PolicyDocument, type Assessment } from 'peakline';
import 'peakline/define.js';
const result = validate({});
const doc: PolicyDocument | undefined = result.ok ? result.data : undefined;
const a: Assessment | null | undefined = doc && assess(doc, 'x');
const gauge: PeaklineGauge = document.createElement('peakline-gauge');
gauge.target = 'industrial-energy-intensity-2025';
gauge.addEventListener('peakline-error', (e) => e.detail.problems.map((p) => p.path));
// @ts-expect-error: the target is a string
gauge.target = 42;
export { a };
`,
    );
    // A page that imports only the side-effect entry still gets the elements' types (define.d.ts was `export {}`).
    writeFileSync(
      join(dir, 'use-define.ts'),
      `import 'peakline/define.js';
const gauge = document.createElement('peakline-gauge');
gauge.target = 'industrial-energy-intensity-2025';
gauge.addEventListener('peakline-error', (e) => e.detail.problems.map((p) => p.message));
document.createElement('peakline-sectors').addEventListener('peakline-select', (e) => e.detail.targetId.toUpperCase());
`,
    );
    // The events are typed on the document and the window too, where a page listens for every widget's.
    writeFileSync(
      join(dir, 'use-events.ts'),
      `import 'peakline/define.js';
document.addEventListener('peakline-error', (e) => e.detail.problems.map((p) => [p.path, p.status]));
window.addEventListener('peakline-select', (e) => e.detail.targetId.toUpperCase());
`,
    );
    // A page that loads a bundle as a module gets the tags' types too; the options' types are exported by name.
    writeFileSync(
      join(dir, 'use-bundle.ts'),
      `import 'peakline/peakline-gauge.js';
import type { Lang, Theme, GaugeVariant, SectorsLayout, SortOrder, DataState } from 'peakline';
const g = document.createElement('peakline-gauge');
g.target = 'industrial-energy-intensity-2025';
const options: [Lang, Theme, GaugeVariant, SectorsLayout, SortOrder] = ['zh', 'auto', 'bar', 'dots', 'name'];
export const state: DataState['status'] = 'ready';
export { options };
`,
    );
    // peakline/core.js in Node: its types need no DOM (its VERSION came from a module that named CustomElementConstructor).
    writeFileSync(join(dir, 'use-core.ts'), `import { validate, assess, VERSION } from 'peakline/core.js';\nconst r = validate({});\nexport const out = [VERSION, r.ok && assess(r.data, 'x')];\n`);
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    const check = (compilerOptions, files, what) => {
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files }));
      try {
        execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: dir, encoding: 'utf8' });
      } catch (err) {
        assert.fail(`tsc (${what}) failed:\n${err.stdout}${err.stderr}`);
      }
    };
    for (const [module, resolution] of [['esnext', 'bundler'], ['node16', 'node16']])
      check({ noEmit: true, strict: true, skipLibCheck: true, target: 'es2022', lib: ['es2022', 'dom'], module, moduleResolution: resolution, types: [] }, ['use.ts', 'use-define.ts', 'use-events.ts', 'use-bundle.ts'], resolution);
    check({ noEmit: true, strict: true, skipLibCheck: false, target: 'es2022', lib: ['es2022'], module: 'node16', moduleResolution: 'node16', types: [] }, ['use-core.ts'], 'core.js without the DOM library');
  });

  it("the installed CLI renders README's example from the dataset in the package", () => {
    const consumer = join(work, 'consumer');
    const data = 'node_modules/peakline/data/cn-industry-carbon-peaking-2022.json';
    execFileSync(process.execPath, [join(installed, 'bin/peakline.mjs'), 'render', '--data', data, '--widget', 'gauge', '--target', 'industrial-energy-intensity-2025', '--lang', 'zh', '--theme', 'dark', '--out', 'gauge.html'], { cwd: consumer, stdio: 'ignore' });
    assert.match(readFileSync(join(consumer, 'gauge.html'), 'utf8'), /<html lang="zh-CN">[\s\S]*<peakline-gauge/);
    const imported = inConsumer(`const { default: doc } = await import('peakline/data/cn-industry-carbon-peaking-2022.json', { with: { type: 'json' } }); console.log(JSON.stringify(doc.formatVersion));`);
    assert.equal(imported, 1);
  });

  it("README's JSX declarations for React type-check against the published types", () => {
    const dir = join(work, 'consumer');
    // The snippet as README shows it, in a project that has React's types (a stub of the three names it uses: the
    // package has no React dependency to check against).
    const snippet = /declare them\nonce in a `\.d\.ts` of your app:\n\n```ts\n([^]*?)```/.exec(readFileSync(join(root, 'README.md'), 'utf8'))?.[1];
    assert.ok(snippet, "README's React snippet");
    mkdirSync(join(dir, 'node_modules/@types/react'), { recursive: true });
    writeFileSync(join(dir, 'node_modules/@types/react/package.json'), JSON.stringify({ name: '@types/react', version: '19.0.0', types: 'index.d.ts' }));
    writeFileSync(join(dir, 'node_modules/@types/react/index.d.ts'), 'export interface HTMLAttributes<T> { id?: string; lang?: string; onError?: (e: Event) => void }\nexport interface RefAttributes<T> { ref?: { current: T | null } }\nexport namespace JSX { interface IntrinsicElements {} }\n');
    writeFileSync(join(dir, 'peakline-jsx.d.ts'), snippet);
    writeFileSync(
      join(dir, 'use-jsx.ts'),
      `import type { JSX } from 'react';
type E = JSX.IntrinsicElements;
export const gauge: E['peakline-gauge'] = { target: 'x', variant: 'bar', asOf: 2024, headingLevel: '2', data: {}, 'onpeakline-ready': (e) => e.detail, 'onpeakline-error': (e) => e.detail.problems };
export const sectors: E['peakline-sectors'] = { layout: 'dots', rows: 3, 'onpeakline-select': (e) => e.detail.targetId.toUpperCase() };
export const provider: E['peakline-data'] = { src: '/x.json' };
export const trajectory: E['peakline-trajectory'] = { target: 'x', method: 'rate' };
// @ts-expect-error: not a variant
export const bad: E['peakline-gauge'] = { variant: 'donut' };
`,
    );
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { noEmit: true, strict: true, skipLibCheck: false, target: 'es2022', lib: ['es2022', 'dom'], module: 'esnext', moduleResolution: 'bundler', types: [] }, files: ['peakline-jsx.d.ts', 'use-jsx.ts'] }));
    try {
      execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: dir, encoding: 'utf8' });
    } catch (err) {
      assert.fail(`tsc failed on README's JSX declarations:\n${err.stdout}${err.stderr}`);
    } finally {
      rmSync(join(dir, 'node_modules/@types'), { recursive: true, force: true });
    }
  });

  it('the installed CLI writes a static snapshot', () => {
    const html = execFileSync(process.execPath, [join(installed, 'bin/peakline.mjs'), 'render', '--data', CHINA, '--widget', 'gauge', '--target', 'industrial-energy-intensity-2025'], { cwd: join(work, 'consumer'), encoding: 'utf8' });
    assert.match(html, /<peakline-gauge[^>]*><template [^>]*shadowrootmode="open">[\s\S]*<\/template><div class="peakline-fallback">[\s\S]*<\/div><\/peakline-gauge>/);
    assert.match(html, /−6\.8%/);
  });
});
