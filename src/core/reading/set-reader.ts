// One set's principles as a cue index: the shipped cues of the principles we know (by name)
// plus each principle's own name and description words, weighted by how rare they are in the set.
import type { Principle } from '../model';
import { parseCues, type Cue } from './cues';
import type { KnownPrinciple } from './knowledge/types';
import { recognize } from './recognize';
import { stems } from './tokenize';

/** A phrase's next token may come this many words after the previous one (stop words count). */
const WINDOW = 4;
/** Weights of a principle's own name and description words, times their rarity in the set. */
const OWN_NAME = { known: 1, unknown: 3 };
const OWN_DESCRIPTION = { known: 0.75, unknown: 1.25 };

/** Cues parsed once per known principle: a set-note edit builds a new reader, not new cues. */
const parsed = new WeakMap<KnownPrinciple, Cue[]>();

function cuesOf(k: KnownPrinciple): Cue[] {
  let cues = parsed.get(k);
  if (!cues) parsed.set(k, (cues = parseCues(k.cues)));
  return cues;
}

interface Entry {
  /** Stems after the first, for a phrase. */
  rest: string[];
  principle: number;
  weight: number;
  cue: number;
}

/** One set's principles and the cue index over them. */
export class SetReader {
  readonly ids: string[];
  private readonly index = new Map<string, Entry[]>();
  private readonly seen: Uint32Array;
  private generation = 0;
  private cues = 0;

  constructor(principles: readonly Principle[]) {
    this.ids = principles.map((p) => p.id);
    const known = recognize(principles);
    const own = principles.map((p) => ({
      name: new Set(stems([p.name, ...p.aliases].join(' '))),
      description: new Set(stems(p.description)),
    }));
    const df = new Map<string, number>();
    for (const o of own) for (const s of new Set([...o.name, ...o.description])) df.set(s, (df.get(s) ?? 0) + 1);
    const n = principles.length;
    const rarity = (s: string) => Math.log(1 + n / (df.get(s) ?? 1)) / Math.log(1 + n);
    principles.forEach((_, i) => {
      const k = known[i];
      const kind = k ? 'known' : 'unknown';
      const cues: Cue[] = k ? [...cuesOf(k)] : [];
      for (const s of own[i].name) cues.push({ stems: [s], weight: OWN_NAME[kind] * rarity(s) });
      for (const s of own[i].description) if (!own[i].name.has(s)) cues.push({ stems: [s], weight: OWN_DESCRIPTION[kind] * rarity(s) });
      for (const cue of cues) this.add(i, cue);
    });
    this.seen = new Uint32Array(this.cues);
  }

  private add(principle: number, cue: Cue): void {
    const [first, ...rest] = cue.stems;
    let list = this.index.get(first);
    if (!list) this.index.set(first, (list = []));
    list.push({ rest, principle, weight: cue.weight, cue: this.cues++ });
  }

  /** Evidence per principle: each cue found in `words` (tokens, stop words marked) counts once. */
  evidence(words: readonly string[]): Float64Array {
    const out = new Float64Array(this.ids.length);
    // Stryker disable next-line all: resets the seen marks after 2^32 - 1 reads, which no test (or user) reaches.
    if (++this.generation === 0xffffffff) {
      this.seen.fill(0);
      this.generation = 1;
    }
    const gen = this.generation;
    for (let i = 0; i < words.length; i++) {
      const list = this.index.get(words[i]);
      if (!list) continue;
      for (const e of list) {
        if (this.seen[e.cue] === gen || !phraseAt(words, i, e.rest)) continue;
        this.seen[e.cue] = gen;
        out[e.principle] += e.weight;
      }
    }
    return out;
  }
}

/** Whether `rest` follows position `i` in order, each stem within WINDOW words of the previous. */
function phraseAt(words: readonly string[], i: number, rest: readonly string[]): boolean {
  let at = i;
  for (const s of rest) {
    let found = -1;
    for (let j = at + 1; j <= at + WINDOW && j < words.length; j++) {
      if (words[j] === s) {
        found = j;
        break;
      }
    }
    if (found < 0) return false;
    at = found;
  }
  return true;
}
