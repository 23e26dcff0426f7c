// STAR part names: `S`/`Situation`, `T`/`Task`, `A`/`Action`, `R`/`Result`, `L`/`Learning`.
import type { StarKey } from '../model';

// A Map, not an object literal: `constructor`, `toString` or `__proto__` as a label must not match.
const STAR_NAMES = new Map<string, StarKey>(Object.entries({
  s: 'S',
  situation: 'S',
  t: 'T',
  task: 'T',
  a: 'A',
  action: 'A',
  actions: 'A',
  r: 'R',
  result: 'R',
  results: 'R',
  l: 'L',
  learning: 'L',
  learnings: 'L',
  lesson: 'L',
  lessons: 'L',
} satisfies Record<string, StarKey>));

/** The STAR key a label or heading names (`Situation`, `**S:**`, `Result:`), or null. */
export function starKey(text: string): StarKey | null {
  const key = text.replace(/[*_:]/g, '').trim().toLowerCase();
  return STAR_NAMES.get(key) ?? null;
}

/** Words that head a part in a story note's headings, besides the STAR names themselves. */
const HEADING_SYNONYMS = new Map<string, StarKey>(Object.entries({
  context: 'S',
  background: 'S',
  goal: 'T',
  goals: 'T',
  objective: 'T',
  outcome: 'R',
  outcomes: 'R',
  impact: 'R',
  reflection: 'L',
  takeaways: 'L',
} satisfies Record<string, StarKey>));

/**
 * The STAR key a heading of a story note names. Besides the exact names, a short heading whose
 * first word is a part's name or a common synonym counts (`Action taken`, `Result and impact`,
 * `Lessons learned`, `Context`); a single letter only on its own. Not for the note's title (H1),
 * which may well start with such a word ("Action plan for the outage").
 */
export function starHeadingKey(text: string, level: number): StarKey | null {
  const exact = starKey(text);
  if (exact !== null || level <= 1) return exact;
  const words = text.replace(/[*_:]/g, ' ').trim().toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length === 0 || words.length > 4 || words[0].length < 2) return null;
  return STAR_NAMES.get(words[0]) ?? HEADING_SYNONYMS.get(words[0]) ?? null;
}
