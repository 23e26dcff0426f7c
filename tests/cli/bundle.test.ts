// The CLI as users run it: src/cli/main.ts bundled by esbuild with the project's CLI options,
// started as a real Node process (shebang, exit codes, stderr, a closed pipe).
import { build } from 'esbuild';
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { cleanVaults, DEMO, SET_NOTE, tempVault } from './helpers';

const ROOT = join(__dirname, '..', '..');
const out = mkdtempSync(join(tmpdir(), 'ip-cli-bundle-'));
const cliJs = join(out, 'cli.js');
let inputs: string[] = [];

beforeAll(async () => {
  // Same entry, platform and banner as esbuild.config.mjs builds dist/cli.js with.
  const result = await build({
    entryPoints: [join(ROOT, 'src', 'cli', 'main.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
    outfile: cliJs,
    metafile: true,
    logLevel: 'silent',
  });
  inputs = Object.keys(result.metafile.inputs);
});

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
  cleanVaults();
});

function node(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cliJs, ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the bundled CLI', () => {
  it('imports the core and gray-matter, never the plugin or obsidian', () => {
    expect(inputs.some((p) => p.startsWith('src/core/'))).toBe(true);
    expect(inputs.some((p) => p.includes('node_modules/gray-matter/'))).toBe(true);
    expect(inputs.filter((p) => p.startsWith('src/plugin/') || p.includes('node_modules/obsidian/'))).toEqual([]);
    expect(readFileSync(cliJs, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('prints the index of the demo vault as JSON with exit 0', () => {
    const r = node(['index', DEMO, '--json']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout) as { version: number; principles: unknown[] };
    expect(json.version).toBe(1);
    expect(json.principles).toHaveLength(20);
  });

  it('exits 2 with one line for bad arguments, 1 for lint errors', () => {
    const bad = node(['index', DEMO, '--nope']);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe('obsidian-interview-prep: unknown option --nope\n');
    const vault = tempVault({ 'Acme Principles.md': SET_NOTE, 'Bad.md': '---\n: : :\n---\n#story\n' });
    const lint = node(['lint', vault]);
    expect(lint.status).toBe(1);
    expect(lint.stdout).toMatch(/Bad\.md:1 +error +invalid-frontmatter/);
  });

  it('finishes lint on a vault with a symlink loop and a 5 MB note, one warning, in a small heap (issue 15 item 4)', () => {
    const big = `#story\n\n**S:** ${'A long week of notes about the outage. '.repeat(130_000)}\n**A:** I fixed it.\n**R:** Down 40%.\n`;
    const vault = tempVault({ 'Acme Principles.md': SET_NOTE, 'Stories/Big.md': big });
    symlinkSync(vault, join(vault, 'Stories', 'back'), 'dir');
    // 64 MB of heap: following the loop would read the 5 MB note again and again and run out.
    const r = spawnSync(process.execPath, ['--max-old-space-size=64', cliJs, 'lint', vault], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.match(/skipped-folder/g)).toHaveLength(1);
  });

  it('stops quietly when its output pipe closes early', () => {
    // A JSON document far larger than a pipe buffer, and a reader that leaves after 100 bytes.
    const items = Array.from({ length: 4000 }, (_, i) => `- Tell me about challenge number ${i} you faced?`).join('\n');
    const vault = tempVault({ 'Acme Principles.md': SET_NOTE, 'Bank.md': `#questions\n\n${items}\n` });
    const script = `set -o pipefail; "${process.execPath}" "${cliJs}" index "${vault}" --json | head -c 100 > /dev/null`;
    const r = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
