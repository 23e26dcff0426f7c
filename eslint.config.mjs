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
    'reports/**',
    '.stryker-tmp/**',
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
  // The layers (see CONTRIBUTING.md): core imports nothing outside itself; plugin and cli import
  // core, never each other. Core may name Obsidian's types (`import type`) but never load it.
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'obsidian', allowTypeImports: true, message: 'src/core is pure: no Obsidian runtime.' }],
        patterns: [
          { group: ['**/plugin', '**/plugin/**', '**/cli', '**/cli/**'], message: 'src/core may not import the plugin or the CLI.' },
          { group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'buffer', 'url', 'util', 'stream', 'events'], message: 'src/core runs on mobile too: no Node built-ins.' },
        ],
      }],
    },
  },
  {
    files: ['src/plugin/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/cli', '**/cli/**'], message: 'The plugin imports core, never the CLI.' }],
      }],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'obsidian', message: 'The CLI runs without Obsidian.' }],
        patterns: [{ group: ['**/plugin', '**/plugin/**'], message: 'The CLI imports core, never the plugin.' }],
      }],
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
  {
    // tests/__mocks__ is the stand-in for Obsidian itself (it implements createEl, timers, styles,
    // vault deletion): the rules that steer plugin code towards those APIs cannot apply to it.
    files: ['tests/__mocks__/**/*.ts'],
    rules: {
      'obsidianmd/prefer-create-el': 'off',
      'obsidianmd/prefer-window-timers': 'off',
      'obsidianmd/no-global-this': 'off',
      'obsidianmd/no-static-styles-assignment': 'off',
      'obsidianmd/prefer-file-manager-trash-file': 'off',
    },
  },
]);
