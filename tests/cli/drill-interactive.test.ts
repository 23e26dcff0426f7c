// `drill --interactive` with a scripted terminal and a fake clock: the timer in the prompt,
// follow-ups, ratings and stories appended to the log, and existing lines left byte for byte.
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Terminal } from '../../src/cli/commands/drill-interactive';
import { runDrill } from '../../src/cli/commands/drill';
import { loadVault } from '../../src/cli/load-vault';
import { nodeFs } from '../../src/cli/vault-fs';
import { parseLog } from '../../src/core/drill/log-format';
import { ORBIT_SET_NOTE } from '../core/drill/fixture';
import { cleanVaults, tempVault } from './helpers';

afterAll(cleanVaults);

const STORY = `---\ntags: [story]\nprinciples: [Customer Obsession]\n---\n# Refund flow rewrite\n\n**S:** A refund backlog.\n**T:** Clear it.\n**A:** I rebuilt the flow.\n**R:** 40% faster refunds.\n`;

/** Each step: seconds that pass before the answer, then the line typed. */
function scripted(steps: [number, string][], clock: { t: number }) {
  const prompts: string[] = [];
  let out = '';
  const terminal: Terminal = {
    write: (s) => void (out += s),
    ask(prompt) {
      const step = steps.shift();
      if (!step) return Promise.resolve(null);
      clock.t += step[0] * 1000;
      prompts.push(prompt());
      return Promise.resolve(step[1]);
    },
    close: () => undefined,
  };
  return { terminal, prompts, output: () => out };
}

async function drill(root: string, steps: [number, string][], count: number) {
  const clock = { t: new Date(2026, 10, 22, 9, 0).getTime() };
  const term = scripted(steps, clock);
  const vault = await loadVault(nodeFs, root);
  let err = '';
  const code = await runDrill(vault, root, { count, seed: '11', set: null, principle: 'Customer Obsession', json: false, interactive: true }, {
    stdout: () => undefined,
    stderr: (s) => (err += s),
    fs: nodeFs,
    clock: () => new Date(clock.t),
    terminal: term.terminal,
  });
  return { code, err, ...term };
}

describe('drill --interactive', () => {
  it('times answers, reveals follow-ups, and appends ratings and stories to a new log', async () => {
    const root = tempVault({ 'Orbit Principles.md': ORBIT_SET_NOTE, 'Stories/Refund flow rewrite.md': STORY });
    // Question 1: three Enters (follow-ups or done), rating Good, story 1. Question 2: done at 2:30, Again, no story.
    const steps: [number, string][] = [
      [30, ''],
      [30, ''],
      [30, ''],
      [5, '3'],
      [2, '1'],
      [150, 'd'],
      [3, '1'],
      [2, ''],
    ];
    const r = await drill(root, steps, 2);
    expect(r.code).toBe(0);
    expect(r.prompts[0]).toMatch(/^ {2}\[0:30 \/ 2:00\] /);
    expect(r.prompts[5]).toContain('[2:30 / 2:00 (+0:30 over)] d: done');
    const log = readFileSync(join(root, 'Interview Prep', 'Drill log.md'), 'utf8');
    const parsed = parseLog(log);
    expect(parsed.malformed).toEqual([]);
    expect(parsed.attempts.map((a) => [a.rating, a.story])).toEqual([
      ['good', 'story/refund-flow-rewrite'],
      ['again', null],
    ]);
    expect(parsed.attempts[1].seconds).toBe(150);
    expect(parsed.attempts.every((a) => a.principles.includes('orbit/customer-obsession'))).toBe(true);
    expect(r.output()).toContain('Done: 2 rated in');
    expect(r.output()).toContain('Customer Obsession: Good, Again');
  });

  it('appends after existing lines, malformed ones included, without changing a byte', async () => {
    const existing = '# My drills\n\n- 2026-11-01 07:00 | question: orbit/q-zzz | rating: meh | seconds: 3\nfree text without newline at end';
    const root = tempVault({ 'Orbit Principles.md': ORBIT_SET_NOTE, 'Interview Prep/Drill log.md': existing });
    const r = await drill(root, [[60, 'd'], [1, '4']], 1);
    expect(r.err).toBe('obsidian-interview-prep: Interview Prep/Drill log.md:3: skipped a line that does not parse (bad rating "meh")\n');
    const log = readFileSync(join(root, 'Interview Prep', 'Drill log.md'), 'utf8');
    expect(log.startsWith(existing + '\n')).toBe(true);
    const parsed = parseLog(log);
    expect(parsed.attempts).toHaveLength(1);
    expect(parsed.attempts[0]).toMatchObject({ rating: 'easy', seconds: 60 });
    expect(parsed.malformed.map((m) => m.line)).toEqual([3]);
  });

  it('asks again after a key that is not a rating (issue 15 item 7)', async () => {
    const root = tempVault({ 'Orbit Principles.md': ORBIT_SET_NOTE });
    // `7` and `d` at the rating prompt are not skips: each is refused, then 2 is taken.
    const r = await drill(root, [[40, 'd'], [1, '7'], [1, 'd'], [1, '2']], 1);
    expect(r.code).toBe(0);
    expect(r.output()).toContain('  "7" is not a rating: type 1 to 4, or just Enter to skip.\n');
    expect(r.output()).toContain('  "d" is not a rating: type 1 to 4, or just Enter to skip.\n');
    expect(r.prompts.filter((p) => p.startsWith('  Rate it:'))).toHaveLength(3);
    const parsed = parseLog(readFileSync(join(root, 'Interview Prep', 'Drill log.md'), 'utf8'));
    expect(parsed.attempts.map((a) => a.rating)).toEqual(['hard']);
  });

  it('quitting logs only what was rated', async () => {
    const root = tempVault({ 'Orbit Principles.md': ORBIT_SET_NOTE });
    const r = await drill(root, [[10, 'd'], [1, ''], [5, 'q']], 3);
    expect(r.code).toBe(0);
    expect(() => readFileSync(join(root, 'Interview Prep', 'Drill log.md'), 'utf8')).toThrow();
  });
});

describe('drill and the answer cue', () => {
  const NOTE = `#principles #cue\n\n# Cue values\n\n### Customer Obsession\nStart from the customer.\n\n## Main: Customer Obsession\n\n1. **Tell me about a customer request you turned down.**\n\n• The analytics add-on.\n`;

  it('interactive: shows the cue only when asked with c, and offers it in the prompt until then', async () => {
    const root = tempVault({ 'Cue Values.md': NOTE });
    const r = await drill(root, [[10, 'c'], [20, 'd'], [1, '']], 1);
    expect(r.code).toBe(0);
    expect(r.prompts[0]).toContain('c: cue, d: done');
    expect(r.prompts[1]).not.toContain('c: cue');
    expect(r.output()).toContain('  Cue: The analytics add-on.\n');
    expect(r.output().indexOf('Cue:')).toBeGreaterThan(r.output().indexOf('Tell me about a customer request'));
  });

  it('printed: lists the cue under the question', async () => {
    const root = tempVault({ 'Cue Values.md': NOTE });
    const vault = await loadVault(nodeFs, root);
    let out = '';
    await runDrill(vault, root, { count: 1, seed: '1', set: null, principle: null, json: false, interactive: false }, { stdout: (s) => (out += s), stderr: () => undefined, fs: nodeFs });
    expect(out).toContain('1. Tell me about a customer request you turned down.\n');
    expect(out).toContain('   Cue: The analytics add-on.\n');
  });
});
