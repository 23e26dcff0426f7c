// Small hand-made stories and snapshots for coverage tests.
import type { IndexSnapshot, Principle, PrincipleRef, PrincipleSet, Question, StarKey, Story } from '../../../src/core/model';
import { STAR_KEYS } from '../../../src/core/model';

export function story(id: string, parts: Partial<Record<StarKey, string>>, principles: PrincipleRef[] = [], suggestions: string[] = []): Story {
  const keys = STAR_KEYS.filter((k) => parts[k] !== undefined);
  const partText: Story['partText'] = {};
  keys.forEach((k, i) => (partText[k] = { key: k, line: 2 + i, text: parts[k] as string }));
  return { id, title: id, path: `stories/${id}.md`, line: 1, endLine: 2 + keys.length, kind: 'note', parts: keys, partText, principles, reading: [], suggestions };
}

export const primary = (id: string): PrincipleRef => ({ id, role: 'primary', source: 'frontmatter' });
export const secondary = (id: string): PrincipleRef => ({ id, role: 'secondary', source: 'link' });

export function question(id: string, principles: PrincipleRef[], set: string | null = null): Question {
  return { id, text: id, path: 'questions.md', line: 1, category: null, followUps: [], principles, reading: [], suggestions: [], set };
}

export function snapshot(sets: PrincipleSet[], principles: Principle[], stories: Story[], questions: Question[] = []): IndexSnapshot {
  return { revision: 1, sets, principles, stories, questions, warnings: [] };
}

export function set(id: string): PrincipleSet {
  return { id, name: id, path: `${id} principles.md` };
}
