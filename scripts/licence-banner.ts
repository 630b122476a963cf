/**
 * Vite plugin, the standalone bundles only (`--mode iife…`): a one-line licence comment on the bundle's second line,
 * after the compile hint (which V8 reads on the first), naming Peakline's licence and the third-party code inside.
 *
 * Why: `dist/peakline*.js` are self-contained copies of Lit (BSD-3-Clause, Google LLC) and d3-array (ISC, Mike
 * Bostock), minified with every comment dropped. Both licences ask that a copy carry their notice, and a bundle is
 * usually hosted alone (a CDN, a newsroom's static server, `site-dist/`), away from the package's LICENSE, which
 * holds the full texts. The comment is ASCII, as the bundles are (a page in another encoding runs them as classic
 * scripts), and `/*!` so that a host's own minifier keeps it.
 */
import type { Plugin } from 'vite';
import { COMPILE_HINT } from './compile-hint.js';

/** The comment, for a given Peakline version: d3-array named where the bundle has its code (the sector panel's has none). */
export const licenceBanner = (version: string, d3 = true): string =>
  `/*! Peakline ${version} (MIT) | Lit (c) Google LLC, BSD-3-Clause | ${d3 ? 'd3-array (c) Mike Bostock, ISC | ' : ''}texts: LICENSE */`;

/** `code` with the banner after the compile hint's line (or first, without one), once. */
export function withLicenceBanner(code: string, version: string, d3 = true): string {
  const banner = licenceBanner(version, d3);
  if (code.includes(banner)) return code;
  const hint = `${COMPILE_HINT}\n`;
  return code.startsWith(hint) ? `${hint}${banner}\n${code.slice(hint.length)}` : `${banner}\n${code}`;
}

export function licenceBannerPlugin(version: string): Plugin {
  return {
    name: 'peakline:licence-banner',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle))
        if (chunk.type === 'chunk') chunk.code = withLicenceBanner(chunk.code, version, Object.keys(chunk.modules).some((id) => /[\\/]d3-array[\\/]/.test(id)));
    },
  };
}
