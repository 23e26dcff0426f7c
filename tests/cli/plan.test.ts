// `obsidian-interview-prep plan` on a throw-away vault: the proposed loop in text and JSON, equal to what
// the core builds from the same notes and log (the plugin writes the same plan as a note).
import { loadVault } from '../../src/cli/load-vault';
import { nodeFs } from '../../src/cli/vault-fs';
import { drillContext } from '../../src/core/drill/plan';
import { buildHistory } from '../../src/core/drill/history';
import { formatAttempt } from '../../src/core/drill/log-format';
import { proposeLoopPlan } from '../../src/core/loop-plan/build';
import { NOTES } from '../core/loop-plan/fixture';
import { cleanVaults, cli, tempVault } from './helpers';

afterAll(cleanVaults);

const asFile = (n: (typeof NOTES)[number]): string => {
  if (!n.frontmatter) return n.body;
  const fm = n.frontmatter as { principles: string[]; 'secondary-principles': string[] };
  const list = (xs: string[]) => `[${xs.map((x) => JSON.stringify(x)).join(', ')}]`;
  return `---\ntags: [story]\nprinciples: ${list(fm.principles)}\nsecondary-principles: ${list(fm['secondary-principles'])}\n---\n${n.body}`;
};
const FILES = Object.fromEntries(NOTES.map((n) => [n.path, asFile(n)]));

describe('obsidian-interview-prep plan', () => {
  it('prints a proposed loop on the weakest principles, each story planned once', async () => {
    const root = tempVault(FILES);
    const r = await cli(['plan', root, '--interviewers', '2']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toContain('Loop plan: harbor\n');
    expect(r.out).toContain('Interviewers proposed from your weakest principles.');
    expect(r.out).toContain('Interviewer 1\n  Dive Deep\n    Story: none yet: write one for this principle\n');
    expect(r.out).not.toContain('Interviewer 3');
  });

  it('--json is the core plan of the same vault and log', async () => {
    const at = new Date(2026, 10, 21, 9);
    const log = formatAttempt({ at, questionId: 'harbor/q-x', text: 'q', principles: ['harbor/customer-obsession'], rating: 'again', seconds: 60, story: null }) + '\n';
    const root = tempVault({ ...FILES, 'Interview Prep/Drill log.md': log, '.vaultconfig/plugins/interview-prep/data.json': JSON.stringify({ interviewDates: { harbor: '2026-12-01' } }) });
    const r = await cli(['plan', root, '--json', '--set', 'harbor']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { version: number; set: string; interviewDate: string | null; interviewers: { principles: { id: string; story: { id: string } | null }[] }[] };
    expect(json.version).toBe(1);
    expect(json.interviewDate).toBe('2026-12-01');
    const vault = await loadVault(nodeFs, root);
    const ctx = drillContext(vault.snapshot, buildHistory([{ at, questionId: 'harbor/q-x', text: 'q', principles: ['harbor/customer-obsession'], rating: 'again', seconds: 60, story: null }], vault.snapshot), new Date());
    const core = proposeLoopPlan(ctx, 'harbor', 4);
    expect(json.interviewers.map((iv) => iv.principles.map((p) => [p.id, p.story?.id ?? null]))).toEqual(core.interviewers.map((iv) => iv.slots.map((s) => [s.principle.id, s.story?.id ?? null])));
    const mains = json.interviewers.flatMap((iv) => iv.principles.flatMap((p) => (p.story ? [p.story.id] : [])));
    expect(new Set(mains).size).toBe(mains.length);
  });

  it('rejects a bad --interviewers and lists the command in --help', async () => {
    const root = tempVault(FILES);
    expect((await cli(['plan', root, '--interviewers', '0'])).err).toBe('obsidian-interview-prep: option --interviewers needs a positive whole number, not "0"\n');
    expect((await cli(['drill', root, '--interviewers', '2'])).err).toBe('obsidian-interview-prep: option --interviewers is not valid for drill\n');
    expect((await cli(['plan', '--help'])).out).toContain('Usage: obsidian-interview-prep plan <vault> [--set S] [--interviewers N] [--json]');
  });
});
