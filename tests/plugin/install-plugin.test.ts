// scripts/install-plugin.mjs: copies the built files into the vault's plugin folder and enables
// the plugin, keeping other plugins and the plugin's saved settings.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const SCRIPT = path.join(__dirname, '..', '..', 'scripts', 'install-plugin.mjs');

function setup() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ip-install-'));
  const build = path.join(dir, 'build');
  const vault = path.join(dir, 'vault');
  fs.mkdirSync(build);
  fs.mkdirSync(vault);
  fs.writeFileSync(path.join(build, 'main.js'), 'module.exports = class {};\n');
  fs.writeFileSync(path.join(build, 'manifest.json'), JSON.stringify({ id: 'interview-prep', name: 'Interview Prep', version: '9.9.9' }));
  fs.writeFileSync(path.join(build, 'styles.css'), '.ip-x {}\n');
  return { build, vault };
}

/** Vaults may rename their configuration folder; most tests use a custom one. */
const CONFIG = '.vault-config';

function run(...args: string[]) {
  return spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });
}

describe('install-plugin script', () => {
  it('installs the three files, enables the plugin next to others, keeps data.json, and is idempotent', () => {
    const { build, vault } = setup();
    const obsidian = path.join(vault, CONFIG);
    fs.mkdirSync(path.join(obsidian, 'plugins', 'interview-prep'), { recursive: true });
    fs.writeFileSync(path.join(obsidian, 'community-plugins.json'), '["dataview"]');
    fs.writeFileSync(path.join(obsidian, 'plugins', 'interview-prep', 'data.json'), '{"target":3}');
    expect(run(vault, '--from', build, '--config-dir', CONFIG).status).toBe(0);
    expect(run(vault, '--from', build, '--config-dir', CONFIG).status).toBe(0);
    const dir = path.join(obsidian, 'plugins', 'interview-prep');
    expect(fs.readdirSync(dir).sort()).toEqual(['data.json', 'main.js', 'manifest.json', 'styles.css']);
    expect(fs.readFileSync(path.join(dir, 'styles.css'), 'utf8')).toBe('.ip-x {}\n');
    expect(fs.readFileSync(path.join(dir, 'data.json'), 'utf8')).toBe('{"target":3}');
    expect(JSON.parse(fs.readFileSync(path.join(obsidian, 'community-plugins.json'), 'utf8'))).toEqual(['dataview', 'interview-prep']);
  });

  it('creates the default configuration folder in a plain folder and says where it installed', () => {
    const { build, vault } = setup();
    const result = run(vault, '--from', build);
    expect(result.status).toBe(0);
    const target = /into (.+)$/m.exec(result.stdout)![1];
    expect(path.basename(target)).toBe('interview-prep');
    const configDir = path.dirname(path.dirname(target));
    expect(path.dirname(configDir)).toBe(vault);
    expect(path.basename(configDir)).toMatch(/^\.[a-z]+$/);
    expect(fs.readdirSync(target).sort()).toEqual(['main.js', 'manifest.json', 'styles.css']);
    expect(JSON.parse(fs.readFileSync(path.join(configDir, 'community-plugins.json'), 'utf8'))).toEqual(['interview-prep']);
  });

  it('changes nothing when the enabled list is damaged, and explains bad arguments in one line', () => {
    const { build, vault } = setup();
    fs.mkdirSync(path.join(vault, CONFIG));
    fs.writeFileSync(path.join(vault, CONFIG, 'community-plugins.json'), '["dataview",');
    const damaged = run(vault, '--from', build, '--config-dir', CONFIG);
    expect(damaged.status).toBe(1);
    expect(damaged.stderr.trim().split('\n')).toHaveLength(1);
    expect(fs.existsSync(path.join(vault, CONFIG, 'plugins'))).toBe(false);
    expect(fs.readFileSync(path.join(vault, CONFIG, 'community-plugins.json'), 'utf8')).toBe('["dataview",');

    const missing = run(path.join(vault, 'nope'), '--from', build);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^install-plugin: no such folder: /);
    expect(run().status).toBe(2);
  });
});
