// Readings in the index: every question and story gets `reading` (what its text is about) and
// `suggestions` (principles it reads well as but is not mapped to). Both are computed on first
// use and then kept on the item, so an index that nobody asks for readings pays nothing for them
// and a note resolved again after an edit reads only the texts that changed (the reader caches
// per text).
import type { Question, Reading, Story } from '../model';
import { PrincipleReader, readWell } from '../reading/reader';

/** The text a story is read by: its title and what happened (a sketch's paragraph; Situation, Task, Action). */
export function storyText(s: Story): string {
  return [s.title, s.body, s.partText.S?.text, s.partText.T?.text, s.partText.A?.text].filter(Boolean).join('\n');
}

/** The sets an item is read against: its own set, else the sets it is mapped into, else all (null). */
function setsOf(set: string | null, principles: { id: string }[]): string[] | null {
  if (set) return [set];
  const mapped = [...new Set(principles.map((p) => p.id.split('/')[0]))];
  return mapped.length ? mapped : null;
}

type Item = Question | Story;
type Lazy = 'reading' | 'suggestions';

/**
 * Hidden fields of an item (symbol keys: left out of JSON, of `Object.keys` and of spreads by
 * name): the reader it is read with, and each lazy value once computed or set.
 */
const READER = Symbol('reader');
const VALUE: Record<Lazy, symbol> = { reading: Symbol('reading'), suggestions: Symbol('suggestions') };
type Hidden = Item & Record<symbol, unknown>;

function readingOf(item: Item): Reading[] {
  const reader = (item as Hidden)[READER] as PrincipleReader;
  return 'partText' in item ? reader.read(storyText(item), setsOf(null, item.principles)) : reader.read(item.text, setsOf(item.set, item.principles));
}

function suggestionsOf(item: Item): string[] {
  const mapped = new Set(item.principles.map((p) => p.id));
  return readWell(item.reading).filter((id) => !mapped.has(id));
}

/**
 * One accessor per key, shared by every item: computed on first read and kept in the item's
 * hidden field. Shared accessors and fields defined up front keep every item's shape the same, so
 * reading its other fields stays fast (an accessor made per item and replaced by a value on first
 * read left each question and story a slow dictionary object; npm run bench). A copy made from the
 * item's property descriptors (a `~n` duplicate, see vault-index.ts) keeps the accessors, the
 * reader and any value already computed.
 */
function accessor(key: Lazy, compute: (item: Item) => unknown): PropertyDescriptor {
  const slot = VALUE[key];
  return {
    enumerable: true,
    configurable: true,
    get(this: Hidden): unknown {
      const known = this[slot];
      if (known !== undefined) return known;
      const value = compute(this);
      this[slot] = value;
      return value;
    },
    set(this: Hidden, value: unknown): void {
      this[slot] = value;
    },
  };
}

const ACCESSORS: Record<Lazy, PropertyDescriptor> = { reading: accessor('reading', readingOf), suggestions: accessor('suggestions', suggestionsOf) };

function hidden(value: unknown): PropertyDescriptor {
  return { value, writable: true, enumerable: false, configurable: true };
}

/** Gives each question and story of one resolved note its lazy `reading` and `suggestions`. */
export function attachReadings(reader: PrincipleReader, questions: Question[], stories: Story[]): void {
  for (const item of [...questions, ...stories]) {
    Object.defineProperties(item, {
      [READER]: hidden(reader),
      [VALUE.reading]: hidden(undefined),
      [VALUE.suggestions]: hidden(undefined),
      reading: ACCESSORS.reading,
      suggestions: ACCESSORS.suggestions,
    });
  }
}
