// What extraction finds in one note before names are resolved against the whole vault.
import type { IndexWarning, Role, MappingSource, StarKey } from '../model';

/**
 * A reference to a principle as written in a note.
 * - `name`: one name; `list`: a comma list split against known names (`A, B, Are Right, A Lot`);
 * - `link`: a wikilink (target note + heading); `tag`: a tag whose last segment may be a principle slug.
 * Role `auto` means: primary when the item has no other primary, else secondary.
 */
export interface RawRef {
  kind: 'name' | 'list' | 'link' | 'tag';
  text: string;
  /** For links: the heading part (the principle name in a set note). */
  heading?: string | null;
  role: Role | 'auto';
  source: MappingSource;
  /** 1-based file line. */
  line: number;
  /** Soft refs name a principle only if they happen to match one: no warning when they don't. */
  soft: boolean;
  /** An unresolved soft ref from a heading or label becomes the item's category. */
  category?: boolean;
}

export interface RawPrinciple {
  name: string;
  line: number;
  description: string;
  aliases: string[];
}

export interface RawSet {
  id: string;
  name: string;
  principles: RawPrinciple[];
}

export interface RawQuestion {
  text: string;
  line: number;
  followUps: string[];
  /** Answer cues written under the question (docs/recognition.md). */
  cues: string[];
  refs: RawRef[];
}

export interface RawPart {
  key: StarKey;
  line: number;
  text: string;
}

export interface RawStory {
  title: string;
  line: number;
  endLine: number;
  /**
   * `draft`: a story note with no written part (comments are not text), listed but never counted;
   * `sketch`: a bold title over a paragraph of experience, never counted.
   */
  kind: 'note' | 'inline' | 'draft' | 'sketch';
  parts: RawPart[];
  refs: RawRef[];
  /** A sketch's paragraph as written (lines joined by `\n`). */
  body?: string;
}

/** Everything one note contributes to the index. */
export interface NoteExtract {
  path: string;
  /** File name without folder and `.md`. */
  basename: string;
  /** NoteRecord.created: the older of two notes defining one set owns it. */
  created?: number;
  /** Whether the note matched a rule (a note with only warnings is kept for them). */
  indexed: boolean;
  /** All tags of the note, lowercased, without `#` (frontmatter and inline). */
  tags: string[];
  /** Set ids the note is scoped to: the set it defines and sets it is tagged with are resolved later. */
  set: RawSet | null;
  /** A single-principle note (`#principle`). */
  principleNote: { setName: string; principle: RawPrinciple } | null;
  questions: RawQuestion[];
  stories: RawStory[];
  warnings: IndexWarning[];
}
