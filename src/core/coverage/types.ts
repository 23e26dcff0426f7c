// The coverage read model: what the dashboard, the CLI's `coverage` and the drills consume.
import type { Principle, PrincipleSet, Role, StarKey, Story } from '../model';

export type CoverageStatus = 'gap' | 'thin' | 'ok';

export interface PrincipleCoverage {
  principle: Principle;
  /** Distinct stories mapped to the principle, with the role they play for it. */
  stories: { storyId: string; role: Role }[];
  /** Stories suggested (by text similarity) for it, not counted. */
  suggestedStories: string[];
  /** Number of distinct stories (primary and secondary). */
  count: number;
  status: CoverageStatus;
  /** Questions mapped to the principle, and how many of them have an answer cue. */
  questions: number;
  cuedQuestions: number;
}

export type HealthIssueCode =
  | 'missing-parts'
  | 'result-without-number'
  | 'too-short'
  | 'too-long'
  | 'we-over-i';

export interface HealthIssue {
  code: HealthIssueCode;
  message: string;
}

export interface StoryHealth {
  missingParts: StarKey[];
  /** Numbers (with units, percentages, money) found in Result. */
  resultNumbers: string[];
  words: number;
  /** Spoken length at 150 words a minute. */
  spokenSeconds: number;
  actionI: number;
  actionWe: number;
  /** Words per part (present parts only). */
  partWords: Partial<Record<StarKey, number>>;
  issues: HealthIssue[];
}

export interface StoryCoverage {
  story: Story;
  /** Principle ids in this set, by role. */
  primary: string[];
  secondary: string[];
  suggested: string[];
  /** Principle ids this story is the only story for. */
  onlyStoryFor: string[];
  /** A story with no written part yet: shown with its mappings, never counted. */
  draft: boolean;
  overloaded: boolean;
  overloadReasons: string[];
  health: StoryHealth;
}

/** A story sketch (a title over a paragraph, not STAR yet): shown beside the stories, never counted. */
export interface SketchCoverage {
  story: Story;
  /** Principle ids in this set it is mapped to (any role), and suggested for. */
  principles: string[];
  suggested: string[];
}

export interface LoopReadiness {
  /** True when every principle can get `target` stories with no story used twice. */
  ready: boolean;
  /**
   * Principle ids short of target in at least one maximum assignment: where one more story would
   * let the loop cover more.
   */
  blocking: string[];
  /**
   * One maximum assignment: principle id → story ids. Of the maximum ones, one where as many
   * principles as possible get at least one story.
   */
  assignment: Record<string, string[]>;
  /** Principle ids `assignment` leaves below target (a subset of `blocking`), in set order. */
  short: string[];
  /** Slots filled in the maximum assignment, out of principles × target. */
  filled: number;
  needed: number;
}

export interface CoverageReport {
  set: PrincipleSet;
  target: number;
  principles: PrincipleCoverage[];
  /** Stories mapped to at least one principle of the set, plus unmapped stories with suggestions into it. */
  stories: StoryCoverage[];
  /** Sketches mapped or suggested into the set: drafts, in no count, no loop and no gap. */
  sketches: SketchCoverage[];
  /** Principles whose count reaches the target. */
  atTarget: number;
  loop: LoopReadiness;
  /** Questions whose principles include one of this set. */
  questionCount: number;
  /** How many of `stories` are drafts (counted for no principle). */
  drafts: number;
}
