// `npm run eval`: bundles bench/readings/main.ts (with the core it measures) into dist/eval.cjs
// and runs it. `npm run eval -- --misses` also lists every question read wrongly first.
import esbuild from 'esbuild';
import { spawnSync } from 'child_process';

await esbuild.build({
  entryPoints: ['bench/readings/main.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile: 'dist/eval.cjs',
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, ['dist/eval.cjs', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
