// Accepting a reading on a set-note line: `#lp/<slug>` appended to that one line, verified by the
// extractor, and then the index maps the item by the tag.
import { readFileSync } from 'fs';
import { join } from 'path';
import { addLineTag, lineTagFor } from '../../../src/core/authoring/line-tag';
import { DEFAULT_INDEX_SETTINGS } from '../../../src/core/settings';
import { parseYamlText } from '../../../src/cli/note-record';
import { indexTexts } from './vault';

const SET = [
  '#principles',
  '# Acme',
  '',
  '### Customer Obsession',
  'Start with the customer.',
  '',
  '### Hire and Develop the Best',
  'Raise the bar.',
  '',
  '### Main: Customer Obsession',
  '',
  '1. **Tell me about a time you coached a junior engineer.**',
  '   1. What did they learn?',
  '2. **Describe a customer complaint you fixed.**',
  '',
];
const req = (line: number, tag = 'lp/hire-and-develop-the-best') => ({ path: 'Acme.md', line, tag, settings: DEFAULT_INDEX_SETTINGS, parse: parseYamlText });

describe('addLineTag', () => {
  it('names the tag by the principle slug', () => {
    expect(lineTagFor({ name: 'Hire and Develop the Best' })).toBe('lp/hire-and-develop-the-best');
    expect(lineTagFor({ name: "Strive to be Earth's Best Employer" })).toBe('lp/strive-to-be-earths-best-employer');
  });

  it.each([['\n'], ['\r\n']])('appends the tag to the question line only (eol %j), and the index then maps it', (eol) => {
    const text = SET.join(eol);
    const out = addLineTag(text, req(12));
    expect(out.kind).toBe('edited');
    if (out.kind !== 'edited') return;
    const expected = [...SET];
    expected[11] += ' #lp/hire-and-develop-the-best';
    expect(out.text).toBe(expected.join(eol));
    const q = (t: string) => indexTexts({ 'Acme.md': t }).snapshot.questions.find((x) => x.text.includes('coached'));
    expect(q(text)?.principles.map((p) => p.id)).toEqual(['acme/customer-obsession']);
    expect(q(out.text)?.principles.map((p) => p.id)).toEqual(['acme/customer-obsession', 'acme/hire-and-develop-the-best']);
    expect(q(out.text)?.id).toBe(q(text)?.id);
    expect(q(out.text)?.text).toBe('Tell me about a time you coached a junior engineer.');
  });

  it('keeps a frontmatter block and a mixed ending on the line', () => {
    const text = '---\ntags: [principles]\n---\n# Acme\n\n### Ownership\nAct.\n\n### Frugality\nLess.\n\n### Main: Ownership\n\n1. **Tell me about a time you saved money.**\r\n2. **Another one?**\n';
    const out = addLineTag(text, { ...req(14, 'lp/frugality') });
    expect(out).toEqual({ kind: 'edited', text: text.replace('money.**\r\n', 'money.** #lp/frugality\r\n') });
    const q = indexTexts({ 'Acme.md': out.kind === 'edited' ? out.text : '' }).snapshot.questions.find((x) => x.text.includes('money'));
    expect(q?.principles.map((p) => p.id)).toContain('acme/frugality');
  });

  it('tags an inline story on its first line, and the index then maps the story', () => {
    const text = readFileSync(join(__dirname, '..', '..', 'fixtures', 'notes', 'Acme Principles.md'), 'utf8');
    const before = indexTexts({ 'Acme Principles.md': text }).snapshot.stories.find((x) => x.kind === 'inline');
    expect(before?.principles.map((p) => p.id)).not.toContain('acme/deliver-results');
    const out = addLineTag(text, { ...req(before?.line ?? 0, 'lp/deliver-results'), path: 'Acme Principles.md' });
    expect(out.kind).toBe('edited');
    const after = indexTexts({ 'Acme Principles.md': out.kind === 'edited' ? out.text : '' }).snapshot.stories.find((x) => x.id === before?.id);
    expect(after?.principles.map((p) => p.id)).toContain('acme/deliver-results');
  });

  it('is unchanged when the line already has the tag', () => {
    const tagged = [...SET];
    tagged[11] += ' #lp/hire-and-develop-the-best';
    expect(addLineTag(tagged.join('\n'), req(12))).toEqual({ kind: 'unchanged' });
  });

  it('refuses a line that holds no item, the frontmatter, a missing line and a bad tag', () => {
    const text = SET.join('\n');
    expect(addLineTag(text, req(5)).kind).toBe('refused');
    expect(addLineTag(text, req(13)).kind).toBe('refused');
    expect(addLineTag(text, req(99)).kind).toBe('refused');
    expect(addLineTag(text, req(12, 'has space')).kind).toBe('refused');
    expect(addLineTag('---\na: 1\n---\n' + text, req(2)).kind).toBe('refused');
  });
});
