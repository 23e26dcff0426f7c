/** Jest: ts-jest for TypeScript; `obsidian` (types only on npm) maps to our mock. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/tests/e2e/'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }],
    // `stemmer` ships only as an ES module: compiled to CommonJS for jest like our own code.
    '/node_modules/stemmer/.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true }, diagnostics: false }],
  },
  transformIgnorePatterns: ['/node_modules/(?!stemmer/)'],
  moduleNameMapper: {
    '^obsidian$': '<rootDir>/tests/__mocks__/obsidian.ts',
  },
  // `npm test` runs with --coverage: the pure core must stay covered (it is at ~99% lines).
  collectCoverageFrom: ['src/core/**/*.ts'],
  coverageReporters: ['text-summary'],
  coverageThreshold: {
    'src/core/': { lines: 97, statements: 97, branches: 90, functions: 97 },
  },
};
