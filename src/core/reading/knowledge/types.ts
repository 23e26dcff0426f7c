// What we know about a widely used principle, written for this project in our own words: the
// names it goes by, and the words and phrases that show a question or story is about it.

/**
 * Cue lists by weight (3 strongest), comma-separated; a cue of several words is a phrase. One
 * form per cue: the tokenizer stems `served` and `serving` to `serve`'s stem, so a variant adds
 * bytes to main.js and nothing to a reading (tests/core/reading/knowledge.test.ts checks it).
 */
export type CueLists = Partial<Record<1 | 2 | 3, string>>;

export interface KnownPrinciple {
  /** The usual name first, then the variants people write (`Earn Trust of Others`, `Disagree and Commit`). */
  names: readonly string[];
  cues: CueLists;
}

export interface KnownSet {
  /** Family key: `amazon`, `google`, `meta`. */
  key: string;
  principles: readonly KnownPrinciple[];
}
