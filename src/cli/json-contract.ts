// The CLI's JSON contract: the shape every `--json` prints (index, coverage, lint, drill, history,
// plan), as types, and the one builder per shape that its command calls. Fields may be added,
// never renamed or removed (docs/cli.md); key order follows the types. tests/cli/json-contract.test.ts
// pins every key of every shape on the demo vault.
import type { CoverageReport, LoopReadiness, StoryHealth } from '../core/coverage/types';
import type { DrillProgress } from '../core/drill/progress';
import type { HistoryRow } from '../core/drill/history-report';
import type { MalformedLine } from '../core/drill/log-format';
import type { Rating } from '../core/drill/types';
import type { LoopPlan, PlannedStory } from '../core/loop-plan/build';
import type { PlanRenderContext } from '../core/loop-plan/render';
import { formatDay, formatMinute } from '../core/local-date';
import type { IndexSnapshot, IndexWarning, MappingSource, PrincipleSet, Question, Role, StarKey, Story } from '../core/model';

export const CONTRACT_VERSION = 1;

/** JSON output: two-space indentation and a final newline. */
export function renderJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

export interface RefJson {
  id: string;
  role: Role;
  source: MappingSource;
}

export interface ReadingJson {
  id: string;
  score: number;
}

export interface SetJson {
  id: string;
  name: string;
  path: string;
}

export interface PrincipleJson {
  id: string;
  name: string;
  set: string;
  path: string;
  line: number;
  description: string;
  aliases: string[];
}

export interface StoryJson {
  id: string;
  title: string;
  path: string;
  line: number;
  endLine: number;
  kind: Story['kind'];
  parts: StarKey[];
  /** The 1-based line of each present part. */
  partLines: Partial<Record<StarKey, number>>;
  principles: RefJson[];
  reading: ReadingJson[];
  suggestions: string[];
  /** A sketch's paragraph; only on sketches. */
  body?: string;
}

export interface QuestionJson {
  id: string;
  text: string;
  path: string;
  line: number;
  category: string | null;
  followUps: string[];
  cues: string[];
  principles: RefJson[];
  reading: ReadingJson[];
  suggestions: string[];
  /** The set the question belongs to, or null. */
  set: string | null;
}

export interface WarningJson {
  code: IndexWarning['code'];
  severity: IndexWarning['severity'];
  path: string;
  line: number;
  message: string;
  suggestion: string | null;
}

/** `index --json`. */
export interface IndexJson {
  version: typeof CONTRACT_VERSION;
  sets: SetJson[];
  principles: PrincipleJson[];
  stories: StoryJson[];
  questions: QuestionJson[];
  warnings: WarningJson[];
}

const refJson = (r: RefJson): RefJson => ({ id: r.id, role: r.role, source: r.source });
const readingJson = (r: ReadingJson): ReadingJson => ({ id: r.id, score: r.score });

export function storyJson(s: Story): StoryJson {
  return {
    id: s.id,
    title: s.title,
    path: s.path,
    line: s.line,
    endLine: s.endLine,
    kind: s.kind,
    parts: s.parts,
    partLines: Object.fromEntries(s.parts.map((k) => [k, s.partText[k]?.line ?? s.line])),
    principles: s.principles.map(refJson),
    reading: s.reading.map(readingJson),
    suggestions: s.suggestions,
    ...(s.kind === 'sketch' ? { body: s.body ?? '' } : {}),
  };
}

/** A question; `index --json` and `drill --json` list questions the same way. */
export function questionJson(q: Question): QuestionJson {
  return {
    id: q.id,
    text: q.text,
    path: q.path,
    line: q.line,
    category: q.category,
    followUps: q.followUps,
    cues: q.cues,
    principles: q.principles.map(refJson),
    reading: q.reading.map(readingJson),
    suggestions: q.suggestions,
    set: q.set,
  };
}

export function warningJson(w: IndexWarning): WarningJson {
  return { code: w.code, severity: w.severity, path: w.path, line: w.line, message: w.message, suggestion: w.suggestion ?? null };
}

/** The whole index; `warnings` are the reader's and the index's (the snapshot's plus unreadable files). */
export function indexJson(snapshot: IndexSnapshot, warnings: readonly IndexWarning[]): IndexJson {
  return {
    version: CONTRACT_VERSION,
    sets: snapshot.sets.map((s) => ({ id: s.id, name: s.name, path: s.path })),
    principles: snapshot.principles.map((p) => ({
      id: p.id,
      name: p.name,
      set: p.set,
      path: p.path,
      line: p.line,
      description: p.description,
      aliases: p.aliases,
    })),
    stories: snapshot.stories.map(storyJson),
    questions: snapshot.questions.map(questionJson),
    warnings: warnings.map(warningJson),
  };
}

export interface PrincipleCoverageJson {
  id: string;
  name: string;
  count: number;
  status: CoverageReport['principles'][number]['status'];
  stories: { storyId: string; role: Role }[];
  suggestedStories: string[];
  questions: number;
  cuedQuestions: number;
}

export interface StoryCoverageJson {
  id: string;
  title: string;
  path: string;
  line: number;
  primary: string[];
  secondary: string[];
  suggested: string[];
  onlyStoryFor: string[];
  draft: boolean;
  overloaded: boolean;
  overloadReasons: string[];
  health: StoryHealth;
}

export interface SketchCoverageJson {
  id: string;
  title: string;
  path: string;
  line: number;
  principles: string[];
  suggested: string[];
}

/** `coverage --json` (and `--format json`). */
export interface CoverageJson {
  version: typeof CONTRACT_VERSION;
  set: PrincipleSet;
  target: number;
  atTarget: number;
  questionCount: number;
  principles: PrincipleCoverageJson[];
  stories: StoryCoverageJson[];
  sketches: SketchCoverageJson[];
  loop: LoopReadiness;
}

