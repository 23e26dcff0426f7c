// The core's data model: what goes into the index (NoteRecord) and what comes out (the read model).
// Everything here is plain data so it can cross into the plugin, the CLI and JSON unchanged.

/** One note as the core sees it. The plugin fills it from metadataCache + cachedRead, the CLI from disk. */
export interface NoteRecord {
  /** Vault-relative path with `/` separators. */
  path: string;
  /** Parsed frontmatter, or null when the note has none (or it did not parse). */
  frontmatter: Record<string, unknown> | null;
  /** Set when the note has a frontmatter block that is not valid YAML. */
  frontmatterError?: string;
  /** The note's text after the frontmatter block. */
  body: string;
  /** How many file lines precede `body` (0 when there is no frontmatter). File line = bodyLine + index + 1. */
  bodyLine: number;
  /**
   * The YAML between the fences as written, when the reader has it: warnings about frontmatter
   * then point at the key's (or the list item's) line instead of line 1.
   */
  frontmatterText?: string;
}

export type Role = 'primary' | 'secondary';

/** Where a principle mapping came from. */
export type MappingSource =
  | 'frontmatter' // `principles:` / `secondary-principles:` keys
  | 'link' // a [[wikilink]] to a principle heading or principle note
  | 'tag' // a #tag whose last segment is a principle slug
  | 'section' // an enclosing `Main:` heading or `**Sub: …**` line
  | 'heading' // an enclosing heading that names a principle
  | 'label'; // an enclosing bold label line (`**Pricing:**`) that names a principle

export interface PrincipleRef {
  /** Principle id, `set-slug/name-slug`. */
  id: string;
  role: Role;
  source: MappingSource;
}

export interface PrincipleSet {
  /** Slug of the set name, e.g. `amazon`. */
  id: string;
  /** The name as written (`amazon`, `Google`). */
  name: string;
  /** The note that defines it. */
  path: string;
}

export interface Principle {
  /** `set-slug/name-slug`, e.g. `amazon/customer-obsession`. */
  id: string;
  name: string;
  /** Set id. */
  set: string;
  path: string;
  /** 1-based line of the heading (or 1 for a principle note). */
  line: number;
  description: string;
  /** Other accepted names (frontmatter `aliases` of a principle note). */
  aliases: string[];
  /** True for a principle note (a note tagged `#principle`, linked as `[[Note]]`); absent for a heading of a set note. */
  principleNote?: true;
}

export type StarKey = 'S' | 'T' | 'A' | 'R' | 'L';
export const STAR_KEYS: readonly StarKey[] = ['S', 'T', 'A', 'R', 'L'];

export interface StoryPart {
  key: StarKey;
  /** 1-based file line where the part starts. */
  line: number;
  /** The part's text with its label or heading removed, lines joined by `\n`, trimmed. */
  text: string;
}

export interface Story {
  /** Stable across moves: derived from the title and Situation text, not the path. */
  id: string;
  title: string;
  path: string;
  /** 1-based line where the story starts (its title label, heading or first STAR label; 1 for a story note). */
  line: number;
  /** 1-based last line of the story (inclusive). */
  endLine: number;
  /** `note` for a story note, `inline` for a run of bold STAR labels inside another note. */
  kind: 'note' | 'inline';
  /** Present parts in S, T, A, R, L order. */
  parts: StarKey[];
  partText: Partial<Record<StarKey, StoryPart>>;
  principles: PrincipleRef[];
  /** What the story reads as: its set's principles, best first, up to 3 (computed on first use). */
  reading: Reading[];
  /** Principle ids the story reads well as but is not mapped to. Never mappings. */
  suggestions: string[];
}

/**
 * One principle of a reading: what an item's text is about, from its words alone (see
 * src/core/reading/). Never a mapping and never counted as coverage.
 */
export interface Reading {
  /** Principle id. */
  id: string;
  /** How clearly the text is about the principle, in [0, 1]. */
  score: number;
}

export interface Question {
  /** Stable across moves: derived from the set and the normalized text. */
  id: string;
  /** The question text with markdown emphasis removed. */
  text: string;
  path: string;
  line: number;
  /** The enclosing label or heading when it names no principle; else null. */
  category: string | null;
  followUps: string[];
  principles: PrincipleRef[];
  /** What the question reads as: its set's principles, best first, up to 3 (computed on first use). */
  reading: Reading[];
  /** Principle ids the question reads well as but is not mapped to. Never mappings. */
  suggestions: string[];
  /** Set id the question belongs to (from its principles or its note), or null. */
  set: string | null;
}

export type WarningCode =
  | 'invalid-frontmatter'
  | 'unreadable-note'
  | 'unknown-principle'
  | 'ambiguous-principle'
  | 'duplicate-principle'
  | 'empty-set'
  | 'read-elsewhere';

export interface IndexWarning {
  code: WarningCode;
  /** `error` for notes that could not be read or parsed; everything else is a `warning`. */
  severity: 'error' | 'warning';
  path: string;
  line: number;
  message: string;
  suggestion?: string;
}

/** The resolved, read-only view of the whole index at one revision. */
export interface IndexSnapshot {
  revision: number;
  sets: PrincipleSet[];
  principles: Principle[];
  stories: Story[];
  questions: Question[];
  warnings: IndexWarning[];
}
