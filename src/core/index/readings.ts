// Readings in the index: every question and story gets `reading` (what its text is about) and
// `suggestions` (principles it reads well as but is not mapped to). Both are computed on first
// use and then kept on the item, so an index that nobody asks for readings pays nothing for them
// and a note resolved again after an edit reads only the texts that changed (the reader caches
// per text).
import type { Question, Reading, Story } from '../model';
import { PrincipleReader, readWell } from '../reading/reader';

/** The text a story is read by: its title and what happened (Situation, Task, Action). */
export function storyText(s: Story): string {
  return [s.title, s.partText.S?.text, s.partText.T?.text, s.partText.A?.text].filter(Boolean).join('\n');
}

/** The sets an item is read against: its own set, else the sets it is mapped into, else all (null). */
function setsOf(set: string | null, principles: { id: string }[]): string[] | null {
  if (set) return [set];
  const mapped = [...new Set(principles.map((p) => p.id.split('/')[0]))];
  return mapped.length ? mapped : null;
}

/** Defines `key` on `item` as computed on first read, then stored as a plain value. */
function lazy<T extends object, K extends keyof T>(item: T, key: K, compute: () => T[K]): void {
  const store = (value: T[K]) => Object.defineProperty(item, key, { value, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(item, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      const value = compute();
      store(value);
      return value;
    },
    set: store,
  });
}

function attach(item: Question | Story, read: () => Reading[]): void {
  lazy(item, 'reading', read);
  lazy(item, 'suggestions', () => {
    const mapped = new Set(item.principles.map((p) => p.id));
    return readWell(item.reading).filter((id) => !mapped.has(id));
  });
}

/** Gives each question and story of one resolved note its lazy `reading` and `suggestions`. */
export function attachReadings(reader: PrincipleReader, questions: Question[], stories: Story[]): void {
  for (const q of questions) attach(q, () => reader.read(q.text, setsOf(q.set, q.principles)));
  for (const s of stories) attach(s, () => reader.read(storyText(s), setsOf(null, s.principles)));
}
