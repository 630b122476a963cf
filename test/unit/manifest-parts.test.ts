/**
 * Every CSS part a widget's template writes (`part="…"` in src/) is documented with `@csspart`, so it is in
 * custom-elements.json, Storybook's docs and editors' completion; and nothing documented is gone from the templates.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../src/', import.meta.url).pathname;
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /(?<!\.test)\.ts$/.test(e.name) ? [join(dir, e.name)] : [],
  );

describe('CSS parts (custom-elements.json, from the elements\' JSDoc)', () => {
  it('are documented exactly as the templates use them', () => {
    const used = new Set<string>();
    for (const file of sources(SRC))
      for (const m of readFileSync(file, 'utf8').matchAll(/\bpart="([^"$]+)"/g)) for (const p of m[1]!.split(/\s+/)) used.add(p);
    // Written by `npm run analyze`, which the type-check runs before these tests.
    const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8')) as {
      modules: { declarations?: { cssParts?: { name: string }[] }[] }[];
    };
    const documented = new Set(manifest.modules.flatMap((m) => (m.declarations ?? []).flatMap((d) => (d.cssParts ?? []).map((p) => p.name))));
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((p) => !documented.has(p)).sort(), 'used, not documented').toEqual([]);
    expect([...documented].filter((p) => !used.has(p)).sort(), 'documented, not used').toEqual([]);
  });
});
