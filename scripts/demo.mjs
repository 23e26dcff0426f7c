// `npm run demo` (after `npm run build`): prints the coverage of the bundled demo vault through the
// built CLI, exactly as a user would run it. Then, if present, scripts/install-plugin.mjs copies
// the built plugin into the demo vault so it can be opened in Obsidian.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const vault = join(root, 'examples', 'demo-vault');

if (!existsSync(cli)) {
  console.error('demo: dist/cli.js is missing; run `npm run build` first (or `npm run demo`, which builds).');
  process.exit(1);
}

const shown = relative(process.cwd(), vault) || '.';
console.log(`$ obsidian-interview-prep coverage ${shown}\n`);
const coverage = spawnSync(process.execPath, [cli, 'coverage', vault], { stdio: 'inherit' });
if (coverage.status !== 0) process.exit(coverage.status ?? 1);

// Hook for the plugin: installs main.js, manifest.json and styles.css into the demo vault.
const installer = join(root, 'scripts', 'install-plugin.mjs');
if (existsSync(installer)) {
  console.log('');
  const install = spawnSync(process.execPath, [installer, vault], { stdio: 'inherit' });
  if (install.status !== 0) process.exit(install.status ?? 1);
}
