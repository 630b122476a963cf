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
import { addWords, forEachNode, treeWords, type Node } from './ast.js';

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
 * less every word of the data format and the schema (the names and strings of its code, the schema's keys and values;
 * not its comments nor the schema's descriptions, whose words name no field: −13 B gzip), the fields of the types
 * `validate` and `assess` return (what `window.Peakline` hands out; found by following the types, so the message keys
 * that src/progress reads are shortened, −72 B gzip), and every name that appears in a string of the bundle
 * (`changed.has('crash')`, `m.status[s]` with `s` a status name). Terser leaves DOM and built-in names alone by itself
 * (`hide`, `select`, `width`). Two copies of the kit on a page (two one-widget bundles) share only custom elements'
 * public members, the data provider's `subscribe` and what it hands out, and `window` globals, none of them on this
 * list (`publicFields`).
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
  // The data format: the words of its code, not of its comments (a word a comment uses, "in words", is no field).
  treeWords(parse(read('src/format/types.ts')), kept, true);
  // The fields of what `validate` and `assess` return and of the types they name, followed through every interface and
  // type alias of src/: only these, so a message key src/progress reads (`peakSteady`) is shortened, and one that is
  // also a result's field (`baselineFromObservation`) is not. With them, the shapes two copies on a page share: the
  // other copy's <peakline-data> (`DataProvider`), the cache of loads (`Entry`) and the registry, found by their casts.
  publicFields(sources().map((f) => parse(read(f))), kept);
  // The schema's keys and values, but not its prose (the text of a `description` or `title`).
  JSON.stringify(JSON.parse(read('data/schema/peakline-policy.v1.schema.json')), (key: string, value: unknown) => {
    const prose = typeof value === 'string' && (key === 'description' || key === 'title');
    for (const text of prose ? [key] : [key, value]) if (typeof text === 'string') addWords(text, kept);
    return value;
  });
  return [...names].filter((name) => !kept.has(name));
}

/** Adds to `into` the member names of the types `validate` and `assess` return and of the shapes copies share (above). */
function publicFields(trees: unknown[], into: Set<string>): void {
  const declared = new Map<string, Node[]>();
  const roots: Node[] = [];
  for (const tree of trees)
    forEachNode(tree, (n) => {
      const name = (n.id as Node | undefined)?.name as string;
      if (n.type === 'TSInterfaceDeclaration' || n.type === 'TSTypeAliasDeclaration') declared.set(name, [...(declared.get(name) ?? []), n]);
      if (n.type === 'FunctionDeclaration' && (name === 'validate' || name === 'assess')) roots.push(n.returnType as Node);
    });
  const seen = new Set<string>();
  const follow = (name: unknown) => {
    if (typeof name !== 'string' || seen.has(name)) return;
    seen.add(name);
    for (const d of declared.get(name) ?? []) walk(d);
  };
  const walk = (tree: unknown) =>
    forEachNode(tree, (n) => {
      const key = n.key as Node | undefined;
      if ((n.type === 'TSPropertySignature' || n.type === 'TSMethodSignature') && key) into.add(String(key.name ?? key.value));
      if (n.type === 'TSTypeReference') follow((n.typeName as Node).name);
      if (n.type === 'TSInterfaceHeritage') follow((n.expression as Node).name);
    });
  // Found by name: should either function lose its declared return type, nothing of its result would be kept.
  if (roots.filter((r) => r).length !== 2) throw new Error('terser-pass: no declared return type for validate or assess');
  roots.forEach(walk);
  // What another copy of the kit may have made reaches this one only through a cast: of a global
  // (`globalThis as … Registry`, the loads cache `as Map<string, Entry>`) or to an element's interface
  // (`provider as DataProvider`, an interface that extends HTMLElement). Found here, not listed by name, so a new
  // shared shape keeps its fields without anyone remembering this pass.
  const element = (name: unknown) =>
    (declared.get(name as string) ?? []).some((d) => ((d.extends as Node[] | undefined) ?? []).some((h) => (h.expression as Node).name === 'HTMLElement'));
  const shared = (cast: Node) => {
    let crosses = false;
    forEachNode(cast.expression, (n) => (crosses ||= n.type === 'Identifier' && n.name === 'globalThis'));
    forEachNode(cast.typeAnnotation, (n) => (crosses ||= n.type === 'TSTypeReference' && element((n.typeName as Node).name)));
    return crosses;
  };
  for (const tree of trees) forEachNode(tree, (n) => n.type === 'TSAsExpression' && shared(n) && walk(n.typeAnnotation));
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
