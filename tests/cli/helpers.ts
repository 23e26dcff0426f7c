// CLI test helpers: run the CLI in-process with captured output, and build throw-away vaults on disk.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join } from 'path';
import { run } from '../../src/cli/run';
import type { VaultFs } from '../../src/cli/vault-fs';

export const DEMO = join(__dirname, '..', '..', 'examples', 'demo-vault');

export interface Ran {
  code: number;
  out: string;
  err: string;
}

export async function cli(argv: string[], fs?: VaultFs): Promise<Ran> {
  let out = '';
  let err = '';
  const code = await run(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s), fs });
  return { code, out, err };
}

const made: string[] = [];

/** A vault folder with the given files (paths with `/`); removed by `cleanVaults`. */
export function tempVault(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'ip-cli-'));
  made.push(root);
  for (const [path, text] of Object.entries(files)) {
    const full = join(root, ...path.split('/'));
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text, 'utf8');
  }
  return root;
}

export function cleanVaults(): void {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
}

/** A small principle-set note in the seed's style, written for these tests. */
export const SET_NOTE = [
  '#principles #acme',
  '',
  '# Acme Principles',
  '',
  '### Customer Obsession',
  'Start from the customer.',
  '',
  '### Ownership',
  'Act for the whole company.',
  '',
  '### Deliver Results',
  'Ship what matters, on time.',
  '',
].join('\n');
