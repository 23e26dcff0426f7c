// Coverage of one principle set: distinct stories per principle, gaps, overloaded stories,
// story health and loop readiness, with sketches and answer cues beside them (never counted).
// Pure function of a snapshot; the dashboard, the CLI and the drills all read this report.
import type { IndexSnapshot, Role, Story } from '../model';
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

interface Entry {
  story: Story;
  primary: number[];
  secondary: number[];
  suggested: number[];
}

/** Throws when `setId` is not a set of the snapshot (callers list the sets first). */
export function computeCoverage(snapshot: IndexSnapshot, setId: string, settings: Partial<CoverageSettings> = {}): CoverageReport {
  const { target, overloadPrimary, overloadOnlyStory } = { ...DEFAULT_COVERAGE_SETTINGS, ...settings };
  const set = snapshot.sets.find((s) => s.id === setId);
  if (!set) {
    const known = snapshot.sets.map((s) => s.id).join(', ') || 'none';
    throw new Error(`Unknown principle set "${setId}" (known sets: ${known}).`);
  }
  const principles = snapshot.principles.filter((p) => p.set === setId);
  const principleIds = principles.map((p) => p.id);
  const indexOf = new Map<string, number>();
  principleIds.forEach((pid, i) => indexOf.set(pid, i));

  // Which principles of the set each story is for, by role; a story counts once per principle,
  // as primary when any of its mappings to that principle is primary.
  const entries: Entry[] = [];
  const byPrinciple: number[][] = principles.map(() => []);
  const roles: Role[][] = principles.map(() => []);
  const suggestedBy: string[][] = principles.map(() => []);
  const sketches: SketchCoverage[] = [];
  for (const story of snapshot.stories) {
    if (story.principles.length === 0 && story.suggestions.length === 0) continue;
    if (story.kind === 'sketch') {
      const sketch = sketchCoverage(story, indexOf);
      if (sketch) sketches.push(sketch);
      continue;
    }
    let primary: number[] | null = null;
    let secondary: number[] | null = null;
    for (const ref of story.principles) {
      const i = indexOf.get(ref.id);
      if (i === undefined) continue;
      if (ref.role === 'primary') {
        if (!primary) primary = [];
        if (!primary.includes(i)) primary.push(i);
      } else {
        if (!secondary) secondary = [];
        if (!secondary.includes(i)) secondary.push(i);
      }
    }
    if (primary && secondary) secondary = secondary.filter((i) => !primary.includes(i));
    let suggested: number[] | null = null;
    for (const sid of story.suggestions) {
      const i = indexOf.get(sid);
      if (i === undefined || primary?.includes(i) || secondary?.includes(i) || suggested?.includes(i)) continue;
      (suggested ??= []).push(i);
      suggestedBy[i].push(story.id);
    }
    if (!primary && !secondary?.length && !suggested) continue;
    const entry: Entry = { story, primary: primary ?? [], secondary: secondary ?? [], suggested: suggested ?? [] };
    const e = entries.length;
    entries.push(entry);
    // A draft is listed with its mappings but fills no principle (nor the loop).
    if (story.kind === 'draft') continue;
    // Lists stay in snapshot order: entries are numbered in that order.
    for (const i of entry.primary) {
      byPrinciple[i].push(e);
      roles[i].push('primary');
    }
    for (const i of entry.secondary) {
      byPrinciple[i].push(e);
      roles[i].push('secondary');
    }
  }

  let questionCount = 0;
  const asked = principles.map(() => 0);
  const cued = principles.map(() => 0);
  for (const q of snapshot.questions) {
    let inSet = false;
    const seen = new Set<number>();
    for (const ref of q.principles) {
      const i = indexOf.get(ref.id);
      if (i === undefined || seen.has(i)) continue;
      seen.add(i);
      inSet = true;
      asked[i]++;
      if (q.cues.length > 0) cued[i]++;
    }
    if (inSet) questionCount++;
  }

  const principleCoverage: PrincipleCoverage[] = principles.map((principle, i) => {
    const list = byPrinciple[i];
    const stories = list.map((e, k) => ({ storyId: entries[e].story.id, role: roles[i][k] }));
    return {
      principle,
      stories,
      suggestedStories: suggestedBy[i],
      count: list.length,
      status: coverageStatus(list.length, target),
      questions: asked[i],
      cuedQuestions: cued[i],
    };
  });

  const onlyFor: number[][] = entries.map(() => []);
  byPrinciple.forEach((list, i) => {
    if (list.length === 1) onlyFor[list[0]].push(i);
  });

  const storyCoverage: StoryCoverage[] = entries.map((entry, e) => {
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
      primary: pick(principleIds, entry.primary),
      secondary: pick(principleIds, entry.secondary),
      suggested: pick(principleIds, entry.suggested),
      onlyStoryFor: pick(principleIds, onlyFor[e]),
      draft: entry.story.kind === 'draft',
      overloaded: overloadReasons.length > 0,
      overloadReasons,
      health: healthOf(entry.story),
    };
  });

  const loop = loopReadinessIndexed(
    principleIds,
    entries.map((e) => e.story.id),
    byPrinciple,
    target,
  );

  return {
    set,
    target,
    principles: principleCoverage,
    stories: storyCoverage,
    sketches,
    atTarget: principleCoverage.filter((pc) => pc.count >= target).length,
    loop,
    questionCount,
    drafts: storyCoverage.filter((s) => s.draft).length,
  };
}

/** A sketch's principles in the set, mapped or suggested; null when it has none there. */
function sketchCoverage(story: Story, indexOf: Map<string, number>): SketchCoverage | null {
  const principles: string[] = [];
  for (const ref of story.principles) if (indexOf.has(ref.id) && !principles.includes(ref.id)) principles.push(ref.id);
  const suggested = story.suggestions.filter((id) => indexOf.has(id) && !principles.includes(id));
  return principles.length > 0 || suggested.length > 0 ? { story, principles, suggested } : null;
}

function pick(ids: string[], indexes: number[]): string[] {
  const out: string[] = new Array<string>(indexes.length);
  for (let k = 0; k < indexes.length; k++) out[k] = ids[indexes[k]];
  return out;
}

/** One report per set, in the snapshot's set order. */
export function coverageForAllSets(snapshot: IndexSnapshot, settings: Partial<CoverageSettings> = {}): CoverageReport[] {
  return snapshot.sets.map((s) => computeCoverage(snapshot, s.id, settings));
}
