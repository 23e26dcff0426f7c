import { principleValue, principleValues } from '../../../src/core/authoring/principle-values';
import { storyNoteText } from '../../../src/core/authoring/story-template';
import { yamlQuote } from '../../../src/core/authoring/yaml-quote';
import { indexTexts, setNote } from './vault';

describe('principleValue', () => {
  const principleNote = '---\ntags: [principle, globex]\naliases: [Own it]\n---\nAct like an owner.\n';

  it('links a heading principle to its set note heading and a principle note to the note', () => {
    const { snapshot } = indexTexts({ 'Sets/Acme.md': setNote(), 'Globex/Ownership.md': principleNote });
    const acme = snapshot.principles.find((p) => p.id === 'acme/ownership');
    const globex = snapshot.principles.find((p) => p.id === 'globex/ownership');
    if (!acme || !globex) throw new Error('principles not indexed');
    expect(principleValue(acme, true)).toBe('[[Acme#Ownership]]');
    expect(principleValue(globex, true)).toBe('[[Ownership]]');
    expect(principleValue(globex, false)).toBe('Ownership');
    expect(principleValues(snapshot, ['globex/ownership', 'nope/nothing', 'acme/frugality'], true)).toEqual(['[[Ownership]]', '[[Acme#Frugality]]']);
  });

  it('a story tagged with the principle-note link resolves to it', () => {
    const story = `---\ntags: [story]\nprinciples:\n  - ${yamlQuote('[[Ownership]]')}\n---\n**S:** a\n**A:** b\n`;
    const { snapshot } = indexTexts({ 'Globex/Ownership.md': principleNote, 'S.md': story });
    expect(snapshot.stories[0].principles.map((r) => r.id)).toEqual(['globex/ownership']);
  });
});

describe('principleValue on a set note whose first principle heading is on line 1', () => {
  const set = ['## Ownership', 'Act for the whole company.', '', '## Frugality', 'Do more with less.', '', '#principles #acme', ''].join('\n');

  it('links the heading, and a new story with that link maps to the principle', () => {
    const { snapshot } = indexTexts({ 'Acme.md': set });
    const ownership = snapshot.principles.find((p) => p.id === 'acme/ownership');
    if (!ownership) throw new Error('principle not indexed');
    expect(ownership.line).toBe(1);
    expect(principleValue(ownership, true)).toBe('[[Acme#Ownership]]');
    const story = storyNoteText({ title: 'Pager', storyTag: 'story', principles: principleValues(snapshot, ['acme/ownership'], true), now: new Date(2026, 0, 5) });
    const after = indexTexts({ 'Acme.md': set, 'Stories/Pager.md': story }).snapshot;
    expect(after.stories.map((s) => s.principles.map((r) => r.id))).toEqual([['acme/ownership']]);
    expect(after.warnings).toEqual([]);
  });
});

describe('yamlQuote', () => {
  it('escapes control characters and line separators', () => {
    expect(yamlQuote('a\u0001b\u2028c\r')).toBe('"a\\u0001b\\u2028c\\r"');
  });
});
