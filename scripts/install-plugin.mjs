// `npm run install-plugin -- <vault>`: copies the built plugin (main.js, manifest.json, styles.css)
// into <vault>/.obsidian/plugins/interview-prep/ and enables it in community-plugins.json.
// Touches nothing else in the vault; the plugin's saved settings (data.json) are kept.
// Options: --from <dir> takes the built files from <dir> instead of the project root;
// --config-dir <name> for a vault whose configuration folder is not `.obsidian`.
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync, renameSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const FILES = ['main.js', 'manifest.json', 'styles.css'];

function fail(message, code = 2) {
  console.error(`install-plugin: ${message}`);
  process.exit(code);
}

const args = process.argv.slice(2);
let from = join(dirname(fileURLToPath(import.meta.url)), '..');
let configDir = '.obsidian';
const rest = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--from') {
    if (!args[i + 1]) fail('--from needs a folder.');
    from = resolve(args[++i]);
  } else if (args[i] === '--config-dir') {
    if (!args[i + 1] || /[\\/]/.test(args[i + 1])) fail('--config-dir needs a folder name.');
    configDir = args[++i];
  } else if (args[i] === '--help' || args[i] === '-h') {
    console.log('Usage: npm run install-plugin -- <vault folder> [--from <folder with main.js, manifest.json, styles.css>] [--config-dir <name>]');
    process.exit(0);
  } else rest.push(args[i]);
}
if (rest.length !== 1) fail('give exactly one vault folder: npm run install-plugin -- <vault>');
const vault = resolve(rest[0]);
if (!existsSync(vault) || !statSync(vault).isDirectory()) fail(`no such folder: ${vault}`);

for (const f of FILES) {
  if (!existsSync(join(from, f))) fail(`${join(from, f)} is missing; run \`npm run build\` first.`, 1);
}
const manifest = JSON.parse(readFileSync(join(from, 'manifest.json'), 'utf8'));
const id = manifest.id;
if (typeof id !== 'string' || !/^[a-z0-9-]+$/.test(id)) fail('manifest.json has no valid id.', 1);

// Read the enabled list before writing anything, so a damaged file stops the install untouched.
const config = join(vault, configDir);
const listPath = join(config, 'community-plugins.json');
let enabled = [];
if (existsSync(listPath)) {
  try {
    enabled = JSON.parse(readFileSync(listPath, 'utf8'));
  } catch {
    fail(`${listPath} is not valid JSON; fix or remove it, then run again (nothing was changed).`, 1);
  }
  if (!Array.isArray(enabled)) fail(`${listPath} is not a JSON list; nothing was changed.`, 1);
}

const target = join(config, 'plugins', id);
mkdirSync(target, { recursive: true });
for (const f of FILES) copyFileSync(join(from, f), join(target, f));

if (!enabled.includes(id)) {
  enabled.push(id);
  // Write then rename, so Obsidian never reads a half-written list.
  const tmp = `${listPath}.tmp-${process.pid}`;
  writeFileSync(tmp, JSON.stringify(enabled, null, 2) + '\n');
  renameSync(tmp, listPath);
}

console.log(`Installed ${manifest.name ?? id} ${manifest.version ?? ''} into ${target}`);
console.log(`Enabled in ${listPath}.`);
console.log('Open the folder as a vault in Obsidian; if it asks, trust the author and turn on community plugins.');
