// `index --json` on the bundled demo vault: the JSON contract (docs/cli.md) and the values the demo was written to show.
import { cli, DEMO } from './helpers';

interface Ref {
  id: string;
  role: string;
  source: string;
}
interface Reading {
  id: string;
  score: number;
}
interface IndexJson {
  version: number;
  principles: { id: string; name: string; set: string; path: string; line: number; description: string }[];
  stories: { id: string; title: string; path: string; line: number; parts: string[]; principles: Ref[]; reading: Reading[]; suggestions: string[] }[];
  questions: { id: string; text: string; path: string; line: number; category: string | null; followUps: string[]; principles: Ref[]; reading: Reading[]; suggestions: string[] }[];
  warnings: { code: string; severity: string; path: string; line: number; message: string; suggestion: string | null }[];
}

let json: IndexJson;
beforeAll(async () => {
  const r = await cli(['index', DEMO, '--json']);
  expect(r.code).toBe(0);
  expect(r.err).toBe('');
  json = JSON.parse(r.out) as IndexJson;
});

const refs = (x: { principles: Ref[] }) => x.principles.map((p) => `${p.id}:${p.role}:${p.source}`);

describe('index --json on the demo vault', () => {
  it('has the contract shape', () => {
    expect(json.version).toBe(1);
    const isRef = (p: Ref) => typeof p.id === 'string' && ['primary', 'secondary'].includes(p.role) && typeof p.source === 'string';
    for (const p of json.principles) {
      expect(Object.keys(p)).toEqual(expect.arrayContaining(['id', 'name', 'set', 'path', 'line', 'description']));
      expect(p.id).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+$/);
      expect(p.line).toBeGreaterThanOrEqual(1);
    }
    for (const s of json.stories) {
      expect(Object.keys(s)).toEqual(expect.arrayContaining(['id', 'title', 'path', 'line', 'parts', 'principles']));
      expect(s.principles.every(isRef)).toBe(true);
    }
    for (const q of json.questions) {
      expect(Object.keys(q)).toEqual(expect.arrayContaining(['id', 'text', 'path', 'line', 'category', 'followUps', 'principles']));
      expect(q.category === null || typeof q.category === 'string').toBe(true);
      expect(Array.isArray(q.followUps)).toBe(true);
    }
    for (const w of json.warnings) expect(Object.keys(w)).toEqual(expect.arrayContaining(['code', 'path', 'line', 'message', 'suggestion']));
    for (const item of [...json.principles, ...json.stories, ...json.questions, ...json.warnings]) {
      expect(item.path).not.toContain('\\');
      expect(item.path.startsWith('/')).toBe(false);
    }
  });

  it('has the 16 Amazon principles in heading order and the 4 Google attributes', () => {
    const amazon = json.principles.filter((p) => p.set === 'amazon');
    expect(amazon).toHaveLength(16);
    expect(amazon[0]).toMatchObject({ id: 'amazon/customer-obsession', name: 'Customer Obsession', path: 'Amazon Leadership Principles.md', line: 5 });
    expect(amazon.map((p) => p.name)).toEqual(expect.arrayContaining(["Strive to be Earth's Best Employer", 'Success and Scale Bring Broad Responsibility', 'Are Right, A Lot']));
    expect(amazon.some((p) => p.name.startsWith('Main:'))).toBe(false);
    expect(json.principles.filter((p) => p.set === 'google').map((p) => p.name)).toEqual([
      'General Cognitive Ability',
      'Leadership',
      'Role-Related Knowledge',
      'Googleyness',
    ]);
  });

  it('warns about the misspelled principle with a suggestion', () => {
    expect(json.warnings).toContainEqual(
      expect.objectContaining({ code: 'unknown-principle', path: 'Stories/Quarterly forecast miss.md', suggestion: 'Customer Obsession' }),
    );
    expect(json.warnings.filter((w) => w.severity === 'error')).toEqual([]);
  });

  it('finds the inline stories with their Main:/Sub: principles, one of them indented in a list item', () => {
    const inline = json.stories.filter((s) => s.path === 'Amazon Leadership Principles.md');
    expect(inline).toHaveLength(2);
    expect(inline[0]).toMatchObject({ title: 'Returns portal redesign', parts: ['S', 'T', 'A', 'R'] });
    expect(refs(inline[0])).toEqual(['amazon/customer-obsession:primary:section', 'amazon/earn-trust:secondary:section', 'amazon/dive-deep:secondary:section']);
    expect(refs(inline[1])).toEqual([
      'amazon/deliver-results:primary:section',
      'amazon/insist-on-the-highest-standards:secondary:section',
      'amazon/are-right-a-lot:secondary:section',
    ]);
  });

  it('reads story notes in every documented format', () => {
    const byTitle = new Map(json.stories.map((s) => [s.title, s]));
    expect(json.stories.filter((s) => s.path.startsWith('Stories/'))).toHaveLength(7);
    expect(refs(byTitle.get('Checkout latency rescue')!)).toEqual(['amazon/customer-obsession:primary:frontmatter', 'amazon/dive-deep:primary:frontmatter']);
    expect(byTitle.get('Checkout latency rescue')!.parts).toEqual(['S', 'T', 'A', 'R', 'L']);
    expect(refs(byTitle.get('Vendor outage rollback')!)).toHaveLength(4); // comma string in frontmatter
    expect(refs(byTitle.get('Warehouse pick-path redesign')!)).toContain('amazon/invent-and-simplify:primary:frontmatter');
    expect(refs(byTitle.get('Onboarding mentorship program')!)).toContain('amazon/hire-and-develop-the-best:primary:link');
    expect(refs(byTitle.get('Quarterly forecast miss')!)).toEqual(expect.arrayContaining(['amazon/deliver-results:primary:tag', 'amazon/are-right-a-lot:primary:tag']));
    expect(byTitle.get('Event bus migration (draft)')!.parts).toEqual(['S', 'T', 'A']);
  });

  it('reads questions with follow-ups and categories from the set notes and the #questions note', () => {
    const q = (start: string) => json.questions.find((x) => x.text.startsWith(start));
    expect(q('Tell me about a time you would not accept a lower quality bar')!.followUps).toHaveLength(3);
    expect(refs(q('Tell me about a decision where the customer')!)[0]).toBe('amazon/customer-obsession:primary:section');
    expect(q('Walk me through your resume')).toMatchObject({ category: 'Warm-up', principles: [], path: 'Interview Questions.md' });
    expect(refs(q('Tell me about a time you took on something outside')!)).toEqual(['amazon/ownership:primary:heading']);
    expect(q('Tell me about a time you took on something outside')!.followUps).toHaveLength(2);
    expect(refs(q('Tell me about a time you led a team without formal authority')!)).toEqual(['google/leadership:primary:label']);
  });

  it('indexes nothing from the journal, the article or the trash', () => {
    const paths = new Set([...json.stories, ...json.questions, ...json.principles, ...json.warnings].map((x) => x.path));
    for (const p of paths) expect(p).not.toMatch(/^(Journal|Articles|\.trash)\//);
  });

  it('gives every story and question a reading and suggestions that are never its mappings', () => {
    const ids = new Set(json.principles.map((p) => p.id));
    for (const item of [...json.stories, ...json.questions]) {
      expect(item.reading.length).toBeLessThanOrEqual(3);
      for (const r of item.reading) {
        expect(Object.keys(r)).toEqual(['id', 'score']);
        expect(ids.has(r.id)).toBe(true);
        expect(r.score).toBeGreaterThan(0);
        expect(r.score).toBeLessThanOrEqual(1);
      }
      for (const id of item.suggestions) expect(item.principles.map((p) => p.id)).not.toContain(id);
    }
    const byText = (start: string) => json.questions.find((q) => q.text.startsWith(start));
    expect(byText('Tell me about a time you had to address a low performer')?.reading[0].id).toBe('amazon/hire-and-develop-the-best');
    expect(byText('Tell me about a time you led a team without formal authority')?.reading[0].id).toBe('google/leadership');
    expect(byText('Walk me through your resume')?.reading).toEqual([]);
  });

  it('prints a short summary without --json', async () => {
    const r = await cli(['index', DEMO]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('2 principle sets: amazon (16 principles), google (4 principles)');
    expect(r.out).toMatch(/9 stories \(7 story notes, 2 inline\)/);
  });
});
