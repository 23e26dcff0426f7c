// The CLI's JSON contract (src/cli/json-contract.ts, docs/cli.md) pinned key by key, in order, on the
// demo vault's notes plus a sketch and a drill log: what `--json` of every command prints. The key
// lists are typed against the contract's types, so a field added to a type without its place here
// (or here without the type) does not compile, and a builder that drops, renames or reorders a
// field fails. Fields may be added, never renamed: adding one means adding it here and in docs/cli.md.
import { readdirSync, readFileSync } from 'fs';
import { join, relative } from 'path';
import type { HealthIssue, LoopReadiness, StoryHealth } from '../../src/core/coverage/types';
import type { DrillProgress } from '../../src/core/drill/progress';
import type { MalformedLine } from '../../src/core/drill/log-format';
import { formatAttempt } from '../../src/core/drill/log-format';
import type { PrincipleSet } from '../../src/core/model';
import type {
  CoverageJson,
  DrillJson,
  HistoryJson,
  HistoryQuestionJson,
  IndexJson,
  LintJson,
  PlanJson,
  PlannedStoryJson,
  PlanSlotJson,
  PrincipleCoverageJson,
  PrincipleJson,
  QuestionJson,
  ReadingJson,
  RefJson,
  SetJson,
  SketchCoverageJson,
  StoryCoverageJson,
  StoryJson,
  StoryLintJson,
  WarningJson,
} from '../../src/cli/json-contract';
import { cleanVaults, cli, DEMO, tempVault } from './helpers';

/** Every key of T, in the order the contract prints them; the compiler checks none is missing or extra. */
function keys<T>(all: { [K in keyof Required<T>]: true }): string[] {
  return Object.keys(all);
}

const INDEX = keys<IndexJson>({ version: true, sets: true, principles: true, stories: true, questions: true, warnings: true });
const SET = keys<SetJson>({ id: true, name: true, path: true });
const PRINCIPLE = keys<PrincipleJson>({ id: true, name: true, set: true, path: true, line: true, description: true, aliases: true });
const STORY = keys<StoryJson>({ id: true, title: true, path: true, line: true, endLine: true, kind: true, parts: true, partLines: true, principles: true, reading: true, suggestions: true, body: true });
const QUESTION = keys<QuestionJson>({ id: true, text: true, path: true, line: true, category: true, followUps: true, cues: true, principles: true, reading: true, suggestions: true, set: true });
const REF = keys<RefJson>({ id: true, role: true, source: true });
const READING = keys<ReadingJson>({ id: true, score: true });
const WARNING = keys<WarningJson>({ code: true, severity: true, path: true, line: true, message: true, suggestion: true });

const COVERAGE = keys<CoverageJson>({ version: true, set: true, target: true, atTarget: true, questionCount: true, principles: true, stories: true, sketches: true, loop: true });
const COVERAGE_SET = keys<PrincipleSet>({ id: true, name: true, path: true });
const PRINCIPLE_COVERAGE = keys<PrincipleCoverageJson>({ id: true, name: true, count: true, status: true, stories: true, suggestedStories: true, questions: true, cuedQuestions: true });
const STORY_COVERAGE = keys<StoryCoverageJson>({ id: true, title: true, path: true, line: true, primary: true, secondary: true, suggested: true, onlyStoryFor: true, draft: true, overloaded: true, overloadReasons: true, health: true });
const SKETCH_COVERAGE = keys<SketchCoverageJson>({ id: true, title: true, path: true, line: true, principles: true, suggested: true });
const HEALTH = keys<StoryHealth>({ missingParts: true, resultNumbers: true, words: true, spokenSeconds: true, actionI: true, actionWe: true, partWords: true, issues: true });
const ISSUE = keys<HealthIssue>({ code: true, message: true });
const LOOP = keys<LoopReadiness>({ ready: true, blocking: true, assignment: true, short: true, filled: true, needed: true });

const LINT = keys<LintJson>({ version: true, errors: true, warnings: true, stories: true });
const STORY_LINT = keys<StoryLintJson>({ id: true, title: true, path: true, line: true, health: true });

