// A starter principle set: names, one-line descriptions and two behavioral questions per
// principle, all written for this project (not copied from the companies' pages).

export type StarterKey = 'amazon' | 'google' | 'meta';

export interface StarterPrinciple {
  name: string;
  description: string;
  questions: readonly [string, string];
}

export interface StarterSet {
  key: StarterKey;
  /** The note's title and file name. */
  title: string;
  /** Company name, for menus. */
  company: string;
  principles: readonly StarterPrinciple[];
}
