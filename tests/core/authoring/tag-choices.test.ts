import { choicesToDiff, filterOptions, initialChoices, tagGroups } from '../../../src/core/authoring/tag-choices';
import { editPrincipleKeys } from '../../../src/core/authoring/tag-edit';
import { parseYamlText } from '../../../src/cli/note-record';
import { indexTexts, setNote } from './vault';

const otherSet = ['#principles #globex', '', '# Globex Values', '', '### Move Quickly', 'Ship small things often.', '', '### Ownership', 'Own it end to end.', ''].join('\n');

const storyNote = [
  '---',
  'tags: [story]',
  'principles: "[[Acme#Ownership]]"',
  '---',
  '# Shared inbox',
  '',
  '**S:** Mail piled up for 9 days. [[Acme#Frugality]]',
  '**T:** Answer within a day.',
  '**A:** I set up a rota.',
  '**R:** Replies in 6 hours.',
  '',
].join('\n');

describe('tagGroups', () => {
  it('offers the principles of the story set, with the current roles and sources', () => {
    const { snapshot } = indexTexts({ 'Acme.md': setNote(), 'Globex.md': otherSet, 'Stories/Inbox.md': storyNote });
    const story = snapshot.stories[0];
    const groups = tagGroups(snapshot, story);
    expect(groups.map((g) => g.set.id)).toEqual(['acme']);
    const byName = Object.fromEntries(groups[0].options.map((o) => [o.principle.name, [o.current, o.source]]));
    expect(byName).toEqual({
      'Customer Focus': ['none', null],
      Ownership: ['primary', 'frontmatter'],
      Frugality: ['secondary', 'link'],
    });
  });

  it('offers the preferred set, else every set, for a story with no mapping and no suggestion', () => {
    const bare = '---\ntags: [story]\n---\n**S:** x\n**A:** y\n';
    const { snapshot } = indexTexts({ 'Acme.md': setNote(), 'Globex.md': otherSet, 'Bare.md': bare });
    const story = snapshot.stories[0];
    story.suggestions = [];
    expect(tagGroups(snapshot, story, 'globex').map((g) => g.set.id)).toEqual(['globex']);
    expect(tagGroups(snapshot, story).map((g) => g.set.id).sort()).toEqual(['acme', 'globex']);
  });

  it('marks suggestions', () => {
    const { snapshot } = indexTexts({ 'Acme.md': setNote(), 'Bare.md': '---\ntags: [story]\n---\n**S:** x\n**A:** y\n' });
    const story = { ...snapshot.stories[0], suggestions: ['acme/frugality'] };
    const opts = tagGroups(snapshot, story)[0].options;
    expect(opts.filter((o) => o.suggested).map((o) => o.principle.name)).toEqual(['Frugality']);
  });
});

describe('filterOptions', () => {
  it('keeps principles whose name holds the typed text, ignoring case and punctuation', () => {
    const { snapshot } = indexTexts({ 'Acme.md': setNote(), 'Globex.md': otherSet, 'Bare.md': '---\ntags: [story]\n---\n**S:** x\n**A:** y\n' });
    const story = { ...snapshot.stories[0], suggestions: [] };
    const groups = tagGroups(snapshot, story);
    const hit = filterOptions(groups, 'OWNER ship');
    expect(hit.map((g) => [g.set.id, g.options.map((o) => o.principle.name)])).toEqual([
      ['acme', ['Ownership']],
      ['globex', ['Ownership']],
    ]);
    expect(filterOptions(groups, 'globex').map((g) => g.options.length)).toEqual([2]);
    expect(filterOptions(groups, '')).toHaveLength(2);
    expect(filterOptions(groups, 'zzz')).toEqual([]);
  });
});

describe('choicesToDiff', () => {
  it('adds and removes only the principles whose choice changed, as links or names, and the index reads the result', () => {
    const { snapshot } = indexTexts({ 'Acme.md': setNote(), 'Stories/Inbox.md': storyNote });
    const story = snapshot.stories[0];
    const choices = initialChoices(tagGroups(snapshot, story));
    choices.set('acme/customer-focus', 'primary');
    const summary = (links: boolean) => choicesToDiff(snapshot, story.principles, choices, links).map((d) => [d.key, d.add.map((a) => a.value), d.remove.map((p) => p.name)]);
    expect(summary(true)).toEqual([
      ['principles', ['[[Acme#Customer Focus]]'], []],
      ['secondary-principles', [], ['Customer Focus']],
    ]);
    choices.set('acme/ownership', 'secondary');
    choices.set('acme/frugality', 'none');
    expect(summary(false)).toEqual([
      ['principles', ['Customer Focus'], ['Ownership', 'Frugality']],
      ['secondary-principles', ['Ownership'], ['Customer Focus', 'Frugality']],
    ]);

    const out = editPrincipleKeys(storyNote, choicesToDiff(snapshot, story.principles, choices, false), parseYamlText);
    expect(out.kind).toBe('edited');
    const text = out.kind === 'edited' ? out.text : '';
    expect(text).toBe(storyNote.replace('principles: "[[Acme#Ownership]]"\n', 'principles:\n  - "Customer Focus"\nsecondary-principles:\n  - "Ownership"\n'));
    const after = indexTexts({ 'Acme.md': setNote(), 'Stories/Inbox.md': text }).snapshot.stories[0];
    expect(after.principles.map((r) => [r.id, r.role, r.source])).toEqual([
      ['acme/customer-focus', 'primary', 'frontmatter'],
      ['acme/ownership', 'secondary', 'frontmatter'],
      ['acme/frugality', 'secondary', 'link'],
    ]);
  });

  it('is empty when nothing changed', () => {
    const { snapshot } = indexTexts({ 'Acme.md': setNote(), 'Stories/Inbox.md': storyNote });
    const story = snapshot.stories[0];
    const diff = choicesToDiff(snapshot, story.principles, initialChoices(tagGroups(snapshot, story)), true);
    expect(diff.every((d) => d.add.length === 0 && d.remove.length === 0)).toBe(true);
    expect(editPrincipleKeys(storyNote, diff, parseYamlText)).toEqual({ kind: 'unchanged' });
  });
});