export function coverageJson(report: CoverageReport): CoverageJson {
  return {
    version: CONTRACT_VERSION,
    set: report.set,
    target: report.target,
    atTarget: report.atTarget,
    questionCount: report.questionCount,
    principles: report.principles.map((pc) => ({
      id: pc.principle.id,
      name: pc.principle.name,
      count: pc.count,
      status: pc.status,
      stories: pc.stories,
      suggestedStories: pc.suggestedStories,
      questions: pc.questions,
      cuedQuestions: pc.cuedQuestions,
    })),
    stories: report.stories.map((s) => ({
      id: s.story.id,
      title: s.story.title,
      path: s.story.path,
      line: s.story.line,
      primary: s.primary,
      secondary: s.secondary,
      suggested: s.suggested,
      onlyStoryFor: s.onlyStoryFor,
      draft: s.draft,
      overloaded: s.overloaded,
      overloadReasons: s.overloadReasons,
      health: s.health,
    })),
    sketches: report.sketches.map((s) => ({ id: s.story.id, title: s.story.title, path: s.story.path, line: s.story.line, principles: s.principles, suggested: s.suggested })),
    loop: report.loop,
  };
}

export interface StoryLintJson {
  id: string;
  title: string;
  path: string;
  line: number;
  health: StoryHealth;
}

/** `lint --json`. */
export interface LintJson {
  version: typeof CONTRACT_VERSION;
  errors: number;
  warnings: WarningJson[];
  stories: StoryLintJson[];
}

export function lintJson(warnings: readonly IndexWarning[], stories: readonly { story: Story; health: StoryHealth }[]): LintJson {
  return {
    version: CONTRACT_VERSION,
    errors: warnings.filter((w) => w.severity === 'error').length,
    warnings: warnings.map(warningJson),
    stories: stories.map(({ story, health }) => ({ id: story.id, title: story.title, path: story.path, line: story.line, health })),
  };
}

/** `drill --json`: the planned questions, with the seed that gives the same drill again. */
export interface DrillJson {
  version: typeof CONTRACT_VERSION;
  seed: string;
  /** What the drill was drawn from: `all` sets, one `set`, or one `principle`. */
  scope: 'all' | 'set' | 'principle' | 'category';
  set: string | null;
  principle: string | null;
  questions: QuestionJson[];
}

export function drillJson(drill: { seed: string; scope: { kind: DrillJson['scope'] }; set: string | null; principle: string | null; questions: readonly Question[] }): DrillJson {
  return {
    version: CONTRACT_VERSION,
    seed: drill.seed,
    scope: drill.scope.kind,
    set: drill.set,
    principle: drill.principle,
    questions: drill.questions.map(questionJson),
  };
}

export interface HistoryQuestionJson {
  id: string;
  text: string;
  principles: string[];
  attempts: number;
  lastRating: Rating;
  /** Local time, `YYYY-MM-DD HH:mm`. */
  lastSeen: string;
  /** Local day, `YYYY-MM-DD`. */
  nextDue: string;
  inVault: boolean;
  /** Vault paths of the question's recorded answers, oldest first. */
  recordings: string[];
}

/** `history --json`: per question what the log holds, the lines that did not parse, and per set the progress the dashboard draws. */
export interface HistoryJson {
  version: typeof CONTRACT_VERSION;
  log: string;
  attempts: number;
  questions: HistoryQuestionJson[];
  malformed: MalformedLine[];
  progress: DrillProgress[];
}

export function historyJson(history: { log: string; attempts: number; rows: readonly HistoryRow[]; malformed: MalformedLine[]; progress: DrillProgress[] }): HistoryJson {
  return {
    version: CONTRACT_VERSION,
    log: history.log,
    attempts: history.attempts,
    questions: history.rows.map((r) => ({
      id: r.questionId,
      text: r.text,
      principles: r.principles,
      attempts: r.attempts,
      lastRating: r.lastRating,
      lastSeen: formatMinute(r.lastSeen),
      nextDue: formatDay(r.due),
      inVault: r.inVault,
      recordings: r.recordings,
    })),
    malformed: history.malformed,
    progress: history.progress,
  };
}

export interface PlannedStoryJson {
  id: string;
  title: string;
  path: string;
  line: number;
  numbers: string[];
}

export interface PlanSlotJson {
  id: string;
  name: string;
  story: PlannedStoryJson | null;
  backup: PlannedStoryJson | null;
  backupShared: boolean;
  cue: string | null;
}

/** `plan --json`: plain ids and paths; dates as local days. */
export interface PlanJson {
  version: typeof CONTRACT_VERSION;
  set: string;
  planned: string;
  interviewDate: string | null;
  proposed: boolean;
  interviewers: { name: string; principles: PlanSlotJson[] }[];
}

export function planJson(plan: LoopPlan, ctx: PlanRenderContext): PlanJson {
  const story = (s: PlannedStory | null): PlannedStoryJson | null => (s ? { id: s.id, title: s.title, path: s.path, line: s.line, numbers: s.numbers } : null);
  return {
    version: CONTRACT_VERSION,
    set: plan.set.id,
    planned: formatDay(ctx.now),
    interviewDate: ctx.interviewDate ? formatDay(ctx.interviewDate) : null,
    proposed: plan.proposed,
    interviewers: plan.interviewers.map((iv) => ({
      name: iv.name,
      principles: iv.slots.map((s) => ({ id: s.principle.id, name: s.principle.name, story: story(s.story), backup: story(s.backup), backupShared: s.backupShared, cue: s.cue })),
    })),
  };
}
