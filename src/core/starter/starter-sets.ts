// The starter sets and their note text, in the format the index recognizes: a set tag in
// frontmatter, the title as H1, each principle as an H2 with its description as the first
// paragraph, and its questions as bold numbered list items below.
import { AMAZON } from './amazon';
import { GOOGLE } from './google';
import { META } from './meta';
import type { PrincipleSet } from '../model';
import { nameKey } from '../text/normalize';
import type { StarterKey, StarterSet } from './types';

export const STARTER_SETS: Record<StarterKey, StarterSet> = { amazon: AMAZON, google: GOOGLE, meta: META };
export const STARTER_KEYS: readonly StarterKey[] = ['amazon', 'google', 'meta'];

export function isStarterKey(s: string): s is StarterKey {
  return (STARTER_KEYS as readonly string[]).includes(s);
}

/** The set note's text; `setTag` is the configured set tag (`principles` by default). */
export function starterSetText(set: StarterSet, setTag: string): string {
  const tag = `${setTag.replace(/^#/, '')}/${set.key}`;
  const lines = [
    '---',
    'tags:',
    `  - ${tag}`,
    '---',
    `# ${set.title}`,
    '',
    `One-line summaries written for practice; check ${set.company}'s own pages for the official wording. Link stories to a principle with [[${set.title}#Principle name]].`,
  ];
  for (const p of set.principles) {
    lines.push('', `## ${p.name}`, p.description, '');
    p.questions.forEach((q, i) => lines.push(`${i + 1}. **${q}**`));
  }
  return lines.join('\n') + '\n';
}

/**
 * The vault's set that a starter would duplicate: same id or name as the starter's key, company
 * or title (`amazon`, `Amazon`, `Amazon Leadership Principles`), or null. Adding it anyway would
 * merge two versions of the same principles into one set.
 */
export function existingStarterSet(sets: readonly PrincipleSet[], set: StarterSet): PrincipleSet | null {
  const keys = new Set([set.key, set.company, set.title].map(nameKey));
  return sets.find((s) => keys.has(nameKey(s.id)) || keys.has(nameKey(s.name))) ?? null;
}
