// A comma list of principle names (`Customer Obsession, Are Right, A Lot`), split into the names
// it holds. Commas inside a known name are kept, so the list is matched by runs of
// comma-separated parts, the longest known run first.
import { nameKey } from '../text/normalize';

export interface ListPart {
  /** The part as written (trimmed): a known name, or one comma-separated part that is not one. */
  text: string;
  known: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  end: boolean;
}

/** The known name keys as a trie, so a run of parts is followed only while it can still become a known key. */
export class KeyTrie {
  private readonly root: TrieNode = { next: new Map(), end: false };

  constructor(keys: Iterable<string>) {
    for (const key of keys) {
      let node = this.root;
      for (const ch of key) {
        let child = node.next.get(ch);
        if (!child) {
          child = { next: new Map(), end: false };
          node.next.set(ch, child);
        }
        node = child;
      }
      node.end = true;
    }
  }

  /** Index into `keys` of the last key ending a known key when they are read one after another, or -1. */
  longestRun(keys: readonly string[], from: number, order: readonly number[]): number {
    let node: TrieNode | undefined = this.root;
    let best = -1;
    for (let r = from; r < order.length; r++) {
      for (const ch of keys[order[r]]) {
        node = node.next.get(ch);
        if (!node) return best;
      }
      if (node.end) best = r;
    }
    return best;
  }
}

/**
 * The names of a comma list, in order. From each part, the longest run of parts whose joined key
 * is a known key wins; a part that starts no known run is returned unknown. Blank parts are
 * skipped.
 *
 * A run's key is the concatenation of its parts' keys, followed in the trie, so a run stops at the
 * first character no known key continues with: the work is linear in the list's length (times at
 * most the longest name). Parts whose key is empty (`!!`) add nothing to a run; the longest run
 * with a given key reaches up to the next part that has a key.
 */
export function splitNameList(text: string, trie: KeyTrie): ListPart[] {
  const parts = text.split(',');
  const keys = parts.map(nameKey);
  const keyed: number[] = [];
  for (let k = 0; k < parts.length; k++) if (keys[k] !== '') keyed.push(k);
  const out: ListPart[] = [];
  let q = 0;
  let i = 0;
  while (i < parts.length) {
    if (parts[i].trim() === '') {
      i++;
      continue;
    }
    while (q < keyed.length && keyed[q] < i) q++;
    const best = trie.longestRun(keys, q, keyed);
    if (best < 0) {
      out.push({ text: parts[i].trim(), known: false });
      i++;
      continue;
    }
    const end = best + 1 < keyed.length ? keyed[best + 1] - 1 : parts.length - 1;
    out.push({ text: parts.slice(i, end + 1).join(',').trim(), known: true });
    i = end + 1;
  }
  return out;
}
