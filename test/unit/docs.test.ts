/**
 * What README.md and ARCHITECTURE.md state that the code can check: the files and links they point to exist, the
 * commands are package.json scripts, the attributes, their values and the events are the elements' (custom-elements.json,
 * from the JSDoc, and the types the attributes take), the CLI's options are `peakline render`'s, and the bundle sizes
 * are the latest `npm run bench` figures (bench/RESULTS.md); Storybook's theming page names the widgets' CSS parts as
 * they have them, and it and the README name only documented custom properties. Prose is not checked; names and
 * figures are.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { USAGE } from '../../src/ssr/options.js';
import { declarations, elements } from '../helpers/manifest.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const DOCS = ['README.md', 'ARCHITECTURE.md', 'METHODS.md', 'CONTRIBUTING.md', 'bench/SIZE.md'];
const readme = read('README.md');

/** Every file in the repository (not node_modules, nor build output), relative to its root. */
const tracked = (dir = ''): string[] =>
  readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = dir ? `${dir}/${e.name}` : e.name;
    if (/^(node_modules|dist|site-dist|storybook-static|\.git)$/.test(e.name)) return [];
    return e.isDirectory() ? [`${path}/`, ...tracked(path)] : [path];
  });
const files = tracked();

/** `src/trajectory/{scales,paths}.ts` as `src/trajectory/scales.ts` and `src/trajectory/paths.ts`. */
const expand = (path: string): string[] => {
  const m = /\{([^}]+)\}/.exec(path);
  return m ? m[1]!.split(',').flatMap((alt) => expand(path.replace(m[0], alt))) : [path];
};
/** Whether a path (a file, a folder ending in `/`, or a glob ending in `/*`) names something in the repository. */
const exists = (path: string) => (path.endsWith('/*') ? files.includes(path.slice(0, -1)) : files.includes(path) || files.includes(`${path}/`));