const DRILL = keys<DrillJson>({ version: true, seed: true, scope: true, set: true, principle: true, questions: true });

const HISTORY = keys<HistoryJson>({ version: true, log: true, attempts: true, questions: true, malformed: true, progress: true });
const HISTORY_QUESTION = keys<HistoryQuestionJson>({ id: true, text: true, principles: true, attempts: true, lastRating: true, lastSeen: true, nextDue: true, inVault: true, recordings: true });
const MALFORMED = keys<MalformedLine>({ line: true, text: true, reason: true });
const PROGRESS = keys<DrillProgress>({ set: true, calendar: true, activeDays: true, dueToday: true, dueTomorrow: true, trends: true, interview: true });

const PLAN = keys<PlanJson>({ version: true, set: true, planned: true, interviewDate: true, proposed: true, interviewers: true });
const PLAN_SLOT = keys<PlanSlotJson>({ id: true, name: true, story: true, backup: true, backupShared: true, cue: true });
const PLANNED_STORY = keys<PlannedStoryJson>({ id: true, title: true, path: true, line: true, numbers: true });

type Json = Record<string, unknown>;

/** Asserts the exact keys, in order, of every object given (and that there is at least one). */
function pin(objects: unknown[], expected: string[], what: string): void {
  expect({ what, count: objects.length > 0 }).toEqual({ what, count: true });
  for (const o of objects) expect({ what, keys: Object.keys(o as Json) }).toEqual({ what, keys: expected });
}

function demoFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.md')) out[relative(DEMO, full).split('\\').join('/')] = readFileSync(full, 'utf8');
    }
  };
  walk(DEMO);
  return out;
}

// A sketch in our own words, added to the demo's Amazon note, so the sketch-only fields (`body`,
// `sketches`) are printed too.
const SKETCH = `
## Main: Frugality

**Reused the old build boxes**

I took the retired build servers and turned them into the test farm, so we bought no new hardware that year.
`;

async function json(argv: string[]): Promise<Json> {
  const r = await cli(argv);
  expect({ argv, code: r.code, err: r.err }).toEqual({ argv, code: 0, err: '' });
  return JSON.parse(r.out) as Json;
}

afterAll(cleanVaults);

