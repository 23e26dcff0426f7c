// `npm run bench`: bundles bench/main.ts (with the core and the CLI reader it measures) into
// dist/bench.cjs and runs it with --expose-gc so the retained-heap figure is taken after a full GC.
// Arguments are passed through: `npm run bench -- --json`, `-- --small` for a quick smoke run.
import esbuild from 'esbuild';
import { spawnSync } from 'child_process';

await esbuild.build({
  entryPoints: ['bench/main.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile: 'dist/bench.cjs',
  // The startup part drives Chromium through playwright-core and builds the harness page with esbuild.
  external: ['playwright-core', 'esbuild'],
  logLevel: 'warning',
});
// IP_REPO_ROOT: the harness code, bundled into dist/, finds the repository (main.js, tests/e2e/harness) here.
const run = spawnSync(process.execPath, ['--expose-gc', 'dist/bench.cjs', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, IP_REPO_ROOT: process.cwd() },
});
process.exit(run.status ?? 1);
