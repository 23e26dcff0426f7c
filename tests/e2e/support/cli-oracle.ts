// The expected values of the browser scenarios come from the CLI on the same fixture folder: the same core,
// fed by a different reader (gray-matter from disk instead of Obsidian's metadataCache). If the plugin's
// adapter or renderer disagrees with the CLI, a scenario fails.
import { execFileSync } from 'child_process';
import { existsSync } from 'fs';
import { join } from 'path';
import { REPO_ROOT } from './paths';

export interface CliIndex {
  sets: { id: string; name: string; path: string }[];
  principles: { id: string; name: string; set: string; path: string; line: number }[];
  stories: {
    id: string;
    title: string;
    path: string;
    line: number;
    endLine: number;
    kind: 'note' | 'inline';
    principles: { id: string; role: string }[];
  }[];
  questions: { id: string; text: string; path: string; line: number; followUps: string[]; principles: { id: string }[] }[];
  warnings: { code: string; path: string; line: number; message: string; suggestion?: string }[];
}

export interface CliCoverage {
  set: { id: string; name: string; path: string };
  target: number;
  atTarget: number;
  questionCount: number;
  principles: { id: string; name: string; count: number; status: 'gap' | 'thin' | 'ok'; stories: { storyId: string; role: string }[] }[];
}

function cli(args: string[]): string {
  const bin = join(REPO_ROOT, 'dist/cli.js');
  if (!existsSync(bin)) throw new Error('dist/cli.js is missing: run `npm run build` first');
  return execFileSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
}

export function cliIndex(vaultDir: string): CliIndex {
  return JSON.parse(cli(['index', vaultDir, '--json'])) as CliIndex;
}

export function cliCoverage(vaultDir: string, set?: string): CliCoverage {
  return JSON.parse(cli(['coverage', vaultDir, '--format', 'json', ...(set ? ['--set', set] : [])])) as CliCoverage;
}
