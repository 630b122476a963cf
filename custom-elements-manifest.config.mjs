// Generates custom-elements.json from the elements' JSDoc (@summary, @fires, @csspart, @cssproperty).
/** Event detail types, as the package's .d.ts declares and exports them, for tools that read the manifest. */
const EVENT_TYPES = {
  'peakline-ready': 'CustomEvent<null>',
  'peakline-error': 'CustomEvent<PeaklineErrorDetail>',
  'peakline-select': 'CustomEvent<PeaklineSelectDetail>',
};
/**
 * A source path as the package ships it: `src/gauge/gauge.ts` (or `/src/base/target-element.js`, as the analyzer writes a
 * superclass's module) is `dist/gauge/gauge.js` (the lib build keeps the tree).
 */
const shipped = (path) => path.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/$1.js');

export default {
  globs: ['src/**/*.ts'],
  // Tests, the server renderer, fixtures and the bundles' entries (scripts, not modules to import) are not the API.
  exclude: ['src/**/*.test.ts', 'src/**/*.browser.test.ts', 'src/**/*.stories.ts', 'src/ssr/**', 'src/sectors/test-doc.ts', 'src/bundle*.ts', 'src/missing-widgets.ts', 'src/theme/colour-vision.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      // The manifest is the elements' public API (IDEs, Storybook's controls and docs tables): private and protected
      // members (view, controller, keepsReserve, renderFigure…) are implementation, not something to set or call, and
      // neither are the attributes of private state (a sector panel's announcement and focus, the `target` attribute
      // it observes only to say it has none).
      name: 'peakline-public-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules ?? []) {
          for (const decl of mod.declarations ?? []) {
            const hidden = new Set((decl.members ?? []).filter((m) => m.privacy && m.privacy !== 'public').map((m) => m.name));
            if (decl.members) decl.members = decl.members.filter((m) => !hidden.has(m.name));
            if (decl.attributes) decl.attributes = decl.attributes.filter((a) => !hidden.has(a.fieldName));
            // `dispatchEvent(new CustomEvent(`peakline-${state}`))` is found as a nameless event: the @fires tags name both.
            if (decl.events) decl.events = decl.events.filter((e) => e.name).map((e) => ({ ...e, type: { text: EVENT_TYPES[e.name] ?? 'CustomEvent' } }));
          }
          // registry.ts defines whatever tag it is given (`tag -> ctor`): not a definition as the analyzer reads it.
          mod.exports = (mod.exports ?? []).filter((x) => x.kind !== 'custom-element-definition');
        }
        // The module that registers the tags is define.ts (`import 'peakline/define.js'`): the definitions are its, each
        // pointing to its element's class where that is declared. An element's own module registers nothing.
        const definitions = customElementsManifest.modules.flatMap((mod) =>
          (mod.declarations ?? []).filter((d) => d.tagName).map((d) => ({ kind: 'custom-element-definition', name: d.tagName, declaration: { name: d.name, module: mod.path } })),
        );
        // A module of types only (format/types.ts) has no JavaScript to point to, nor anything the manifest describes.
        customElementsManifest.modules = customElementsManifest.modules.filter((m) => m.declarations?.length);
        customElementsManifest.modules.push({ kind: 'javascript-module', path: 'src/define.ts', declarations: [], exports: definitions });
        // Paths into the package as shipped: src/ is not in it.
        const walk = (node) => {
          if (Array.isArray(node)) node.forEach(walk);
          else if (node && typeof node === 'object')
            for (const [k, v] of Object.entries(node)) {
              if ((k === 'path' || k === 'module') && typeof v === 'string') node[k] = shipped(v);
              else walk(v);
            }
        };
        walk(customElementsManifest.modules);
      },
    },
  ],
};
