// STAR part names: `S`/`Situation`, `T`/`Task`, `A`/`Action`, `R`/`Result`, `L`/`Learning`.
import type { StarKey } from '../model';

const STAR_NAMES: Record<string, StarKey> = {
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
};

/** The STAR key a label or heading names (`Situation`, `**S:**`, `Result:`), or null. */
export function starKey(text: string): StarKey | null {
  const key = text.replace(/[*_:]/g, '').trim().toLowerCase();
  return STAR_NAMES[key] ?? null;
}
