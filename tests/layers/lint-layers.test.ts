// The layers are enforced by ESLint (eslint.config.mjs), not only kept by habit: a core file that
// imports the plugin, the CLI, Obsidian's runtime or a Node built-in fails `npm run lint`, and so
// does a plugin file importing the CLI or a CLI file importing the plugin.
//
// ESLint runs as a child process (its flat config is an ES module, which jest's VM cannot load)
// over probe files written for the run inside each layer's folder and removed afterwards.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');
const eslintBin = path.join(root, 'node_modules', 'eslint', 'bin', 'eslint.js');

const probes: Record<string, string> = {
  'src/core/coverage/__layer-probe__.ts': [
    "import type { App } from 'obsidian';",
    "import { Notice } from 'obsidian';",
    "import * as fs from 'node:fs';",
    "import { LiveIndex } from '../../plugin/index/live-index';",
    "import { run } from '../../cli/run';",
    "import { computeCoverage } from './coverage';",
    'export type X = App;',
    'export const x = [Notice, fs, LiveIndex, run, computeCoverage];',
  ].join('\n'),
  'src/plugin/__layer-probe__.ts': [
    "import { run } from '../cli/run';",
    "import { computeCoverage } from '../core/coverage/coverage';",
    'export const x = [run, computeCoverage];',
  ].join('\n'),
  'src/cli/__layer-probe__.ts': [
    "import { LiveIndex } from '../plugin/index/live-index';",
    "import { computeCoverage } from '../core/coverage/coverage';",
    'export const x = [LiveIndex, computeCoverage];',
  ].join('\n'),
};

interface LintResult {
  filePath: string;
  messages: { ruleId: string | null; line: number; message: string }[];
}

let results: LintResult[] = [];

beforeAll(() => {
  for (const [file, text] of Object.entries(probes)) fs.writeFileSync(path.join(root, file), text + '\n');
  try {
    const run = spawnSync(process.execPath, [eslintBin, '--format', 'json', ...Object.keys(probes)], {
      cwd: root,
      encoding: 'utf8',
    });
    if (!run.stdout) throw new Error(`eslint printed nothing: ${run.stderr}`);
    results = JSON.parse(run.stdout) as LintResult[];
  } finally {
    for (const file of Object.keys(probes)) fs.rmSync(path.join(root, file), { force: true });
  }
}, 120_000);

/** The lines of `file` that broke a layer rule, with the rule's message. */
function restricted(file: string): { line: number; message: string }[] {
  const result = results.find((r) => r.filePath === path.join(root, file));
  if (!result) throw new Error(`no lint result for ${file}`);
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map(({ line, message }) => ({ line, message }));
}

describe('layer rules', () => {
  it("reject a core file importing Obsidian's runtime, a Node built-in, the plugin or the CLI", () => {
    const hits = restricted('src/core/coverage/__layer-probe__.ts');
    expect(hits.map((h) => h.line)).toEqual([2, 3, 4, 5]);
    expect(hits[0].message).toMatch(/no Obsidian runtime/);
    expect(hits[1].message).toMatch(/no Node built-ins/);
    expect(hits[2].message).toMatch(/may not import the plugin or the CLI/);
    expect(hits[3].message).toMatch(/may not import the plugin or the CLI/);
  });

  it('reject the plugin importing the CLI, and allow it core', () => {
    const hits = restricted('src/plugin/__layer-probe__.ts');
    expect(hits.map((h) => h.line)).toEqual([1]);
    expect(hits[0].message).toMatch(/never the CLI/);
  });

  it('reject the CLI importing the plugin, and allow it core', () => {
    const hits = restricted('src/cli/__layer-probe__.ts');
    expect(hits.map((h) => h.line)).toEqual([1]);
    expect(hits[0].message).toMatch(/never the plugin/);
  });
});
