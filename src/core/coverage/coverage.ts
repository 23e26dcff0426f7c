// Coverage of one principle set: distinct stories per principle, gaps, overloaded stories,
// story health and loop readiness, with sketches and answer cues beside them (never counted).
// Pure function of a snapshot; the dashboard, the CLI and the drills all read this report.
import type { IndexSnapshot, Principle, PrincipleSet, Role, Story } from '../model';
import type { CoverageSettings } from '../settings';
import { DEFAULT_COVERAGE_SETTINGS } from '../settings';
import { healthOf } from './health';
import { loopReadinessIndexed } from './loop';
import { listNames } from './phrases';
import type { CoverageReport, CoverageStatus, PrincipleCoverage, SketchCoverage, StoryCoverage } from './types';

export function coverageStatus(count: number, target: number): CoverageStatus {
  if (count >= target) return 'ok';
  return count === 0 ? 'gap' : 'thin';
}

/** A story mapped or suggested to principles of the set, by principle number. */
interface Entry {
  story: Story;
  primary: number[];
  secondary: number[];
  suggested: number[];
}

/** The set's stories by principle: who counts for each (drafts never do), and who is suggested. */
interface StoryMap {
  /** Stories (not sketches) with a mapping or suggestion in the set, in snapshot order. */
  entries: Entry[];
  /** Per principle: the numbers of the entries that count for it, and in which role. */
  byPrinciple: number[][];
  roles: Role[][];
  /** Per principle: ids of the stories that suggest it. */
  suggestedBy: string[][];
  sketches: SketchCoverage[];
}

/** Throws when `setId` is not a set of the snapshot (callers list the sets first). */
export function computeCoverage(snapshot: IndexSnapshot, setId: string, settings: Partial<CoverageSettings> = {}): CoverageReport {
  const options = { ...DEFAULT_COVERAGE_SETTINGS, ...settings };
  const { target } = options;
  const set = findSet(snapshot, setId);
  const principles = snapshot.principles.filter((p) => p.set === setId);
  const indexOf = new Map<string, number>();
  principles.forEach((p, i) => indexOf.set(p.id, i));

  const map = mapStories(snapshot.stories, indexOf, principles.length);
  const questions = countQuestions(snapshot, indexOf, principles.length);
  const principleCoverage: PrincipleCoverage[] = principles.map((principle, i) => ({
    principle,
    stories: map.byPrinciple[i].map((e, k) => ({ storyId: map.entries[e].story.id, role: map.roles[i][k] })),
    suggestedStories: map.suggestedBy[i],
    count: map.byPrinciple[i].length,
    status: coverageStatus(map.byPrinciple[i].length, target),
    questions: questions.asked[i],
    cuedQuestions: questions.cued[i],
  }));
  const storyCoverage = coverStories(map, principles, options);
  const principleIds = principles.map((p) => p.id);
  const storyIds = map.entries.map((e) => e.story.id);

  return {
    set,
    target,
    principles: principleCoverage,
    stories: storyCoverage,
    sketches: map.sketches,
    atTarget: principleCoverage.filter((pc) => pc.count >= target).length,
    loop: loopReadinessIndexed(principleIds, storyIds, map.byPrinciple, target),
    questionCount: questions.count,
    drafts: storyCoverage.filter((s) => s.draft).length,
  };
}

function findSet(snapshot: IndexSnapshot, setId: string): PrincipleSet {
  const set = snapshot.sets.find((s) => s.id === setId);
  if (set) return set;
  const known = snapshot.sets.map((s) => s.id).join(', ') || 'none';
  throw new Error(`Unknown principle set "${setId}" (known sets: ${known}).`);
}

/** Which principles of the set each story is for, by role; sketches aside, beside the counts. */
function mapStories(stories: readonly Story[], indexOf: Map<string, number>, principleCount: number): StoryMap {
  const map: StoryMap = {
    entries: [],
    byPrinciple: Array.from({ length: principleCount }, () => []),
    roles: Array.from({ length: principleCount }, () => []),
    suggestedBy: Array.from({ length: principleCount }, () => []),
    sketches: [],
  };
  for (const story of stories) {
    if (story.kind === 'sketch') {
      const sketch = sketchCoverage(story, indexOf);
      if (sketch) map.sketches.push(sketch);
      continue;
    }
    const entry = storyEntry(story, indexOf);
    if (!entry) continue;
    const e = map.entries.length;
    map.entries.push(entry);
    for (const i of entry.suggested) map.suggestedBy[i].push(story.id);
    // A draft is listed with its mappings but fills no principle (nor the loop).
    if (story.kind === 'draft') continue;
    // Lists stay in snapshot order: entries are numbered in that order.
    for (const i of entry.primary) {
      map.byPrinciple[i].push(e);
      map.roles[i].push('primary');
    }
    for (const i of entry.secondary) {
      map.byPrinciple[i].push(e);
      map.roles[i].push('secondary');
    }
  }
  return map;
}

