#!/usr/bin/env node
// `npm run mutate -- src/core/scan/scanner.ts [more files or globs]`: Stryker on those files only,
// with the tests related to them (stryker.config.mjs). Without a file it mutates all of src/core.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
// A file is a path or glob under src (`src/core/x.ts`, `src/core/scan/*.ts`); everything else goes
// to Stryker as it is, so both `--concurrency=1` and `--concurrency 1` work.
const isFile = (a) => !a.startsWith('-') && (a.includes('/') || a.endsWith('.ts') || a.includes('*'));
const files = process.argv.slice(2).filter(isFile);
const extra = process.argv.slice(2).filter((a) => !isFile(a));
const mutate = files.length > 0 ? files.join(',') : 'src/core/**/*.ts';
const bin = fileURLToPath(new URL('../node_modules/@stryker-mutator/core/bin/stryker.js', import.meta.url));
const run = spawnSync(process.execPath, [bin, 'run', '--mutate', mutate, ...extra], { stdio: 'inherit' });
process.exit(run.status ?? 1);
