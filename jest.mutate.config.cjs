/**
 * Jest for mutation runs (`npm run mutate`): the unit tests without coverage thresholds, type
 * checks or the browser tests. Stryker runs only the tests related to the mutated files.
 */
const base = require('./jest.config.cjs');

module.exports = {
  ...base,
  testPathIgnorePatterns: [...base.testPathIgnorePatterns, '/tests/layers/', '/tests/bench/'],
  transform: {
    ...base.transform,
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: true, diagnostics: false }],
  },
  collectCoverageFrom: undefined,
  coverageThreshold: undefined,
};
