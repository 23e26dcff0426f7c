/** Jest: ts-jest for TypeScript; `obsidian` (types only on npm) maps to our mock. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/tests/e2e/'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }],
  },
  moduleNameMapper: {
    '^obsidian$': '<rootDir>/tests/__mocks__/obsidian.ts',
  },
  collectCoverageFrom: ['src/core/**/*.ts'],
  coverageThreshold: {
    'src/core/': { lines: 85, branches: 75, functions: 85 },
  },
};
