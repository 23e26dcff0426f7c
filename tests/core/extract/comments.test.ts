// Comments in story parts (`%% … %%`, `<!-- … -->`): never text, as Obsidian reads them.
import { withoutComments, withWrittenParts, writtenParts } from '../../../src/core/extract/comments';
import type { RawPart, RawStory } from '../../../src/core/extract/raw';
import { indexTexts } from '../authoring/vault';

const part = (key: RawPart['key'], text: string, line = 3): RawPart => ({ key, line, text });
const story = (kind: RawStory['kind'], parts: RawPart[]): RawStory => ({ title: 'Outage', line: 1, endLine: 9, kind, parts, refs: [] });

describe('withoutComments', () => {
  it('returns text without a comment exactly as written', () => {
    expect(withoutComments('  Shipped on time.  \n\n\n\nThen rested. ')).toBe('  Shipped on time.  \n\n\n\nThen rested. ');
    expect(withoutComments('50% done, 100% paid')).toBe('50% done, 100% paid');
    expect(withoutComments('a <!- b -> c')).toBe('a <!- b -> c');
  });

  it('drops Obsidian and HTML comments, one after the other in either order', () => {
    expect(withoutComments('We %%private%% shipped.')).toBe('We  shipped.');
    expect(withoutComments('We <!-- the prompt --> shipped.')).toBe('We  shipped.');
    expect(withoutComments('A <!-- x --> B %% y %% C <!-- z --> D')).toBe('A  B  C  D');
    expect(withoutComments('A %% <!-- %% B --> C')).toBe('A  B --> C');
    expect(withoutComments('A <!-- %% --> B %% C')).toBe('A  B');
    expect(withoutComments('<!-- 100%% sure? --> Yes. %% check %%')).toBe('Yes.');
  });

  it('runs an unclosed comment to the end of the text', () => {
    expect(withoutComments('Kept. %% draft thoughts\nmore')).toBe('Kept.');
    expect(withoutComments('Kept. <!-- draft thoughts\nmore')).toBe('Kept.');
  });

  it('looks for the closing marker after the opening one', () => {
    expect(withoutComments('a %%% b %% c')).toBe('a  c');
    expect(withoutComments('a <!---> b')).toBe('a');
    expect(withoutComments('a <!-- b --> c --> d')).toBe('a  c --> d');
  });

  it('removes the spaces and blank lines a comment leaves behind, and keeps the rest', () => {
    expect(withoutComments('<!-- What was going on? -->\n')).toBe('');
    expect(withoutComments('First.   %%x%%\n\n%%y%%\n\n\n\nSecond.\n  indented')).toBe('First.\n\nSecond.\n  indented');
    expect(withoutComments('One.\n\n%%gone%%\nTwo.\t%%x%%')).toBe('One.\n\nTwo.');
  });
});

describe('written parts', () => {
  it('keeps the parts with text, the same objects when they had no comment', () => {
    const s = part('S', 'The build broke.');
    const t = part('T', '<!-- What did you have to do? -->', 5);
    const a = part('A', 'I rolled back. %% ask Ana %%', 7);
    const out = writtenParts([s, t, a]);
    expect(out).toEqual([s, { key: 'A', line: 7, text: 'I rolled back.' }]);
    expect(out[0]).toBe(s);
    expect(out[1]).not.toBe(a);
  });

  it('leaves a story whose parts are all written as it is, and trims the commented ones', () => {
    const whole = story('note', [part('S', 'The build broke.'), part('A', 'I rolled back.')]);
    expect(withWrittenParts(whole)).toBe(whole);
    const commented = story('note', [part('S', 'The build broke.'), part('A', 'I rolled back. %% ask Ana %%')]);
    const trimmed = withWrittenParts(commented);
    expect(trimmed).toEqual({ ...commented, parts: [part('S', 'The build broke.'), part('A', 'I rolled back.')] });
    const dropped = story('inline', [part('S', 'The build broke.'), part('T', '%% later %%')]);
    expect(withWrittenParts(dropped)).toEqual({ ...dropped, parts: [part('S', 'The build broke.')] });
  });

  it('makes a story note with nothing written a draft, drops such an inline story, and keeps a sketch', () => {
    const empty = [part('S', '<!-- What was going on? -->'), part('R', '%% numbers %%')];
    expect(withWrittenParts(story('note', empty))).toEqual({ ...story('note', []), kind: 'draft' });
    expect(withWrittenParts(story('inline', empty))).toBeNull();
    const sketch = story('sketch', []);
    expect(withWrittenParts(sketch)).toBe(sketch);
  });

  it('lists a fresh story template as a draft in the index', () => {
    const { snapshot } = indexTexts({
      'Stories/Outage.md': '---\ntags: [story]\n---\n# Outage\n\n## Situation\n<!-- What was going on? -->\n\n## Action\n%% what you did %%\n',
      'Stories/Launch.md': '---\ntags: [story]\n---\n# Launch\n\n## Situation\nThe launch slipped. <!-- more -->\n\n## Action\n%% what you did %%\n',
    });
    const byTitle = new Map(snapshot.stories.map((s) => [s.title, s]));
    expect(byTitle.get('Outage')?.kind).toBe('draft');
    expect(byTitle.get('Launch')?.kind).toBe('note');
    expect(byTitle.get('Launch')?.parts).toEqual(['S']);
    expect(byTitle.get('Launch')?.partText.S?.text).toBe('The launch slipped.');
  });
});
