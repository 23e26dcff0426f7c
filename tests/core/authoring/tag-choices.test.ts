import { choicesToFrontmatter, filterOptions, initialChoices, tagGroups } from '../../../src/core/authoring/tag-choices';
import { setFrontmatterLists } from '../../../src/core/authoring/frontmatter-edit';
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

describe('choicesToFrontmatter', () => {
  it('writes links by default and names when asked, in set order, and the index reads them back', () => {
    const { snapshot } = indexTexts({ 'Acme.md': setNote(), 'Stories/Inbox.md': storyNote });
    const story = snapshot.stories[0];
    const choices = initialChoices(tagGroups(snapshot, story));
    choices.set('acme/customer-focus', 'primary');
    choices.set('acme/frugality', 'none');
    expect(choicesToFrontmatter(snapshot, choices, true)).toEqual({ principles: ['[[Acme#Customer Focus]]', '[[Acme#Ownership]]'], secondary: [] });
    choices.set('acme/frugality', 'secondary');
    const names = choicesToFrontmatter(snapshot, choices, false);
    expect(names).toEqual({ principles: ['Customer Focus', 'Ownership'], secondary: ['Frugality'] });

    const text = setFrontmatterLists(storyNote, [
      { key: 'principles', values: names.principles },
      { key: 'secondary-principles', values: names.secondary },
    ]);
    const after = indexTexts({ 'Acme.md': setNote(), 'Stories/Inbox.md': text }).snapshot.stories[0];
    expect(after.principles.map((r) => [r.id, r.role, r.source])).toEqual([
      ['acme/customer-focus', 'primary', 'frontmatter'],
      ['acme/ownership', 'primary', 'frontmatter'],
      ['acme/frugality', 'secondary', 'frontmatter'],
    ]);
  });
});
