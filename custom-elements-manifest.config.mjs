// Generates custom-elements.json from the elements' JSDoc (@summary, @fires, @csspart, @cssproperty).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.browser.test.ts', 'src/ssr/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      // The manifest is the elements' public API (IDEs, Storybook's controls and docs tables): private and protected
      // members (view, controller, keepsReserve, renderFigure…) are implementation, not something to set or call.
      name: 'peakline-public-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules ?? [])
          for (const decl of mod.declarations ?? [])
            if (decl.members) decl.members = decl.members.filter((m) => !m.privacy || m.privacy === 'public');
      },
    },
  ],
};
