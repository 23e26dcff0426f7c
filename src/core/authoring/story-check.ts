// "Check this story": what the panel shows for one story — each part's words and spoken time,
// Action's share, numbers in Result, "I" against "we", missing parts, the principles it is the
// only story for. Built from healthOf and computeCoverage.
import { computeCoverage } from '../coverage/coverage';
import { healthOf, WORDS_PER_MINUTE } from '../coverage/health';
import type { HealthIssue } from '../coverage/types';
import type { IndexSnapshot, StarKey, Story } from '../model';
import type { CoverageSettings } from '../settings';

export const PART_NAMES: Record<StarKey, string> = { S: 'Situation', T: 'Task', A: 'Action', R: 'Result', L: 'Learning' };

export interface PartCheck {
  key: StarKey;
  name: string;
  words: number;
  seconds: number;
}

export interface StoryCheck {
  story: Story;
  parts: PartCheck[];
  missing: { key: StarKey; name: string }[];
  words: number;
  seconds: number;
  /** Action's words over all words, 0..1 (0 when the story has no words). */
  actionShare: number;
  resultNumbers: string[];
  actionI: number;
  actionWe: number;
  /** Principles (names, with their set) this story is the only story for. */
  onlyStoryFor: { id: string; name: string; set: string }[];
  issues: HealthIssue[];
}

export function spokenSeconds(words: number): number {
  return Math.round((words * 60) / WORDS_PER_MINUTE);
}

export function checkStory(snapshot: IndexSnapshot, story: Story, coverage: Partial<CoverageSettings> = {}): StoryCheck {
  const health = healthOf(story);
  const parts: PartCheck[] = story.parts.map((key) => {
    const words = health.partWords[key] ?? 0;
    return { key, name: PART_NAMES[key], words, seconds: spokenSeconds(words) };
  });
  const sets = new Set(story.principles.map((r) => r.id.split('/')[0]));
  const only: StoryCheck['onlyStoryFor'] = [];
  for (const set of snapshot.sets) {
    if (!sets.has(set.id)) continue;
    const report = computeCoverage(snapshot, set.id, coverage);
    const entry = report.stories.find((s) => s.story.id === story.id);
    for (const id of entry?.onlyStoryFor ?? []) {
      const p = snapshot.principles.find((x) => x.id === id);
      if (p) only.push({ id, name: p.name, set: set.name });
    }
  }
  return {
    story,
    parts,
    missing: health.missingParts.map((key) => ({ key, name: PART_NAMES[key] })),
    words: health.words,
    seconds: health.spokenSeconds,
    actionShare: health.words === 0 ? 0 : (health.partWords.A ?? 0) / health.words,
    resultNumbers: health.resultNumbers,
    actionI: health.actionI,
    actionWe: health.actionWe,
    onlyStoryFor: only,
    issues: health.issues,
  };
}

/** The story at a 1-based line of a note: the innermost one whose range holds it (a story note holds every line). */
export function storyAt(snapshot: IndexSnapshot, path: string, line: number): Story | null {
  let best: Story | null = null;
  for (const s of snapshot.stories) {
    if (s.path !== path || line < s.line || line > s.endLine) continue;
    if (!best || s.endLine - s.line < best.endLine - best.line) best = s;
  }
  return best;
}

/** The story a command acts on: at the cursor, else the note's only story (a story note). */
export function activeStory(snapshot: IndexSnapshot, path: string, line: number | null): Story | null {
  if (line !== null) {
    const at = storyAt(snapshot, path, line);
    if (at) return at;
  }
  const inNote = snapshot.stories.filter((s) => s.path === path);
  const note = inNote.find((s) => s.kind !== 'inline');
  if (note) return note;
  return inNote.length === 1 && line === null ? inNote[0] : null;
}
