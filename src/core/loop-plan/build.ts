// The loop plan: for each interviewer and principle, the story to tell, a backup and the Result's
// numbers to remember. Stories come from the exact matching of src/core/coverage/loop.ts, run over
// the plan's slots (one per interviewer × principle), so no story is planned twice: first the
// main stories (as many slots as possible get one), then the backups from the stories left.
import { computeCoverage } from '../coverage/coverage';
import { loopReadiness } from '../coverage/loop';
import type { CoverageReport } from '../coverage/types';
import type { IndexSnapshot, Principle, PrincipleSet, Story } from '../model';
import type { CoverageSettings } from '../settings';
import { principleFactor, type DrillContext } from '../drill/plan';
import { nameKey } from '../text/normalize';

/** Principles each proposed interviewer asks about (as in the mock loop). */
export const PRINCIPLES_PER_INTERVIEWER = 2;

export interface InterviewerSpec {
  name: string;
  /** Principle ids, in the order the interviewer asks them. */
  principles: string[];
}

export interface PlannedStory {
  id: string;
  title: string;
  path: string;
  line: number;
  kind: Story['kind'];
  /** Numbers found in the story's Result (`40%`, `$2.5m`), in order. */
  numbers: string[];
}

export interface PlanSlot {
  principle: Principle;
  story: PlannedStory | null;
  backup: PlannedStory | null;
  /** True when no story was left for a backup and it is another slot's main story. */
  backupShared: boolean;
  /** The user's answer cue for this principle, when the vault has one. */
  cue: string | null;
}

export interface LoopPlan {
  set: PrincipleSet;
  /** True when the interviewers were proposed (weakest principles), not given by the user. */
  proposed: boolean;
  interviewers: { name: string; slots: PlanSlot[] }[];
}

export interface PlanOptions {
  coverage?: Partial<CoverageSettings>;
  /**
   * The answer cue shown for a principle. Default: the first cue the user wrote under a question
   * mapped to that principle (questions in index order), else null.
   */
  cueFor?: (principleId: string) => string | null;
}

/** The first answer cue under a question mapped to each principle. */
export function firstCueByPrinciple(snapshot: IndexSnapshot): (principleId: string) => string | null {
  const cues = new Map<string, string>();
  for (const q of snapshot.questions) {
    const cue = q.cues?.[0];
    if (!cue) continue;
    for (const ref of q.principles) if (!cues.has(ref.id)) cues.set(ref.id, cue);
  }
  return (principleId) => cues.get(principleId) ?? null;
}

/** Candidate stories of a principle: primary mappings first, each group in the report's order. */
function candidates(report: CoverageReport, principleId: string): string[] {
  const pc = report.principles.find((p) => p.principle.id === principleId);
  if (!pc) return [];
  return [...pc.stories.filter((s) => s.role === 'primary'), ...pc.stories.filter((s) => s.role === 'secondary')].map((s) => s.storyId);
}

export function buildLoopPlan(snapshot: IndexSnapshot, setId: string, interviewers: InterviewerSpec[], proposed: boolean, options: PlanOptions = {}): LoopPlan {
  const report = computeCoverage(snapshot, setId, options.coverage ?? {});
  const cueFor = options.cueFor ?? firstCueByPrinciple(snapshot);
  const byId = new Map(snapshot.principles.map((p) => [p.id, p]));
  const health = new Map(report.stories.map((sc) => [sc.story.id, sc]));
  const slots: { key: string; principle: Principle; edges: string[] }[] = [];
  interviewers.forEach((iv, i) =>
    iv.principles.forEach((pid, j) => {
      const principle = byId.get(pid);
      if (principle) slots.push({ key: `${i}/${j}`, principle, edges: candidates(report, pid) });
    }),
  );
  const keys = slots.map((s) => s.key);
  const main = loopReadiness(keys, new Map(slots.map((s) => [s.key, s.edges])), 1).assignment;
  const used = new Set(Object.values(main).flat());
  const spare = loopReadiness(keys, new Map(slots.map((s) => [s.key, s.edges.filter((id) => !used.has(id))])), 1).assignment;

  const planned = (id: string | undefined): PlannedStory | null => {
    const sc = id === undefined ? undefined : health.get(id);
    if (!sc) return null;
    const { story } = sc;
    return { id: story.id, title: story.title, path: story.path, line: story.line, kind: story.kind, numbers: sc.health.resultNumbers };
  };
  const slotByKey = new Map(
    slots.map((s) => {
      const mine = main[s.key]?.[0];
      let backup: string | undefined = spare[s.key]?.[0];
      const shared = backup === undefined && s.edges.some((id) => id !== mine);
      if (shared) backup = s.edges.find((id) => id !== mine);
      const slot: PlanSlot = { principle: s.principle, story: planned(mine), backup: planned(backup), backupShared: shared, cue: cueFor(s.principle.id) };
      return [s.key, slot];
    }),
  );
  const set = report.set;
  return {
    set,
    proposed,
    interviewers: interviewers.map((iv, i) => ({
      name: iv.name,
      slots: iv.principles.map((_, j) => slotByKey.get(`${i}/${j}`)).filter((s): s is PlanSlot => s !== undefined),
    })),
  };
}

