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
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, ['--expose-gc', 'dist/bench.cjs', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
