// Generates custom-elements.json from the elements' JSDoc (@summary, @fires, @csspart, @cssproperty).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.browser.test.ts', 'src/ssr/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
