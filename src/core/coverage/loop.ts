// Loop readiness: can every principle get `target` stories with no story told twice?
// This is a maximum b-matching (stories capacity 1, principles capacity `target`), i.e. a
// max-flow on source → story → principle → sink. We solve it with augmenting paths searched
// from the principle side (BFS over principles, so paths are short), after a greedy start.
// Only principles × target augmentations can succeed, so the cost is O(P·target·E) worst case
// and well under a millisecond for 1,000 stories × 16 principles. No allocation per path: typed
// arrays, with a search stamp instead of clearing the visited marks.
import type { LoopReadiness } from './types';

/**
 * `edges`: principle id → ids of the stories that can cover it (duplicates ignored; keys not in
 * `principleIds` ignored). The result is deterministic for a given input order.
 *
 * `blocking` is canonical, not an accident of the assignment found: it lists (in `principleIds`
 * order) every principle that is short of `target` in at least one maximum assignment. Those are
 * exactly the principles where one more story would let the loop cover more, and together they
 * compete for too few stories. It is empty exactly when the loop is ready.
 */
export function loopReadiness(principleIds: string[], edges: Map<string, string[]>, target: number): LoopReadiness {
  const storyIndex = new Map<string, number>();
  const storyIds: string[] = [];
  const lists = principleIds.map((pid) =>
    (edges.get(pid) ?? []).map((sid) => {
      let s = storyIndex.get(sid);
      if (s === undefined) {
        s = storyIds.length;
        storyIndex.set(sid, s);
        storyIds.push(sid);
      }
      return s;
    }),
  );
  return loopReadinessIndexed(principleIds, storyIds, lists, target);
}

/**
 * The same on numbered stories: `lists[p]` holds indexes into `storyIds` of the stories that can
 * cover principle `p` (duplicates ignored). Coverage calls this directly, skipping the string map.
 */
export function loopReadinessIndexed(principleIds: string[], storyIds: string[], lists: number[][], target: number): LoopReadiness {
  const want = Math.max(0, Math.floor(target));
  const needed = principleIds.length * want;
  const matching = new Matching(lists, storyIds.length);
  // An augmenting path raises its root's load and leaves every other load as it was, so filling
  // to one story each first, then to `want`, still reaches the maximum, and of the maximum
  // assignments shows one where as many principles as possible have a story: a principle with
  // stories of its own is not shown at 0 while others hold two.
  // Stryker disable next-line EqualityOperator: with want 1, filling to 1 twice adds nothing the second time
  if (want > 1) matching.fill(1);
  matching.fill(want);
  const filled = matching.filled;
  // Stryker disable next-line EqualityOperator: with every slot filled no principle is short, so the search finds none
  const blocking = filled < needed ? matching.blocking(want).map((p) => principleIds[p]) : [];
  const assignment: Record<string, string[]> = {};
  const short: string[] = [];
  principleIds.forEach((id, p) => {
    const mine = matching.storiesOf(p).map((s) => storyIds[s]);
    assignment[id] = mine;
    if (mine.length < want) short.push(id);
  });
  return { ready: filled === needed, blocking, assignment, short, filled, needed };
}

/** A b-matching of principles to stories, grown by `fill`; principles and stories by number. */
class Matching {
  /** Adjacency in CSR form, without duplicate edges: principle p's stories are adj[start[p] … start[p + 1]). */
  private readonly start: Int32Array;
  private readonly adj: Int32Array;
  /** The principle a story is assigned to, or -1. */
  private readonly owner: Int32Array;
  /** Stories assigned to each principle. */
  private readonly load: Int32Array;
  /** Search state, reused by every search: a principle is visited when its mark is the stamp. */
  private readonly mark: Int32Array;
  private readonly parent: Int32Array;
  private readonly via: Int32Array;
  private readonly queue: Int32Array;
  private stamp = 0;
  private readonly principles: number;
  /** Stories assigned in all. */
  filled = 0;

