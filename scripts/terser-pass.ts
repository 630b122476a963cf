/**
 * A second minification pass for the standalone bundle: terser over oxc's output.
 *
 * Measured on dist/peakline.js (gzip -9): oxc alone 43,720 B; terser alone 43,760 B; oxc then
 * terser with three compress passes and no comma sequences 43,430 B (−290 B). Comma sequences
 * shorten the raw file but break up the repeated statement shapes gzip matches on, so they are
 * turned off. Only safe transforms: no `unsafe*`, no `pure_getters` (Lit's reactive properties
 * are getters and setters with side effects).
 *
 * Two of terser's options that need a look at the code, measured on the four bundles (gzip -9):
 * `unsafe_arrows` writes `function (…) {…}` expressions that use neither `this` nor `arguments` as
 * arrows (−31 B on dist/peakline.js). It is unsafe only for a function that is called with `new` or
 * whose `prototype` is read; in these bundles every such expression is an inlined IIFE, the `target`
 * check the validator passes to `listOf`, or a plain helper called by name: none is constructed.
 * `keep_fargs: false` drops trailing parameters a function never reads (−15 B), which changes that
 * function's `length`: nothing here reads a function's `length` (d3's `bisector`, which does, is
 * not in the bundles), and the public `validate` and `assess` keep theirs (1 and 2).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { minify } from 'terser';
import type { Plugin } from 'vite';
import { addWords, treeWords } from './ast.js';

const root = new URL('../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
/** The TypeScript sources under src/, tests left out. */
const sources = (dir = 'src/'): string[] =>
  readdirSync(new URL(dir, root), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(`${dir}${e.name}/`) : /(?<!\.test)\.ts$/.test(e.name) ? [`${dir}${e.name}`] : [],
  );

/**
 * Property names the bundles may shorten (measured −578 B gzip on dist/peakline.js): our classes' `private` and
 * `protected` members (not `override`s of Lit's) and the keys of the message tables and of the widgets' view models,
 * less every word of the data format, the validator's and assess's result types (what `window.Peakline` hands out) and
 * the schema (the names and strings of their code, the schema's keys and values; not their comments nor the schema's
 * descriptions, whose words name no field: −13 B gzip), and less every name that appears in a string of the bundle
 * (`changed.has('crash')`, `m.status[s]` with `s` a status name). Terser leaves DOM and built-in names alone by itself
 * (`hide`, `select`, `width`). Two copies of the kit on a page (two one-widget bundles) share only custom elements'
 * public members, the data provider's `subscribe` and `window` globals, none of them on this list.
 * What this cannot see: a key put together at run time (`m[`legend${kind}`]`) or an object of these shapes handed to
 * code outside the bundle. Write such a key whole in a string, or keep the shape out of these interfaces; the npm
 * modules are not affected, so a break shows only in the bundles' tests (test/e2e, test/browser).
 */
function internalMembers(parse: (code: string) => unknown): string[] {
  const member = /^\s*(?:private|protected)\b((?:\s+(?:static|readonly|override|get|set|async))*)\s+([A-Za-z_$][\w$]*)/gm;
  // A class member not marked private or protected, at the start of a line inside a class (two-space indent), is public.
  const publicMember = /^ {2}(?:static\s+|readonly\s+|override\s+|async\s+|get\s+|set\s+)*([A-Za-z_$][\w$]*)\??\s*[(:=<;]/gm;
  const names = new Set<string>();
  const kept = new Set<string>();
  for (const f of sources()) {
    const text = read(f);
    for (const [, mods, name] of text.matchAll(member)) if (!mods!.includes('override')) names.add(name!);
    // The keys of the message tables (`interface …Messages { … }`) and of the widgets' own view models (interfaces in
    // src/gauge, src/trajectory and src/sectors, but an event's …Detail): never handed out. Each member starts a line or
    // follows a `;`.
    for (const [, type, body] of text.matchAll(/^(?:export )?interface (\w+)(?: extends [^{]+)? \{\n([^]*?)^\}/gm))
      if (/Messages$/.test(type!) || (/^src\/(gauge|trajectory|sectors)\//.test(f) && !/Detail$/.test(type!)))
        for (const [, name] of body!.matchAll(/(?:^|;)\s*(?:readonly\s+)?([A-Za-z_$][\w$]*)\??:/gm)) names.add(name!);
    // A member public in one class keeps its name everywhere, though another class has it protected (<peakline-data>'s
    // `dataState` getter, the widgets' protected one).
    for (const cls of text.matchAll(/^(?:export )?(?:abstract )?class \w+[^{]*\{\n([^]*?)^\}/gm))
      for (const [, name] of cls[1]!.matchAll(publicMember)) kept.add(name!);
  }
  // The words of their code, not of their comments (a word a comment uses, "in words", is no field).
  for (const f of ['src/format/types.ts', ...sources('src/progress/')]) treeWords(parse(read(f)), kept, true);
  // The schema's keys and values, but not its prose (the text of a `description` or `title`).
  JSON.stringify(JSON.parse(read('data/schema/peakline-policy.v1.schema.json')), (key: string, value: unknown) => {
    const prose = typeof value === 'string' && (key === 'description' || key === 'title');
    for (const text of prose ? [key] : [key, value]) if (typeof text === 'string') addWords(text, kept);
    return value;
  });
  return [...names].filter((name) => !kept.has(name));
}

export function terserPass(): Plugin {
  return {
    name: 'peakline:terser-pass',
    apply: 'build',
    async generateBundle(_options, bundle) {
      const members = internalMembers((code) => this.parse(code, { lang: 'ts' }));
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const inStrings = new Set<string>();
        treeWords(this.parse(chunk.code), inStrings);
        const shortened = members.filter((name) => !inStrings.has(name));
        const out = await minify(chunk.code, {
          ecma: 2020,
          compress: { passes: 3, sequences: false, unsafe_arrows: true, keep_fargs: false },
          mangle: { properties: { regex: new RegExp(`^(?:${shortened.join('|')})$`) } },
          format: { comments: false, ascii_only: true },
        });
        if (out.code) chunk.code = out.code;
      }
    },
  };
}
