/**
 * custom-elements.json, as the tests that hold it to the code and to the docs read it (test/unit/manifest-parts.test.ts,
 * test/unit/docs.test.ts). Written by `npm run analyze`, which the type-check runs before the unit tests (and Vitest's
 * global setup when it is missing).
 */
import { readFileSync } from 'node:fs';

export interface ManifestAttribute {
  name: string;
  fieldName?: string;
  type?: { text: string };
  description?: string;
}

export interface Declaration {
  name: string;
  tagName?: string;
  superclass?: { name: string; module?: string };
  attributes?: ManifestAttribute[];
  events?: { name: string; description?: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}

const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8')) as {
  modules: { path: string; declarations?: Declaration[] }[];
};

/** Every declaration, with the path of the module that has it (`dist/gauge/gauge.js`). */
export const declarations = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => ({ ...d, path: m.path })));
/** The declarations of custom elements (those with a tag name). */
export const elements = declarations.filter((d) => d.tagName);
