/**
 * A second minification pass for the standalone bundle: terser over oxc's output.
 *
 * Measured on dist/peakline.js (gzip -9): oxc alone 43,720 B; terser alone 43,760 B; oxc then
 * terser with three compress passes and no comma sequences 43,430 B (−290 B). Comma sequences
 * shorten the raw file but break up the repeated statement shapes gzip matches on, so they are
 * turned off. Only safe transforms: no `unsafe*`, no `pure_getters` (Lit's reactive properties
 * are getters and setters with side effects).
 */
import { minify } from 'terser';
import type { Plugin } from 'vite';

export function terserPass(): Plugin {
  return {
    name: 'peakline:terser-pass',
    apply: 'build',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const out = await minify(chunk.code, {
          ecma: 2020,
          compress: { passes: 3, sequences: false },
          format: { comments: false },
        });
        if (out.code) chunk.code = out.code;
      }
    },
  };
}
