// `obsidian-interview-prep drill` and `history` on throw-away vaults: seeded drills, JSON questions equal
// to the index's, the log read and appended without touching existing lines.
import { readFileSync } from 'fs';
import { join } from 'path';
import { settingsFrom } from '../../src/cli/vault-settings';
import { formatAttempt } from '../../src/core/drill/log-format';
import type { Attempt } from '../../src/core/drill/types';
import { ORBIT_SET_NOTE } from '../core/drill/fixture';
import { cleanVaults, cli, tempVault } from './helpers';

afterAll(cleanVaults);

const STORY = (title: string, principles: string) =>
  `---\ntags: [story]\nprinciples: [${principles}]\n---\n# ${title}\n\n**S:** Something at work.\n**T:** My task.\n**A:** I acted.\n**R:** 12% better.\n`;

const FILES = {
  'Orbit Principles.md': ORBIT_SET_NOTE,
  'Stories/Refund flow rewrite.md': STORY('Refund flow rewrite', 'Customer Obsession, Ownership'),
  'Stories/Support inbox triage.md': STORY('Support inbox triage', 'Customer Obsession'),
};

interface JsonQuestion {
  id: string;
  text: string;
  principles: { id: string }[];
}

async function drillJson(root: string, ...args: string[]): Promise<{ seed: string; questions: JsonQuestion[] }> {
  const r = await cli(['drill', root, '--json', ...args]);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as { seed: string; questions: JsonQuestion[] };
}

describe('drill --principle with questions read as it', () => {
  const acme = tempVault({ 'Acme Principles.md': readFileSync(join(__dirname, '..', 'fixtures', 'notes', 'Acme Principles.md'), 'utf8') });

  it('includes the questions read as the principle, marked, and says how many in the header', async () => {
    const r = await cli(['drill', acme, '--principle', 'Are Right', '--count', '20', '--seed', '1']);
    expect(r.err).toBe('');
    const lines = r.out.split('\n');
    expect(lines[1]).toMatch(/^Are Right, A Lot: \d+ questions?, 2 more read as Are Right, A Lot\.$/);
    const marked = lines.filter((l) => l.startsWith('   read as Are Right, A Lot · '));
    expect(marked).toHaveLength(2);
    expect(marked.every((l) => / · Acme Principles\.md:(59|78) · /.test(l))).toBe(true);
    const d = await drillJson(acme, '--principle', 'Are Right', '--count', '20', '--seed', '1');
    expect(d.questions.filter((q) => !q.principles.some((p) => p.id === 'acme/are-right-a-lot'))).toHaveLength(2);
  });
});

