// Extraction on the user's real set note (../shared/seed-vault beside the repository; skipped
// with a message when absent): each inline story moves out byte for byte, the source changes only
// by the embed, and the index then holds the same number of stories with the same principles.
import { readFileSync } from 'fs';
import { join } from 'path';
import { extractInlineStory, storyNoteFromBlock } from '../../../src/core/authoring/extract-story';
import { principleValues } from '../../../src/core/authoring/principle-values';
import { SEED_VAULT, seedVaultPresent } from '../../seed-vault';
import { indexTexts } from './vault';

const NOTE = join(SEED_VAULT, 'Interview', 'Amazon Leadership Principles.md');
const maybe = seedVaultPresent('seed extraction test') ? it : it.skip;

maybe('extracts every inline story of the seed set note', () => {
  const path = 'Interview/Amazon Leadership Principles.md';
  const original = readFileSync(NOTE, 'utf8');
  const before = indexTexts({ [path]: original }).snapshot;
  // The note's sketches (a bold title over a paragraph) are not inline stories: they stay put.
  const inline = before.stories.filter((s) => s.kind === 'inline');
  expect(inline.length).toBeGreaterThanOrEqual(2);

  // From the last story up, so earlier line numbers stay valid.
  let source = original;
  const files: Record<string, string> = {};
  const stories = [...inline].sort((a, b) => b.line - a.line);
  stories.forEach((story, i) => {
    const name = `Story ${i}`;
    const out = extractInlineStory(source, story.line, story.endLine, `![[${name}]]`);
    const lines = source.split('\n');
    expect(out.storyText).toBe(lines.slice(story.line - 1, story.endLine).join('\n'));
    const indent = /^[ \t]*/.exec(lines[story.line - 1])?.[0] ?? '';
    expect(out.newSourceText).toBe([...lines.slice(0, story.line - 1), `${indent}![[${name}]]`, ...lines.slice(story.endLine)].join('\n'));
    const ids = (role: string) => story.principles.filter((r) => r.role === role && r.source !== 'link' && r.source !== 'tag').map((r) => r.id);
    files[`Stories/${name}.md`] = storyNoteFromBlock({
      storyText: out.storyText,
      storyTag: 'story',
      principles: principleValues(before, ids('primary'), true),
      secondary: principleValues(before, ids('secondary'), true),
    });
    source = out.newSourceText;
  });

  const afterAll = indexTexts({ [path]: source, ...files }).snapshot;
  const after = { ...afterAll, stories: afterAll.stories.filter((s) => s.kind !== 'sketch') };
  expect(afterAll.stories.filter((s) => s.kind === 'sketch').map((s) => s.title)).toEqual(before.stories.filter((s) => s.kind === 'sketch').map((s) => s.title));
  expect(after.stories).toHaveLength(inline.length);
  expect(after.stories.every((s) => s.kind === 'note')).toBe(true);
  const key = (s: (typeof before.stories)[number]) => [s.parts.join(''), s.principles.map((r) => `${r.id}:${r.role}`).sort().join(' ')].join(' | ');
  expect(after.stories.map(key).sort()).toEqual(inline.map(key).sort());
  expect(after.questions.map((q) => q.text)).toEqual(before.questions.map((q) => q.text));
  expect(after.principles).toEqual(before.principles);
});