/**
 * A plan for when the user does not know the loop: `count` interviewers, each asking about the
 * next PRINCIPLES_PER_INTERVIEWER weakest principles of the set (`weakness`: higher = weaker; the
 * set's order breaks ties).
 */
export function proposeInterviewers(snapshot: IndexSnapshot, setId: string, count: number, weakness: (principleId: string) => number): InterviewerSpec[] {
  const ranked = snapshot.principles
    .filter((p) => p.set === setId)
    .map((p, order) => ({ id: p.id, w: weakness(p.id), order }))
    .sort((a, b) => b.w - a.w || a.order - b.order);
  const out: InterviewerSpec[] = [];
  for (let i = 0; i < Math.max(0, Math.floor(count)) && i * PRINCIPLES_PER_INTERVIEWER < ranked.length; i++) {
    out.push({ name: `Interviewer ${i + 1}`, principles: ranked.slice(i * PRINCIPLES_PER_INTERVIEWER, (i + 1) * PRINCIPLES_PER_INTERVIEWER).map((r) => r.id) });
  }
  return out;
}

export interface ParsedInterviewers {
  interviewers: InterviewerSpec[];
  /** Names that match no principle of the set, with their line. */
  unknown: { line: number; name: string }[];
}

/**
 * Reads what the user typed, one interviewer a line: `Name: Principle, Principle` (the name is
 * optional). Principles are matched by name, alias or id within the set; a name with a comma in it
 * (`Are Right, A Lot`) is found by joining neighbouring parts.
 */
export function parseInterviewers(text: string, snapshot: IndexSnapshot, setId: string): ParsedInterviewers {
  const inSet = snapshot.principles.filter((p) => p.set === setId);
  const find = (name: string): Principle | undefined => {
    const key = nameKey(name);
    return key === '' ? undefined : inSet.find((p) => p.id === name.trim() || nameKey(p.name) === key || p.aliases.some((a) => nameKey(a) === key));
  };
  const out: ParsedInterviewers = { interviewers: [], unknown: [] };
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').trim();
    if (line === '') return;
    const colon = line.indexOf(':');
    // A colon starts the list only when what precedes it is not itself a principle.
    const named = colon > 0 && !find(line.slice(0, colon));
    const name = named ? line.slice(0, colon).trim() : `Interviewer ${out.interviewers.length + 1}`;
    const parts = (named ? line.slice(colon + 1) : line.replace(':', ',')).split(/[,;]/);
    const principles: string[] = [];
    for (let a = 0; a < parts.length; ) {
      let b = parts.length;
      let hit: Principle | undefined;
      for (; b > a && !hit; b--) hit = find(parts.slice(a, b).join(','));
      if (hit) {
        if (!principles.includes(hit.id)) principles.push(hit.id);
        a = b + 1;
      } else {
        if (parts[a].trim() !== '') out.unknown.push({ line: i + 1, name: parts[a].trim() });
        a++;
      }
    }
    if (principles.length > 0) out.interviewers.push({ name: name || `Interviewer ${out.interviewers.length + 1}`, principles });
  });
  return out;
}

/** The proposed plan (weakest principles by the drill weights: coverage status and ratings). */
export function proposeLoopPlan(ctx: DrillContext, setId: string, interviewers: number, options: PlanOptions = {}): LoopPlan {
  const specs = proposeInterviewers(ctx.snapshot, setId, interviewers, (id) => principleFactor(id, ctx));
  return buildLoopPlan(ctx.snapshot, setId, specs, true, options);
}
