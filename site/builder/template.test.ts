import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/format/validate.js';
import { SCHEMA_PATH, template } from './template.js';

describe('template: what "Download a template" gives', () => {
  const doc = template('https://example.org/peakline/index.html?ui=zh');

  it('is a valid document', () => {
    expect(validate(doc)).toMatchObject({ ok: true });
  });

  it("points $schema at the schema the builder's own site serves, not at the unpublished $id", () => {
    expect(doc.$schema).toBe('https://example.org/peakline/data/schema/peakline-policy.v1.schema.json');
    expect(Object.keys(doc)[0]).toBe('$schema');
    // The site serves data/ as it is in the repository (scripts/prepare-site.mjs).
    expect(existsSync(new URL(`../../${SCHEMA_PATH}`, import.meta.url))).toBe(true);
  });
});
