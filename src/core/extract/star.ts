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