describe('the JSON contract of every command', () => {
  const demo = demoFiles();
  const files = { ...demo, 'Amazon Leadership Principles.md': demo['Amazon Leadership Principles.md'] + SKETCH };
  let root: string;
  let index: Json;

  beforeAll(async () => {
    root = tempVault(files);
    index = await json(['index', root, '--json']);
  });

  it('index --json', () => {
    pin([index], INDEX, 'index');
    expect(index.version).toBe(1);
    const stories = index.stories as Json[];
    pin(index.sets as Json[], SET, 'index.sets[]');
    pin(index.principles as Json[], PRINCIPLE, 'index.principles[]');
    pin(stories.filter((s) => s.kind === 'sketch'), STORY, 'index.stories[] (sketch)');
    pin(stories.filter((s) => s.kind !== 'sketch'), STORY.filter((k) => k !== 'body'), 'index.stories[]');
    pin(index.questions as Json[], QUESTION, 'index.questions[]');
    pin([...stories, ...(index.questions as Json[])].flatMap((x) => x.principles as Json[]), REF, 'principles[] of stories and questions');
    pin([...stories, ...(index.questions as Json[])].flatMap((x) => x.reading as Json[]), READING, 'reading[] of stories and questions');
    pin(index.warnings as Json[], WARNING, 'index.warnings[]');
  });

  it('coverage --json and --format json', async () => {
    const coverage = await json(['coverage', root, '--set', 'amazon', '--json']);
    expect(await json(['coverage', root, '--set', 'amazon', '--format', 'json'])).toEqual(coverage);
    pin([coverage], COVERAGE, 'coverage');
    pin([coverage.set], COVERAGE_SET, 'coverage.set');
    pin(coverage.principles as Json[], PRINCIPLE_COVERAGE, 'coverage.principles[]');
    pin((coverage.principles as Json[]).flatMap((p) => p.stories as Json[]), ['storyId', 'role'], 'coverage.principles[].stories[]');
    const stories = coverage.stories as Json[];
    pin(stories, STORY_COVERAGE, 'coverage.stories[]');
    pin(stories.map((s) => s.health), HEALTH, 'coverage.stories[].health');
    pin(stories.flatMap((s) => (s.health as Json).issues as Json[]), ISSUE, 'coverage.stories[].health.issues[]');
    pin(coverage.sketches as Json[], SKETCH_COVERAGE, 'coverage.sketches[]');
    pin([coverage.loop], LOOP, 'coverage.loop');
  });

  it('lint --json', async () => {
    const lint = await json(['lint', root, '--json']);
    pin([lint], LINT, 'lint');
    pin(lint.warnings as Json[], WARNING, 'lint.warnings[]');
    pin(lint.stories as Json[], STORY_LINT, 'lint.stories[]');
    pin((lint.stories as Json[]).map((s) => s.health), HEALTH, 'lint.stories[].health');
  });

  it('drill --json lists its questions as index --json does', async () => {
    const drill = await json(['drill', root, '--set', 'amazon', '--seed', '7', '--count', '3', '--json']);
    pin([drill], DRILL, 'drill');
    expect(drill.scope).toBe('set');
    const questions = drill.questions as Json[];
    pin(questions, QUESTION, 'drill.questions[]');
    const byId = new Map((index.questions as Json[]).map((q) => [q.id, q]));
    for (const q of questions) expect(q).toEqual(byId.get(q.id));
  });

  it('history --json, with attempts, a line that does not parse and the progress per set', async () => {
    const drilled = (index.questions as Json[]).filter((q) => q.set === 'amazon').slice(0, 2);
    const attempt = (q: Json, day: number) =>
      formatAttempt({ at: new Date(2026, 10, day, 9), questionId: q.id as string, text: q.text as string, principles: [], rating: 'good', seconds: 120, story: null });
    const log = ['# Drill log', '', attempt(drilled[0], 20), '- 2026-11-21 08:00 | question: x | rating: great | seconds: 9', attempt(drilled[1], 22), ''].join('\n');
    const withLog = tempVault({ ...files, 'Interview Prep/Drill log.md': log });
    const history = await json(['history', withLog, '--json']);
    pin([history], HISTORY, 'history');
    pin(history.questions as Json[], HISTORY_QUESTION, 'history.questions[]');
    pin(history.malformed as Json[], MALFORMED, 'history.malformed[]');
    pin(history.progress as Json[], PROGRESS, 'history.progress[]');
    expect((history.questions as Json[]).map((q) => q.id)).toEqual(expect.arrayContaining(drilled.map((q) => q.id)));
  });

  it('plan --json', async () => {
    const plan = await json(['plan', root, '--set', 'amazon', '--interviewers', '2', '--json']);
    pin([plan], PLAN, 'plan');
    const interviewers = plan.interviewers as Json[];
    pin(interviewers, ['name', 'principles'], 'plan.interviewers[]');
    const slots = interviewers.flatMap((iv) => iv.principles as Json[]);
    pin(slots, PLAN_SLOT, 'plan.interviewers[].principles[]');
    pin(slots.flatMap((s) => [s.story, s.backup]).filter((s) => s !== null), PLANNED_STORY, 'planned stories');
  });

  it('docs/cli.md names every top-level key of every command', () => {
    const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'cli.md'), 'utf8');
    const section = doc.slice(doc.indexOf('## JSON output'));
    expect(section.length).toBeGreaterThan(0);
    for (const [command, fields] of Object.entries({ index: INDEX, coverage: COVERAGE, lint: LINT, drill: DRILL, history: HISTORY, plan: PLAN })) {
      const line = section.split('\n- ').find((item) => item.startsWith(`\`${command} --json\``)) ?? '';
      expect({ command, missing: fields.filter((f) => !line.includes(`\`${f}\``)) }).toEqual({ command, missing: [] });
    }
  });
});
