/* global module -- a CommonJS jest config */
/** Jest for the browser tests only (`npm run test:e2e`); the main config ignores tests/e2e/. */
module.exports = {
  rootDir: '../..',
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/e2e'],
  testMatch: ['**/tests/e2e/**/*.e2e.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }],
  },
  // Each file drives its own Chromium; two at a time keeps the run fast without starving the pages.
  maxWorkers: 2,
  testTimeout: 60000,
  verbose: true,
  reporters: ['default', '<rootDir>/tests/e2e/support/summary-reporter.cjs'],
};
