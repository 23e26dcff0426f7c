/**
 * Jest for mutation runs (`npm run mutate`): the unit tests without coverage thresholds, type
 * checks or the browser tests. Stryker runs only the tests related to the mutated files.
 */
const fs = require('node:fs');
const path = require('node:path');
const base = require('./jest.config.cjs');

/**
 * Tests that pick their environment in a docblock (`@jest-environment jsdom`: the plugin's DOM
 * tests) report no per-test coverage to Stryker, which then stops its initial run. They are left
 * out; the core's own tests and the node-environment plugin and CLI tests still run.
 */
function docblockEnvTests(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return docblockEnvTests(p);
    return e.name.endsWith('.test.ts') && /@jest-environment\s/.test(fs.readFileSync(p, 'utf8').slice(0, 500)) ? [p] : [];
  });
}
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The tests scripts/mutate.mjs chose for the mutated files (relative paths), if it chose. */
const chosen = process.env.MUTATE_TESTS ? JSON.parse(process.env.MUTATE_TESTS) : null;

module.exports = {
  ...base,
  ...(chosen ? { testMatch: chosen.map((t) => `<rootDir>/${t}`) } : {}),
  testPathIgnorePatterns: [...base.testPathIgnorePatterns, '/tests/layers/', '/tests/bench/', ...docblockEnvTests(path.join(__dirname, 'tests')).map((p) => `/${escape(path.relative(__dirname, p))}$`)],
  transform: {
    ...base.transform,
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: true, diagnostics: false }],
  },
  collectCoverageFrom: undefined,
  coverageThreshold: undefined,
};
