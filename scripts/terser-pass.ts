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
          compress: { passes: 3, sequences: false, unsafe_arrows: true, keep_fargs: false },
          format: { comments: false },
        });
        if (out.code) chunk.code = out.code;
      }
    },
  };
}
