/** The package version; `test/node/package.test.mjs` keeps it equal to package.json's. */
export const VERSION = '0.1.0';
