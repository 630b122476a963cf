/** Where the site serves the JSON Schema (scripts/prepare-site.mjs copies data/ beside the pages). */
export const SCHEMA_PATH = 'data/schema/peakline-policy.v1.schema.json';

/**
 * The smallest useful valid document: what "Download a template" gives an editor to start from (`$schema` is set by
 * `template()`).
 */
export const TEMPLATE = {
  formatVersion: 1,
  policy: {
    id: 'my-policy',
    title: { en: 'My policy', zh: '我的政策' },
    jurisdiction: 'XX',
    published: '2024-01-01',
    documents: ['plan'],
  },
  sources: [{ id: 'plan', title: 'The plan document', url: 'https://example.org/plan' }],
  sectors: [{ id: 'industry', label: { en: 'Industry', zh: '工业' } }],
  indicators: [
    { id: 'energy-intensity', label: { en: 'Energy per unit of output', zh: '单位产出能耗' }, unit: { en: 'index, 2020 = 100', zh: '指数，2020年=100' }, better: 'lower', sector: 'industry' },
  ],
  targets: [
    { id: 'energy-intensity-2025', indicator: 'energy-intensity', baseline: { year: 2020, value: 100 }, goal: { kind: 'relative', change: -13.5, year: 2025 }, legalStatus: 'policy', source: 'plan' },
  ],
  observations: [
    { indicator: 'energy-intensity', year: 2020, value: 100, provenance: { status: 'illustrative', source: 'plan', derivation: 'Replace with your data' } },
    { indicator: 'energy-intensity', year: 2022, value: 95, provenance: { status: 'illustrative', source: 'plan', derivation: 'Replace with your data' } },
  ],
} as const;

/**
 * The template as downloaded from the builder at `page`: its `$schema` is the schema this site serves, so an editor
 * offers completion while the site is online. (The schema's `$id`, https://peakline.dev/…, has nothing published at it.)
 */
export const template = (page: string) => ({ $schema: new URL(SCHEMA_PATH, page).href, ...TEMPLATE });
