// "Write up as a story": the new story note made from a sketch (a bold title over a paragraph of
// experience). The note is the usual template (docs/writing-stories.md) with the sketch's
// paragraph, unchanged, under a `## Notes` heading above the STAR parts, for the user to rewrite.
import { storyNoteText, type StoryTemplateInput } from './story-template';

export interface SketchStoryInput extends StoryTemplateInput {
  /** The sketch's paragraph as written. */
  body: string;
}

export function sketchStoryText(input: SketchStoryInput): string {
  const lines = storyNoteText(input).split('\n');
  // The template is the frontmatter block, then the H1: the notes go right below the H1.
  const close = lines.indexOf('---', 1);
  const at = close >= 0 ? close + 2 : 0;
  const notes = ['', '## Notes', ...input.body.split(/\r\n?|\n/)];
  return [...lines.slice(0, at), ...notes, ...lines.slice(at)].join('\n');
}
