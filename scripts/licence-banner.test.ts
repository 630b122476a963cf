import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, withCompileHint } from './compile-hint.js';
import { licenceBanner, withLicenceBanner } from './licence-banner.js';

describe('licence banner', () => {
  it('names Peakline and the licences of the code the bundles copy, in ASCII, as a comment minifiers keep', () => {
    const banner = licenceBanner('1.2.3');
    expect(banner).toMatch(/^\/\*!.*\*\/$/);
    expect(banner).toMatch(/Peakline 1\.2\.3 \(MIT\)/);
    expect(banner).toMatch(/\| Lit \(c\) Google LLC, BSD-3-Clause \|/);
    expect(banner).toMatch(/\| d3-array \(c\) Mike Bostock, ISC \|/);
    expect(/^[\x20-\x7e]*$/.test(banner)).toBe(true);
    // A bundle without d3-array's code (the sector panel's) does not credit it.
    expect(licenceBanner('1.2.3', false)).toBe('/*! Peakline 1.2.3 (MIT) | Lit (c) Google LLC, BSD-3-Clause | texts: LICENSE */');
  });
  it('goes after the compile hint, which stays on the first line, and is written once', () => {
    const code = withLicenceBanner(withLicenceBanner(withCompileHint('x()'), '1.2.3'), '1.2.3');
    expect(code).toBe(`${COMPILE_HINT}\n${licenceBanner('1.2.3')}\nx()`);
    expect(withLicenceBanner('x()', '1.2.3')).toBe(`${licenceBanner('1.2.3')}\nx()`);
  });
});
