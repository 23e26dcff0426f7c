// Moving an inline STAR story out of a note into its own note.
//
// The story's lines (the index's `line`..`endLine`, 1-based, inclusive) are copied byte for
// byte, indentation included: the labels still parse when indented, and the user's text is never
// reformatted. In the source, exactly those lines are replaced by one embed line that keeps the
// first line's indentation (so an indented story stays inside its list item); the line break
// after the block and everything else stay as they were.
import { joinLines, lineEnding, splitLines } from './lines';
import { setFrontmatterLists } from './frontmatter-edit';

export interface ExtractedStory {
  /** The block's lines, joined with their own line endings, without the final one. */
  storyText: string;
  newSourceText: string;
  /** The embed line as written (without indentation). */
  embed: string;
  /** 0-based first line and character offsets of the replaced range in the source. */
  from: { line: number; ch: number };
  to: { line: number; ch: number };
}

/**
 * `![[Note name]]` for a note path (`Stories/Launch.md` → `![[Launch]]`), or `![[Stories/Launch]]`
 * when another of `otherPaths` has the same name, so the link cannot resolve to that one.
 */
export function embedFor(notePath: string, otherPaths: readonly string[] = []): string {
  const base = (p: string) => (p.split('/').pop() ?? p).replace(/\.md$/i, '');
  const name = base(notePath);
  const clash = otherPaths.some((p) => p !== notePath && base(p).toLowerCase() === name.toLowerCase());
  return `![[${clash ? notePath.replace(/\.md$/i, '') : name}]]`;
}

export function extractInlineStory(sourceText: string, startLine: number, endLine: number, embed: string): ExtractedStory {
  const lines = splitLines(sourceText);
  if (!Number.isInteger(startLine) || !Number.isInteger(endLine) || startLine < 1 || endLine < startLine || endLine > lines.length) {
    throw new RangeError(`No lines ${startLine}–${endLine} in a note of ${lines.length} lines.`);
  }
  const block = lines.slice(startLine - 1, endLine);
  const last = block[block.length - 1];
  const storyText = joinLines(block.slice(0, -1)) + last.text;
  const indent = /^[ \t]*/.exec(block[0].text)?.[0] ?? '';
  const newSourceText =
    joinLines(lines.slice(0, startLine - 1)) + indent + embed + last.eol + joinLines(lines.slice(endLine));
  return {
    storyText,
    newSourceText,
    embed,
    from: { line: startLine - 1, ch: indent.length },
    to: { line: endLine - 1, ch: last.text.length },
  };
}

export interface StoryNoteFromBlock {
  storyText: string;
  storyTag: string;
  principles: readonly string[];
  secondary: readonly string[];
  /** The source's line ending, used for the new note's frontmatter. */
  eol?: string;
}

/** The new note: frontmatter (story tag, principles) above the block's text, which is unchanged. */
export function storyNoteFromBlock(input: StoryNoteFromBlock): string {
  const eol = input.eol ?? lineEnding(input.storyText);
  const body = input.storyText + eol;
  return setFrontmatterLists(body, [
    { key: 'tags', values: [input.storyTag.replace(/^#/, '')] },
    { key: 'principles', values: input.principles },
    { key: 'secondary-principles', values: input.secondary },
  ]);
}
