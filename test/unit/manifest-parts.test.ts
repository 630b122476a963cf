/**
 * custom-elements.json (from the elements' JSDoc) is what Storybook's docs, editors' completion and the README's readers
 * rely on, so it must say what the code does:
 * - every CSS part a widget's template writes (`part="…"` in src/) is documented with `@csspart`, and nothing documented
 *   is gone from the templates;
 * - every documented custom property (`@cssproperty`) is read by a stylesheet, one documented on a single widget by that
 *   widget's own, and every `--peakline-*` a stylesheet reads is documented;
 * - every documented event (`@fires`) is dispatched by the element's class or a class it extends, and every event they
 *   dispatch is documented;
 * - every documented attribute is a reactive property of the element, with that attribute name.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ELEMENTS } from '../../src/elements.js';
import { STATUSES } from '../../src/progress/status.js';
import { lightTokens, tokensCss } from '../../src/theme/tokens.js';
import { declarations, elements, type Declaration } from '../helpers/manifest.js';

const SRC = new URL('../../src/', import.meta.url).pathname;
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /(?<!\.test)(?<!\.stories)\.ts$/.test(e.name) ? [join(dir, e.name)] : [],
  );
const files = new Map(sources(SRC).map((f) => [f.slice(SRC.length), readFileSync(f, 'utf8')]));

const byName = new Map(declarations.map((d) => [d.name, d]));
/** The manifest's `dist/gauge/gauge.js` as its source, `gauge/gauge.ts` (relative to src/). */
const sourceOf = (path: string) => path.replace(/^dist\/(.*)\.js$/, '$1.ts');
/** An element's class and the classes it extends, by the source files that declare them. */
const chain = (d: Declaration & { path: string }): string[] => {
  const parent = d.superclass && byName.get(d.superclass.name);
  return [sourceOf(d.path), ...(parent ? chain(parent) : [])];
};

describe('CSS parts (custom-elements.json, from the elements\' JSDoc)', () => {
  it('are documented exactly as the templates use them', () => {
    const used = new Set<string>();
    for (const text of files.values()) for (const m of text.matchAll(/\bpart="([^"$]+)"/g)) for (const p of m[1]!.split(/\s+/)) used.add(p);
    const documented = new Set(declarations.flatMap((d) => (d.cssParts ?? []).map((p) => p.name)));
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((p) => !documented.has(p)).sort(), 'used, not documented').toEqual([]);
    expect([...documented].filter((p) => !used.has(p)).sort(), 'documented, not used').toEqual([]);
  });
});

describe('custom properties (custom-elements.json, from the elements\' JSDoc)', () => {
  // The colour tokens' declarations are generated (`--_pl-bg: var(--peakline-color-bg, #fff)`): add them as written.
  const css = new Map([...files, ['(tokens)', tokensCss(lightTokens)]]);
  /** Private properties each `--peakline-*` or `--_pl-*` property is copied into (`--_pl-large: var(--peakline-font-size-large, …)`). */
  const copiedInto = (name: string) =>
    [...css.values()].flatMap((text) => [...text.matchAll(new RegExp(`(--_pl-[\\w-]+):\\s*var\\(${name}[,)]`, 'g'))].map((m) => m[1]!));
  /** Whether `text` reads the property other than to copy it into another: `var(--x)` as a value of something else. */
  const readsIn = (text: string, name: string) =>
    [...text.matchAll(new RegExp(`(--_pl-[\\w-]+:\\s*)?var\\(${name}[,)]`, 'g'))].some((m) => !m[1]) ||
    // The status colours are read by name put together at run time: `var(--_pl-status-${status})`.
    (/^--_pl-status-/.test(name) && STATUSES.some((s) => name === `--_pl-status-${s}`) && text.includes('var(--_pl-status-${'));
  /** The source files that read the property, through any private properties it is copied into. */
  const readers = (name: string, seen = new Set<string>()): string[] => {
    if (seen.has(name)) return [];
    seen.add(name);
    return [...new Set([...[...css].filter(([, text]) => readsIn(text, name)).map(([f]) => f), ...copiedInto(name).flatMap((p) => readers(p, seen))])];
  };

  it('each is read by a stylesheet; one documented on a single widget by that widget\'s own', () => {
    const base = new Set((byName.get('PeaklineElement')?.cssProperties ?? []).map((p) => p.name));
    expect(base.size).toBeGreaterThan(20);
    const unread: string[] = [];
    for (const el of elements)
      for (const { name } of el.cssProperties ?? []) {
        const where = readers(name);
        // Read by the element's own folder (src/gauge/…) when it is the element's alone.
        const folder = sourceOf(el.path).replace(/\/[^/]+$/, '/');
        if (!where.length || (!base.has(name) && !where.some((f) => f.startsWith(folder)))) unread.push(`${el.tagName}: ${name}`);
      }
    expect(unread, 'documented, not read').toEqual([]);
  });

  it('each --peakline-* property a stylesheet reads is documented', () => {
    const documented = new Set(declarations.flatMap((d) => (d.cssProperties ?? []).map((p) => p.name)));
    const read = new Set([...css.values()].flatMap((text) => [...text.matchAll(/var\((--peakline-[a-z0-9-]+)[,)]/g)].map((m) => m[1]!)));
    expect(read.size).toBeGreaterThan(20);
    expect([...read].filter((p) => !documented.has(p)).sort(), 'read, not documented').toEqual([]);
  });
});

