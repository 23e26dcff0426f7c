#!/usr/bin/env node
// `npm run mutate -- src/core/scan/scanner.ts [more files or globs]`: Stryker on those files only,
// with the tests related to them (stryker.config.mjs). Without a file it mutates all of src/core.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
// Options pass through to Stryker with their values (`--concurrency 1` or `--concurrency=1`).
const args = process.argv.slice(2);
const files = [];
const extra = [];
for (let i = 0; i < args.length; i++) {
  if (!args[i].startsWith('-')) files.push(args[i]);
  else if (args[i].includes('=') || i + 1 >= args.length || args[i + 1].startsWith('-')) extra.push(args[i]);
  else extra.push(args[i], args[++i]);
}
const mutate = files.length > 0 ? files.join(',') : 'src/core/**/*.ts';
const bin = fileURLToPath(new URL('../node_modules/@stryker-mutator/core/bin/stryker.js', import.meta.url));
const run = spawnSync(process.execPath, [bin, 'run', '--mutate', mutate, ...extra], { stdio: 'inherit' });
process.exit(run.status ?? 1);
