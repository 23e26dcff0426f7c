// Issue 15 item 1: a story whose frontmatter is not valid YAML stays a story (folder, body tags,
// part headings, the raw `tags:` line) and keeps the principles its body links to.
import { cleanVaults, cli, SET_NOTE, tempVault } from './helpers';

afterAll(cleanVaults);

interface IndexJson {
  stories: { title: string; path: string; parts: string[]; principles: { id: string }[] }[];
  warnings: { code: string; path: string }[];
}

const STAR = [
  '## Situation',
  'Our checkout page timed out for one shopper in five during the spring sale.',
  '',
  '## Task',
  'I had to get it working before the weekend traffic.',
  '',
  '## Action',
  'I traced the slow query and cached it, see [[Acme Principles#Customer Obsession]].',
  '',
  '## Result',
  'Timeouts fell to 0.1% and the sale closed 12% above plan.',
  '',
].join('\n');

describe('a story note with broken YAML', () => {
  it('is still read as a story in Stories/ (the default story folder), with its body mappings', async () => {
    const vault = tempVault({
      'Acme Principles.md': SET_NOTE,
      // An unquoted colon inside a value: not valid YAML.
      'Stories/Checkout timeouts.md': `---\ntitle: Checkout: the timeouts\n  principles: [\n---\n# Checkout timeouts\n\n${STAR}`,
    });
    const r = await cli(['index', vault, '--json']);
    const json = JSON.parse(r.out) as IndexJson;
    expect(json.warnings.map((w) => `${w.code} ${w.path}`)).toContain('invalid-frontmatter Stories/Checkout timeouts.md');
    const story = json.stories.find((s) => s.path === 'Stories/Checkout timeouts.md');
    expect(story?.parts).toEqual(['S', 'T', 'A', 'R']);
    expect(story?.principles.map((p) => p.id)).toEqual(['acme/customer-obsession']);
    const cov = await cli(['coverage', vault, '--json']);
    const principles = (JSON.parse(cov.out) as { principles: { id: string; count: number }[] }).principles;
    expect(principles.find((p) => p.id === 'acme/customer-obsession')?.count).toBe(1);
  });

  it('is recognized by its raw `tags:` line, a body tag or its part headings outside any story folder', async () => {
    const vault = tempVault({
      'Acme Principles.md': SET_NOTE,
      'Work/Raw tags line.md': `---\ntags: [story, lp/ownership\n---\n${STAR}`,
      'Work/Raw tags list.md': `---\ntags:\n  - story\nwhen: {2024\n---\n${STAR}`,
      'Work/Body tag.md': `---\nwhen: [2024\n---\n#story\n\n${STAR}`,
      'Work/Headings only.md': `---\n: : broken\n---\n${STAR}`,
    });
    const json = JSON.parse((await cli(['index', vault, '--json'])).out) as IndexJson;
    const paths = json.stories.map((s) => s.path).sort();
    expect(paths).toEqual(['Work/Body tag.md', 'Work/Headings only.md', 'Work/Raw tags line.md', 'Work/Raw tags list.md']);
    const raw = json.stories.find((s) => s.path === 'Work/Raw tags line.md');
    // The raw tags line's `lp/ownership` maps like a tag would.
    expect(raw?.principles.map((p) => p.id)).toEqual(['acme/ownership', 'acme/customer-obsession']);
  });

  it('a broken note that marks nothing as a story is not one', async () => {
    const vault = tempVault({
      'Acme Principles.md': SET_NOTE,
      'Journal/Monday.md': '---\nmood: [fine\n---\nA long day. Wrote some notes about the sale.\n',
    });
    const json = JSON.parse((await cli(['index', vault, '--json'])).out) as IndexJson;
    expect(json.stories).toEqual([]);
    expect(json.warnings.map((w) => w.code)).toEqual(['invalid-frontmatter']);
  });
});
