/** The kit's version, as package.json has it (test/package checks that they agree). A module of its own, with no DOM types, so `peakline/core.js` needs none. */
export const VERSION = '0.1.0';