describe('events (custom-elements.json, from the elements\' @fires)', () => {
  /**
   * The names of the events a source file dispatches. A name put together from a variable (`peakline-${now}`) is each
   * name the variable's declaration can give (`const now = … ? 'error' : 'ready'`).
   */
  const dispatched = (file: string): string[] => {
    const text = files.get(file) ?? '';
    return [...text.matchAll(/new CustomEvent(?:<[^>]*>)?\(\s*(['`])([^'`]+)\1/g)].flatMap(({ 2: name, index }) => {
      const variable = /\$\{(\w+)\}/.exec(name!)?.[1];
      if (!variable) return [name!];
      // The declaration nearest before the dispatch.
      const declared = [...text.slice(0, index).matchAll(new RegExp(`(?:const|let) ${variable}\\b[^=]*=([^;]+);`, 'g'))].pop()?.[1] ?? '';
      const values = [...declared.matchAll(/'([\w-]+)'/g)].map((m) => name!.replace(`\${${variable}}`, m[1]!));
      expect(values.length, `${file}: the values of ${variable} in ${name}`).toBeGreaterThan(0);
      return values;
    });
  };

  it.each(elements.map((d) => [d.tagName!, d] as const))('%s dispatches every event it documents, and documents every one it dispatches', (_, el) => {
    const documented = (el.events ?? []).map((e) => e.name);
    const fired = chain(el).flatMap(dispatched);
    expect(documented.length).toBeGreaterThan(0);
    // The analyzer also lists an event it finds dispatched in the code; without an @fires it has no description.
    expect((el.events ?? []).filter((e) => !e.description?.trim()).map((e) => e.name), 'no @fires description').toEqual([]);
    expect(documented.filter((name) => !fired.includes(name)), 'documented, never dispatched').toEqual([]);
    expect(fired.filter((name) => !documented.includes(name)), 'dispatched, not documented').toEqual([]);
  });
});

describe('attributes (custom-elements.json)', () => {
  it.each(elements.map((d) => [d.tagName!, d] as const))('%s: each documented attribute is a reactive property by that name', (tag, el) => {
    const ctor = ELEMENTS[tag as keyof typeof ELEMENTS];
    expect(ctor, tag).toBeDefined();
    // The attributes the element observes (reading them finalizes the class, which fills `elementProperties`).
    const observed = ctor.observedAttributes;
    const reactive = new Map(
      [...ctor.elementProperties]
        .filter(([, o]) => o.attribute !== false && !o.state)
        .map(([key, o]) => [typeof o.attribute === 'string' ? o.attribute : String(key).toLowerCase(), String(key)]),
    );
    expect([...reactive.keys()].sort()).toEqual([...observed].sort());
    expect((el.attributes ?? []).filter((a) => !a.fieldName || reactive.get(a.name) !== a.fieldName).map((a) => a.name), 'documented, no such reactive attribute').toEqual([]);
    // The manifest leaves out private ones (a sector panel's `target`, watched only to say it has none).
    const documented = new Set((el.attributes ?? []).map((a) => a.name));
    const source = chain(el).map((f) => files.get(f) ?? '').join('\n');
    const undocumented = [...reactive].filter(([name, key]) => !documented.has(name) && !new RegExp(`private (?:readonly )?${key}\\b`).test(source));
    expect(undocumented.map(([name]) => name), 'reactive, public, not documented').toEqual([]);
  });
});