  constructor(lists: number[][], stories: number) {
    const P = lists.length;
    this.principles = P;
    this.start = new Int32Array(P + 1);
    let total = 0;
    for (const list of lists) total += list.length;
    this.adj = new Int32Array(total);
    const seen = new Int32Array(stories).fill(-1);
    let k = 0;
    for (let p = 0; p < P; p++) {
      this.start[p] = k;
      for (const s of lists[p]) {
        if (seen[s] === p) continue; // the same story listed twice for one principle
        seen[s] = p;
        this.adj[k++] = s;
      }
    }
    this.start[P] = k;
    this.owner = new Int32Array(stories).fill(-1);
    this.load = new Int32Array(P);
    this.mark = new Int32Array(P).fill(-1);
    this.parent = new Int32Array(P);
    this.via = new Int32Array(P);
    this.queue = new Int32Array(P);
  }

  /**
   * Raises every principle to `cap` stories where the stories allow. A principle with no
   * augmenting path now never gets one later (augmenting elsewhere does not open new paths to free
   * stories from it), so one failed search per principle is enough.
   */
  fill(cap: number): void {
    this.greedy(cap);
    for (let p = 0; p < this.principles; p++) {
      while (this.load[p] < cap && this.augment(p)) {
        this.load[p]++;
        this.filled++;
      }
    }
  }

  /** Greedy start: each principle takes free stories in order. Most slots fill here. */
  private greedy(cap: number): void {
    const { start, adj, owner, load } = this;
    for (let p = 0; p < this.principles; p++) {
      for (let e = start[p]; e < start[p + 1] && load[p] < cap; e++) {
        const s = adj[e];
        if (owner[s] === -1) {
          owner[s] = p;
          load[p]++;
          this.filled++;
        }
      }
    }
  }

  /**
   * From a principle short of its cap, BFS through principles (u takes story s from its owner v,
   * v then needs another) until a free story turns up; then every principle on the path takes over
   * its story. False when there is no such path.
   */
  private augment(root: number): boolean {
    const { start, adj, owner, mark, parent, via, queue } = this;
    const stamp = ++this.stamp;
    let head = 0;
    let tail = 0;
    queue[tail++] = root;
    mark[root] = stamp;
    while (head < tail) {
      const u = queue[head++];
      for (let e = start[u]; e < start[u + 1]; e++) {
        const s = adj[e];
        const v = owner[s];
        if (v === -1) {
          owner[s] = u;
          for (let w = u; w !== root; w = parent[w]) owner[via[w]] = parent[w];
          return true;
        }
        if (mark[v] !== stamp) {
          mark[v] = stamp;
          parent[v] = u;
          via[v] = s;
          queue[tail++] = v;
        }
      }
    }
    return false;
  }

  /**
   * Principles reachable by alternating paths from a principle short of `want`, in number order
   * (from a short root, any reached principle could give up a story to it and be short instead).
   */
  blocking(want: number): number[] {
    const { start, adj, owner, mark, queue } = this;
    const stamp = ++this.stamp;
    let tail = 0;
    for (let p = 0; p < this.principles; p++) {
      if (this.load[p] < want) {
        mark[p] = stamp;
        queue[tail++] = p;
      }
    }
    for (let head = 0; head < tail; head++) {
      const u = queue[head];
      for (let e = start[u]; e < start[u + 1]; e++) {
        const v = owner[adj[e]];
        if (v !== -1 && mark[v] !== stamp) {
          mark[v] = stamp;
          queue[tail++] = v;
        }
      }
    }
    const out: number[] = [];
    for (let p = 0; p < this.principles; p++) if (mark[p] === stamp) out.push(p);
    return out;
  }

  /** The stories assigned to principle p, in its edge order (so it reads the same for the same input). */
  storiesOf(p: number): number[] {
    const mine: number[] = [];
    for (let e = this.start[p]; e < this.start[p + 1]; e++) if (this.owner[this.adj[e]] === p) mine.push(this.adj[e]);
    return mine;
  }
}