/**
 * A story's principles in the set: it counts once per principle, as primary when any of its
 * mappings to that principle is primary; a suggestion counts only for a principle it is not mapped
 * to. Null when the story has nothing in the set.
 */
function storyEntry(story: Story, indexOf: Map<string, number>): Entry | null {
  const primary: number[] = [];
  const secondary: number[] = [];
  for (const ref of story.principles) {
    const i = indexOf.get(ref.id);
    if (i === undefined) continue;
    const list = ref.role === 'primary' ? primary : secondary;
    if (!list.includes(i)) list.push(i);
  }
  const secondaryOnly = secondary.filter((i) => !primary.includes(i));
  const suggested: number[] = [];
  for (const sid of story.suggestions) {
    const i = indexOf.get(sid);
    if (i === undefined || primary.includes(i) || secondary.includes(i) || suggested.includes(i)) continue;
    suggested.push(i);
  }
  if (primary.length === 0 && secondaryOnly.length === 0 && suggested.length === 0) return null;
  return { story, primary, secondary: secondaryOnly, suggested };
}

/** Questions of the set (mapped to one of its principles), and per principle: asked, with answer cues. */
function countQuestions(snapshot: IndexSnapshot, indexOf: Map<string, number>, principleCount: number): { count: number; asked: number[]; cued: number[] } {
  let count = 0;
  const asked = new Array<number>(principleCount).fill(0);
  const cued = new Array<number>(principleCount).fill(0);
  for (const q of snapshot.questions) {
    const seen = new Set<number>();
    for (const ref of q.principles) {
      const i = indexOf.get(ref.id);
      if (i === undefined || seen.has(i)) continue;
      seen.add(i);
      asked[i]++;
      if (q.cues.length > 0) cued[i]++;
    }
    if (seen.size > 0) count++;
  }
  return { count, asked, cued };
}

/** Each story's principles, health, and why it is overloaded (primary for too many, or the only story for some). */
function coverStories(map: StoryMap, principles: Principle[], settings: CoverageSettings): StoryCoverage[] {
  const { overloadPrimary, overloadOnlyStory } = settings;
  const ids = principles.map((p) => p.id);
  const pick = (indexes: number[]): string[] => indexes.map((i) => ids[i]);
  const onlyFor: number[][] = map.entries.map(() => []);
  map.byPrinciple.forEach((list, i) => {
    if (list.length === 1) onlyFor[list[0]].push(i);
  });
  return map.entries.map((entry, e) => {
    const overloadReasons: string[] = [];
    if (entry.story.kind !== 'draft' && entry.primary.length > overloadPrimary) {
      overloadReasons.push(`Primary story for ${entry.primary.length} principles (more than ${overloadPrimary}).`);
    }
    if (onlyFor[e].length >= overloadOnlyStory && onlyFor[e].length > 0) {
      const names = onlyFor[e].map((i) => principles[i].name);
      overloadReasons.push(names.length === 1 ? `Only story for ${names[0]}.` : `Only story for ${names.length} principles: ${listNames(names)}.`);
    }
    return {
      story: entry.story,
      primary: pick(entry.primary),
      secondary: pick(entry.secondary),
      suggested: pick(entry.suggested),
      onlyStoryFor: pick(onlyFor[e]),
      draft: entry.story.kind === 'draft',
      overloaded: overloadReasons.length > 0,
      overloadReasons,
      health: healthOf(entry.story),
    };
  });
}

/** A sketch's principles in the set, mapped or suggested; null when it has none there. */
function sketchCoverage(story: Story, indexOf: Map<string, number>): SketchCoverage | null {
  const principles: string[] = [];
  for (const ref of story.principles) if (indexOf.has(ref.id) && !principles.includes(ref.id)) principles.push(ref.id);
  const suggested = story.suggestions.filter((id) => indexOf.has(id) && !principles.includes(id));
  return principles.length > 0 || suggested.length > 0 ? { story, principles, suggested } : null;
}

/** One report per set, in the snapshot's set order. */
export function coverageForAllSets(snapshot: IndexSnapshot, settings: Partial<CoverageSettings> = {}): CoverageReport[] {
  return snapshot.sets.map((s) => computeCoverage(snapshot, s.id, settings));
}
