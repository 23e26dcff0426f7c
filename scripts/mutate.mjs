#!/usr/bin/env node
// `npm run mutate -- src/core/scan/scanner.ts [more files or globs]`: Stryker on those files only
// (stryker.config.mjs), each mutant run against the tests relevant to the mutated files:
//   - the tests of the mirrored folder (src/core/scan/x.ts → tests/core/scan/), and
//   - every other test file that imports a mutated file directly, except tests/reliability/: its
//     fuzzing suites (thousands of generated notes per test, for crashes and linear time) would
//     run against every mutant and make one module take an hour.
// `--related` runs jest's findRelatedTests instead (every test that reaches the file through any
// import chain: for the scanner, most of the suite, and hours on two cores). Without a file it
// mutates all of src/core with related tests. Other options pass through to Stryker with their
// values (`--concurrency 1` or `--concurrency=1`); `--list-tests` prints the chosen tests and stops.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const files = [];
const extra = [];
let related = false;
let listOnly = false;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--related') related = true;
  else if (args[i] === '--list-tests') listOnly = true;
  else if (!args[i].startsWith('-')) files.push(args[i]);
  else if (args[i].includes('=') || i + 1 >= args.length || args[i + 1].startsWith('-')) extra.push(args[i]);
  else extra.push(args[i], args[++i]);
}

function testFiles(dir) {
  let out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out = out.concat(testFiles(p));
    else if (e.name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

/** The tests relevant to `src/...` files: their mirrored folder's tests and their direct importers. */
function relevantTests(srcFiles) {
  const all = testFiles(join(root, 'tests')).filter((p) => !p.includes(join('tests', 'e2e')) && !p.includes(join('tests', 'reliability')));
  const chosen = new Set();
  for (const file of srcFiles) {
    const rel = relative(root, join(root, file)).replace(/\\/g, '/');
    const mirror = join(root, dirname(rel).replace(/^src\//, 'tests/'));
    const module = rel.replace(/^src\//, '').replace(/\.ts$/, '');
    const importer = new RegExp(`from ['"][./]*(?:src/)?${module.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"]`);
    for (const t of all) {
      if (t.startsWith(mirror + '/') || importer.test(readFileSync(t, 'utf8'))) chosen.add(relative(root, t));
    }
  }
  return [...chosen].sort();
}

const explicit = files.filter((f) => !/[*?{]/.test(f) && statSync(join(root, f), { throwIfNoEntry: false })?.isFile());
const env = { ...process.env };
if (!related && files.length > 0 && explicit.length === files.length) {
  const tests = relevantTests(files);
  console.log(`Mutation tests (${tests.length}):\n  ${tests.join('\n  ')}`);
  env.MUTATE_TESTS = JSON.stringify(tests);
  if (listOnly) process.exit(0);
} else if (!related && files.length > 0) {
  console.log('Globs given: every related test runs (name the files to run only their own tests).');
}
const mutate = files.length > 0 ? files.join(',') : 'src/core/**/*.ts';
const bin = fileURLToPath(new URL('../node_modules/@stryker-mutator/core/bin/stryker.js', import.meta.url));
const run = spawnSync(process.execPath, [bin, 'run', '--mutate', mutate, ...extra], { stdio: 'inherit', env, cwd: root });
process.exit(run.status ?? 1);
