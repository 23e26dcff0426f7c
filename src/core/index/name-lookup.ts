// The registry's names as the two lookups that run per unknown name, both bounded: the trie the
// comma-list splitter walks, and "did you mean", answered once per name and pool for as long as
// the registry lives (every note with the same typo asks once).
import type { Principle } from '../model';
import { closest } from '../text/distance';
import { KeyTrie } from './name-list';
import type { Registry } from './registry';

interface Candidate {
  key: string;
  name: string;
}

/** Answers kept per pool; past this the cache starts again (a vault does not hold that many typos). */
const CACHE_LIMIT = 5000;
/** Keys longer than this get no suggestion: no principle name is that long, and the distance is quadratic. */
const SUGGEST_MAX_KEY = 80;

export class NameLookup {
  readonly trie: KeyTrie;
  private readonly all: Candidate[];
  private readonly pools = new WeakMap<Map<string, Principle>, Candidate[]>();
  private readonly answers = new WeakMap<object, Map<string, Candidate | null>>();

  constructor(reg: Registry) {
    this.trie = new KeyTrie(reg.byKey.keys());
    this.all = reg.names.map((n) => ({ key: n.key, name: n.principle.name }));
  }

  /** The known name closest to `key` (a nameKey), among all names or one set's members. */
  near(key: string, pool?: Map<string, Principle>): Candidate | null {
    if (key.length > SUGGEST_MAX_KEY) return null;
    const owner: object = pool ?? this;
    let answers = this.answers.get(owner);
    if (!answers || answers.size >= CACHE_LIMIT) {
      answers = new Map();
      this.answers.set(owner, answers);
    }
    const known = answers.get(key);
    if (known !== undefined) return known;
    const found = closest(key, pool ? this.poolCandidates(pool) : this.all, (c) => c.key);
    answers.set(key, found);
    return found;
  }

  private poolCandidates(pool: Map<string, Principle>): Candidate[] {
    let list = this.pools.get(pool);
    if (!list) {
      list = [...pool.entries()].map(([key, p]) => ({ key, name: p.name }));
      this.pools.set(pool, list);
    }
    return list;
  }
}

const byRegistry = new WeakMap<Registry, NameLookup>();

/** The registry's lookups, made on first use and dropped with the registry. */
export function nameLookup(reg: Registry): NameLookup {
  let n = byRegistry.get(reg);
  if (!n) {
    n = new NameLookup(reg);
    byRegistry.set(reg, n);
  }
  return n;
}
