import tsparser from '@typescript-eslint/parser';
import obsidianmd from 'eslint-plugin-obsidianmd';
import globals from 'globals';
import { defineConfig, globalIgnores } from 'eslint/config';

export default defineConfig([
  globalIgnores([
    'node_modules/**',
    'main.js',
    'dist/**',
    'coverage/**',
    'test-results/**',
    'examples/**',
    '*.mjs',
    '*.cjs',
    'scripts/**',
    'bench/**/*.mjs',
  ]),
  ...obsidianmd.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parser: tsparser,
      parserOptions: {
        project: './tsconfig.json',
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    // The CLI, the benchmark and the tests run on Node only, never inside Obsidian:
    // Node built-ins are their whole point there. The plugin and the core keep the rule.
    files: ['src/cli/**/*.ts', 'tests/**/*.ts', 'bench/**/*.ts'],
    languageOptions: {
      globals: { ...globals.node, ...globals.jest },
    },
    rules: {
      'obsidianmd/no-nodejs-modules': 'off',
    },
  },
]);
