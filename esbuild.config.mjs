// Builds the Obsidian plugin (main.js, browser/mobile-safe) and the Node CLI (dist/cli.js).
// `node esbuild.config.mjs production` builds once, minified, and writes metafiles; without it,
// watches the plugin (unminified, with an inline source map).
import esbuild from 'esbuild';
import { mkdirSync, writeFileSync } from 'fs';

const prod = process.argv[2] === 'production';

const pluginOptions = {
  entryPoints: ['src/plugin/main.ts'],
  bundle: true,
  external: [
    'obsidian',
    'electron',
    '@codemirror/*',
    '@lezer/*',
  ],
  format: 'cjs',
  target: 'es2020',
  platform: 'browser',
  logLevel: 'info',
  sourcemap: prod ? false : 'inline',
  minify: prod,
  // The only "legal" comments bundled are ts-fsrs's `istanbul ignore -- @preserve` markers.
  legalComments: 'none',
  treeShaking: true,
  outfile: 'main.js',
  metafile: true,
};

const cliOptions = {
  entryPoints: ['src/cli/main.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  banner: { js: '#!/usr/bin/env node' },
  outfile: 'dist/cli.js',
  logLevel: 'info',
  metafile: true,
};

mkdirSync('dist', { recursive: true });
if (prod) {
  const plugin = await esbuild.build(pluginOptions);
  writeFileSync('dist/main.meta.json', JSON.stringify(plugin.metafile));
  const cli = await esbuild.build(cliOptions);
  writeFileSync('dist/cli.meta.json', JSON.stringify(cli.metafile));
} else {
  const ctx = await esbuild.context(pluginOptions);
  await ctx.watch();
}