describe('drill', () => {
  const root = tempVault(FILES);

  it('prints the same drill for the same seed, with index questions in JSON', async () => {
    const a = await drillJson(root, '--seed', '42', '--count', '6');
    const b = await drillJson(root, '--seed=42', '--count=6');
    expect(a).toEqual(b);
    expect(a.seed).toBe('42');
    expect(a.questions).toHaveLength(6);
    expect(new Set(a.questions.map((q) => q.id)).size).toBe(6);
    const index = JSON.parse((await cli(['index', root, '--json'])).out) as { questions: JsonQuestion[] };
    for (const q of a.questions) expect(q).toEqual(index.questions.find((x) => x.id === q.id));
    const other = await drillJson(root, '--seed', 'another', '--count', '6');
    expect(other.questions.map((q) => q.id)).not.toEqual(a.questions.map((q) => q.id));
  });

  it('narrows to a principle by name, and to a set', async () => {
    const d = await drillJson(root, '--principle', 'dive deep', '--count', '10', '--seed', '1');
    expect(d.questions).toHaveLength(3);
    for (const q of d.questions) expect(q.principles.map((p) => p.id)).toContain('orbit/dive-deep');
    expect((await drillJson(root, '--set', 'orbit', '--count', '50', '--seed', '1')).questions).toHaveLength(12);
  });

  it('takes a unique prefix of a principle name, and answers a typo with a did-you-mean', async () => {
    const d = await drillJson(root, '--principle', 'dive', '--count', '10', '--seed', '1');
    expect(d.questions).toHaveLength(3);
    const r = await cli(['drill', root, '--principle', 'Dive Dep']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown principle "Dive Dep" (did you mean "Dive Deep"?)');
  });

  it('prints a readable drill with principles, places and follow-ups', async () => {
    const r = await cli(['drill', root, '--seed', '7', '--count', '12']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Drill: 12 questions from all sets \(seed 7\)\n/);
    expect(r.out).toContain('1. ');
    expect(r.out).toContain('Customer Obsession · Orbit Principles.md:');
    expect(r.out).toContain('   - What did the customer actually say?');
    expect(r.out).toContain('never drilled');
  });

  it.each([
    [['--principle', 'Grit'], 'unknown principle "Grit"'],
    [['--count', '0'], 'option --count needs a positive whole number, not "0"'],
    [['--count', 'many'], 'option --count needs a positive whole number, not "many"'],
    [['--set', 'nope'], 'unknown set "nope"'],
    [['--json', '--interactive'], '--json and --interactive conflict'],
  ])('rejects %j with one line and exit 2', async (args, message) => {
    const r = await cli(['drill', root, ...args]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.out).toBe('');
  });

  it('refuses --interactive without a terminal', async () => {
    const r = await cli(['drill', root, '--interactive']);
    if (process.stdin.isTTY) return; // only meaningful when the tests run without a terminal
    expect(r.code).toBe(2);
    expect(r.err).toContain('--interactive needs a terminal');
  });

  it('is listed in --help with its options', async () => {
    const r = await cli(['drill', '--help']);
    expect(r.out).toContain('Usage: obsidian-interview-prep drill <vault> [--count N] [--seed S] [--set S] [--principle NAME] [--json] [--interactive]');
  });
});

describe('history', () => {
  const a = (q: string, rating: Attempt['rating'], at: Date, extra: Partial<Attempt> = {}): string =>
    formatAttempt({ at, questionId: q, text: `the question ${q}`, principles: ['orbit/ownership'], rating, seconds: 100, story: null, ...extra });

  it('lists per question attempts, last rating and next due; reports bad lines and leaves the log as it was', async () => {
    const broken = '- 2026-11-20 08:00 | question: orbit/q-x | rating: great | seconds: 9';
    const log = ['# Drill log', '', a('orbit/q-a', 'good', new Date(2026, 10, 18, 9)), broken, a('orbit/q-a', 'good', new Date(2026, 10, 19, 9)), a('orbit/q-b', 'again', new Date(2026, 10, 20, 21, 30))].join('\n') + '\n';
    const root = tempVault({ ...FILES, 'Interview Prep/Drill log.md': log });
    const r = await cli(['history', root, '--json']);
    expect(r.code).toBe(0);
    const h = JSON.parse(r.out) as { attempts: number; questions: Record<string, unknown>[]; malformed: { line: number; text: string }[] };
    expect(h.attempts).toBe(3);
    expect(h.questions).toEqual([
      { id: 'orbit/q-b', text: 'the question orbit/q-b', principles: ['orbit/ownership'], attempts: 1, lastRating: 'again', lastSeen: '2026-11-20 21:30', nextDue: '2026-11-20', inVault: false, recordings: [] },
      { id: 'orbit/q-a', text: 'the question orbit/q-a', principles: ['orbit/ownership'], attempts: 2, lastRating: 'good', lastSeen: '2026-11-19 09:00', nextDue: '2026-11-26', inVault: false, recordings: [] },
    ]);
    expect(h.malformed).toEqual([{ line: 4, text: broken, reason: 'bad rating "great"' }]);
    // The dashboard's progress figures, per set (the clock is the real one: both questions are due by now).
    const progress = (JSON.parse(r.out) as { progress: { set: string; dueToday: number; trends: unknown[]; calendar: unknown[] }[] }).progress;
    expect(progress.map((p) => p.set)).toEqual(['orbit']);
    expect(progress[0].trends).toEqual([{ principle: 'orbit/ownership', scores: [3, 3, 1], attempts: 3 }]);
    expect(progress[0].dueToday).toBe(2);
    expect(progress[0].calendar.length).toBeGreaterThanOrEqual(11 * 7 + 1);

    const text = await cli(['history', root]);
    expect(text.err).toBe('obsidian-interview-prep: Interview Prep/Drill log.md:4: skipped a line that does not parse (bad rating "great")\n');
    expect(text.out).toContain('3 attempts at 2 questions in Interview Prep/Drill log.md');
    expect(text.out).toMatch(/2026-11-20 +the question orbit\/q-b \(not in vault\) +1 +Again +2026-11-20 21:30/);
    expect(readFileSync(join(root, 'Interview Prep', 'Drill log.md'), 'utf8')).toBe(log);
  });

  it('reads the recorded answers the plugin linked, beside lines without one', async () => {
    const first = 'Interview Prep/Drill 2026-11-18 0900 Ownership.webm';
    const second = 'Interview Prep/Drill 2026-11-19 0900 Ownership.webm';
    const log =
      [
        a('orbit/q-a', 'good', new Date(2026, 10, 18, 9), { seconds: 74, recording: first }),
        a('orbit/q-b', 'hard', new Date(2026, 10, 18, 10)),
        a('orbit/q-a', 'easy', new Date(2026, 10, 19, 9), { recording: second }),
      ].join('\n') + '\n';
    expect(log).toContain(`| recording: [[${first}]] |`);
    const root = tempVault({ ...FILES, 'Interview Prep/Drill log.md': log });
    const h = JSON.parse((await cli(['history', root, '--json'])).out) as { malformed: unknown[]; questions: { id: string; recordings: string[] }[] };
    expect(h.malformed).toEqual([]);
    expect(Object.fromEntries(h.questions.map((q) => [q.id, q.recordings]))).toEqual({ 'orbit/q-a': [first, second], 'orbit/q-b': [] });
    const text = await cli(['history', root]);
    expect(text.err).toBe('');
    expect(text.out).toContain(`\n2 recorded answers; the latest: ${second}\n`);
  });

  it('says so when nothing was logged', async () => {
    const root = tempVault(FILES);
    expect((await cli(['history', root])).out).toBe('No drills logged yet in Interview Prep/Drill log.md.\n');
  });

  it('shows a drilled question as such in the drill listing', async () => {
    const root = tempVault(FILES);
    const first = (await drillJson(root, '--principle', 'Frugality', '--seed', '3', '--count', '1')).questions[0];
    const log = a(first.id, 'hard', new Date(2026, 10, 1, 9)) + '\n';
    const withLog = tempVault({ ...FILES, 'Interview Prep/Drill log.md': log });
    const r = await cli(['drill', withLog, '--principle', 'Frugality', '--seed', '3', '--count', '3']);
    expect(r.out).toContain('last Hard');
  });
});

describe('drill settings from the plugin', () => {
  it('uses the log path and interview dates saved in data.json', async () => {
    const line = formatAttemptLine('orbit/q-a', new Date(2026, 10, 20, 9));
    const root = tempVault({
      ...FILES,
      '.vaultconfig/plugins/interview-prep/data.json': JSON.stringify({ drillLogPath: 'Prep/Log.md', interviewDates: { orbit: '2026-11-21', bad: 'Friday' } }),
      'Prep/Log.md': line + '\n',
    });
    const h = JSON.parse((await cli(['history', root, '--json'])).out) as { log: string; questions: { nextDue: string }[] };
    expect(h.log).toBe('Prep/Log.md');
    // Good, Good would be due in 7 days (11-26); the interview on 11-21 caps it.
    expect(h.questions).toEqual([expect.objectContaining({ nextDue: '2026-11-21' })]);
  });

  it('falls back to defaults for odd values and clamps numbers into the settings tab’s ranges', () => {
    const s = settingsFrom({ drillLogPath: '../outside.md', drillTargetSeconds: -5, mockInterviewers: 2.5, interviewDates: ['2026-01-01'] });
    expect(s.drill).toEqual({ drillTargetSeconds: 30, mockInterviewers: 3, drillLogPath: 'Interview Prep/Drill log.md', interviewDates: {} });
    expect(settingsFrom({ drillTargetSeconds: '90', mockInterviewers: 50 }).drill).toMatchObject({ drillTargetSeconds: 120, mockInterviewers: 10 });
    expect(settingsFrom({ drillTargetSeconds: 90, mockInterviewers: 3, drillLogPath: 'Logs/Drills.md' }).drill).toMatchObject({ drillTargetSeconds: 90, mockInterviewers: 3, drillLogPath: 'Logs/Drills.md' });
  });
});

function formatAttemptLine(q: string, at: Date): string {
  const one = (d: Date, rating: Attempt['rating']) => formatAttempt({ at: d, questionId: q, text: 'q', principles: [], rating, seconds: 60, story: null });
  return [one(new Date(at.getTime() - 86400000), 'good'), one(at, 'good')].join('\n');
}
