// Mutation testing of the core (`npm run mutate -- <files>`; see CONTRIBUTING.md). Not part of CI:
// one module takes minutes on two cores, the whole core far longer.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  // scripts/mutate.mjs names the relevant tests (MUTATE_TESTS, read by jest.mutate.config.cjs);
  // without that list, jest finds every test related to the mutated files.
  jest: { configFile: 'jest.mutate.config.cjs', enableFindRelatedTests: !process.env.MUTATE_TESTS },
  coverageAnalysis: 'perTest',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['/test-results', '/reports', '/coverage', '/dist', '/main.js'],
  concurrency: 2,
  timeoutMS: 20000,
};