describe.each(DOCS)('%s', (doc) => {
  const text = read(doc);
  const dir = doc.includes('/') ? doc.slice(0, doc.lastIndexOf('/') + 1) : '';

  it('its relative links lead to files in the repository', () => {
    const links = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((l) => !/^([a-z]+:|#)/.test(l));
    const broken = links.filter((l) => !existsSync(join(ROOT, dir, l.replace(/#.*/, ''))));
    expect(broken).toEqual([]);
  });

  it('the files and folders it names exist', () => {
    const missing: string[] = [];
    let named = 0;
    for (const line of text.split('\n')) {
      // A bare file name (`validate.ts`) is in the folder of the last path before it on its line, else anywhere.
      let folder: string | null = null;
      for (const [, token] of line.matchAll(/`([^`\s]+)`/g)) {
        const path = token!.replace(/[.,;:]$/, '');
        if (/^(src|test|scripts|data|bench|bin|site|stories|\.ci|\.storybook)\//.test(path) && !path.includes('<')) {
          named++;
          for (const p of expand(path)) if (!exists(p)) missing.push(p);
          folder = path.replace(/[^/]*$/, '');
        } else if (/^\w[\w.-]*\.(ts|mjs|json|md|html|css)$/.test(path) && !/^(peakline[\w.-]*\.js|package\.json)$/.test(path)) {
          named++;
          const found = folder !== null ? exists(`${folder}${path}`) || files.some((f) => f.endsWith(`/${path}`) || f === path) : files.some((f) => f.endsWith(`/${path}`) || f === path);
          if (!found) missing.push(folder ? `${folder}${path}` : path);
        }
      }
    }
    expect(named).toBeGreaterThan(5);
    expect(missing).toEqual([]);
  });

  it('its npm commands are package.json scripts', () => {
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    // In code: `npm run bench`, or a line of a shell block (`npm install && npm start`).
    const code = [...text.matchAll(/`([^`\n]+)`|```sh\n([^]*?)```/g)].map((m) => m[1] ?? m[2]!).join('\n');
    const commands = [...code.matchAll(/\bnpm (?:run )?([\w:-]+)/g)].map((m) => m[1]!).filter((c) => !/^(install|ci|pack)$/.test(c));
    // METHODS.md runs nothing.
    expect(commands.length).toBeGreaterThan(doc === 'README.md' ? 5 : doc === 'METHODS.md' ? -1 : 0);
    expect(commands.filter((c) => !(c in scripts))).toEqual([]);
  });
});

// ---- The elements' API in the README -------------------------------------------------------------

const attributes = new Map(elements.flatMap((d) => (d.attributes ?? []).map((a) => [a.name, a] as const)));

/** The README's paragraph on the elements' attributes: from "Common attributes" to "Events". */
const attributeText = /Common attributes:[^]*?(?=\nEvents:)/.exec(readme)?.[0] ?? '';
/** The attributes it names: `name` followed by its values or a remark in brackets, or written out, `name="…"`. */
const named = new Set(
  [...attributeText.matchAll(/`([a-z][a-z-]*)`(?=\s*\(|,|\.)|`([a-z][a-z-]*)="[^"`]*"`/g)].map((m) => m[1] ?? m[2]!).filter((n) => !n.startsWith('peakline-')),
);
/** The values it lists for an attribute: `` `theme` (`light` | `dark` | `auto`) ``. */
const listed = new Map(
  [...attributeText.matchAll(/`([a-z][a-z-]*)`\s*\((`[\w-]+`(?:\s*\|\s*`[\w-]+`)+)\)/g)].map((m) => [m[1]!, [...m[2]!.matchAll(/`([\w-]+)`/g)].map((v) => v[1]!).sort()]),
);

/** The string literals of a union type exported from src/ (`export type Theme = 'light' | 'dark' | 'auto'`). */
const unionType = (name: string): string[] | null => {
  for (const f of files.filter((p) => /^src\/.*(?<!\.test)\.ts$/.test(p))) {
    const m = new RegExp(`export type ${name} = ('[\\w-]+'(?: \\| '[\\w-]+')+);`).exec(read(f));
    if (m) return [...m[1]!.matchAll(/'([\w-]+)'/g)].map((v) => v[1]!).sort();
  }
  return null;
};

describe('README: the elements\' attributes and events', () => {
  it('finds the attributes paragraph', () => {
    expect(named.size).toBeGreaterThan(10);
    expect(listed.size).toBeGreaterThanOrEqual(5);
  });

  it('names only attributes the elements have (or the global `lang`)', () => {
    expect([...named].filter((a) => a !== 'lang' && !attributes.has(a)).sort()).toEqual([]);
  });

  it('names every attribute of every element', () => {
    expect([...attributes.keys()].filter((a) => !named.has(a)).sort()).toEqual([]);
  });

  it('lists each attribute\'s values as its type and its JSDoc do', () => {
    for (const [name, values] of listed) {
      const a = attributes.get(name)!;
      const type = a.type!.text.replace(/\s*\|\s*null$/, '');
      expect(unionType(type), `${name}: ${type}`).toEqual(values);
      // The JSDoc names each value in backticks (`light` (default), `dark`, or `auto`…).
      for (const v of values) expect(a.description, name).toContain(`\`${v}\``);
    }
  });

  it('names the events the elements fire, and no other', () => {
    const fired = new Set(elements.flatMap((d) => (d.events ?? []).map((e) => e.name)));
    const eventText = /\nEvents:[^]*?\n\n/.exec(readme)?.[0] ?? '';
    const said = new Set([...eventText.matchAll(/`(peakline-[a-z-]+)`/g)].map((m) => m[1]!));
    expect([...said].sort()).toEqual([...fired].sort());
  });

  it('uses only attributes an element has in its examples', () => {
    const bad: string[] = [];
    for (const [, tag, attrs] of readme.matchAll(/<(peakline-[a-z]+)\s([^>]*)>/g)) {
      const own = new Set(elements.find((d) => d.tagName === tag)?.attributes?.map((a) => a.name) ?? []);
      // A quoted value is an attribute; a framework's binding is a property or a listener (JSX's and Svelte's
      // `data={doc}`, `onpeakline-ready={…}`; Vue's `:data="doc"`, `@peakline-select="…"`).
      for (const [, name] of attrs!.matchAll(/(?<![:@\w-])([a-z-]+)="/g)) if (name !== 'lang' && !own.has(name!)) bad.push(`<${tag} ${name}>`);
    }
    expect(bad).toEqual([]);
  });
});

describe('README: the static renderer', () => {
  it('names the options `peakline render` has (its --help), and every one of them', () => {
    const section = /## Static snapshots[^]*?\n## /.exec(readme)?.[0] ?? '';
    const inReadme = new Set([...section.matchAll(/--([a-z][a-z-]*)/g)].map((m) => m[1]!));
    const inUsage = new Set([...USAGE.matchAll(/--([a-z][a-z-]*)/g)].map((m) => m[1]!).filter((f) => !/^(help|version)$/.test(f)));
    expect(inUsage.size).toBeGreaterThan(10);
    expect([...inReadme].sort()).toEqual([...inUsage].sort());
  });
});

describe('README: bundle sizes', () => {
  // The bench's table of bundles: | peakline.js | minified | gzip -9 | …
  const results = read('bench/RESULTS.md');
  const gzip = new Map([...results.matchAll(/^\| (peakline[\w-]*\.js) \| \d+ \| (\d+) \|/gm)].map((m) => [m[1]!, Number(m[2])]));

  it('are the latest `npm run bench` figures (bench/RESULTS.md), to the precision written', () => {
    const rows = [...readme.matchAll(/^\| `dist\/(peakline[\w-]*\.js)` \|[^|]*\| ([\d.]+) KB \|$/gm)];
    expect(rows.length).toBe(4);
    expect(gzip.size).toBe(4);
    // 48.7 KB is 49,884 B to one decimal; 34.997 KB (just under 35 KB) to three.
    const shown = (bytes: number, written: string) => (bytes / 1024).toFixed(written.split('.')[1]?.length ?? 0);
    for (const [, file, kb] of rows) expect(`${file}: ${kb} KB`).toBe(`${file}: ${shown(gzip.get(file!)!, kb!)} KB`);
    const all = /`dist\/peakline\.js` has every widget \(([\d.]+) KB gzip\)/.exec(readme)?.[1];
    expect(all).toBe(shown(gzip.get('peakline.js')!, all!));
  });
});

describe('the theming docs (stories/docs/Theming.mdx) and README: parts and custom properties', () => {
  const theming = read('stories/docs/Theming.mdx');
  const widgets = elements.filter((d) => d.cssParts?.length);

  it('name every CSS part the widgets have, and no other; those "every widget has" are every widget\'s', () => {
    const text = /Style the pieces with `::part\(\)`([^]*?)Each widget's docs page lists them/.exec(theming)?.[1] ?? '';
    const said = new Set([...text.matchAll(/`([a-z][a-z-]*)`/g)].map((m) => m[1]!));
    const parts = new Set(widgets.flatMap((d) => d.cssParts!.map((p) => p.name)));
    expect(parts.size).toBeGreaterThan(20);
    expect([...said].sort()).toEqual([...parts].sort());
    const every = [.../Every widget has ([^.]*)\./.exec(text)![1]!.matchAll(/`([a-z][a-z-]*)`/g)].map((m) => m[1]!);
    for (const d of widgets) expect(every.filter((p) => !d.cssParts!.some((x) => x.name === p)), d.tagName).toEqual([]);
    // "The gauge also has …; the trajectory …; the sector panel …."
    const own = /The gauge also has ([^;]*);\s*the trajectory ([^;]*);\s*the sector panel ([^.]*)\./.exec(text);
    expect(own).not.toBeNull();
    ['peakline-gauge', 'peakline-trajectory', 'peakline-sectors'].forEach((tag, i) => {
      const has = new Set(widgets.find((d) => d.tagName === tag)!.cssParts!.map((p) => p.name));
      expect([...own![i + 1]!.matchAll(/`([a-z][a-z-]*)`/g)].map((m) => m[1]!).filter((p) => !has.has(p)), tag).toEqual([]);
    });
  });

  it('name only documented custom properties', () => {
    const documented = new Set(declarations.flatMap((d) => (d.cssProperties ?? []).map((p) => p.name)));
    const said = [theming, readme].flatMap((t) => [...t.matchAll(/(--peakline-[a-z0-9-]*[a-z0-9])/g)].map((m) => m[1]!));
    expect(said.length).toBeGreaterThan(5);
    expect([...new Set(said)].filter((p) => !documented.has(p))).toEqual([]);
  });
});
