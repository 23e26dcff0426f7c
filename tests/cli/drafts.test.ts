// Issue 15 item 2 in the CLI: a note made by New story, prompts only, is a draft with its own
// marker in `coverage` and `index`, and fills no gap.
import { cleanVaults, cli, SET_NOTE, tempVault } from './helpers';

afterAll(cleanVaults);

const DRAFT = [
  '---',
  'tags:',
  '  - story',
  'principles:',
  '  - "[[Acme Principles#Ownership]]"',
  'created: 2026-01-05',
  '---',
  '# Night pager',
  '',
  '## Situation',
  '%% Where and when was this, and what was at stake? %%',
  '',
  '## Action',
  '<!-- What did you do, step by step? -->',
  '',
].join('\n');

describe('drafts in the CLI', () => {
  it('coverage marks a draft with d, lists it as (draft) and leaves its principle a gap', async () => {
    const vault = tempVault({ 'Acme Principles.md': SET_NOTE, 'Stories/Night pager.md': DRAFT });
    const r = await cli(['coverage', vault]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('0 stories (and 1 draft, not counted)');
    expect(r.out).toMatch(/Ownership\s+0\s+gap\s+0\/2\s+d/);
    expect(r.out).toContain('Night pager (draft)');
    expect(r.out).toContain('d = draft: nothing written yet (not counted)');
    const json = JSON.parse((await cli(['coverage', vault, '--json'])).out) as { principles: { id: string; count: number }[]; stories: { title: string; draft: boolean }[] };
    expect(json.principles.find((p) => p.id === 'acme/ownership')?.count).toBe(0);
    expect(json.stories).toEqual([expect.objectContaining({ title: 'Night pager', draft: true })]);
    const idx = await cli(['index', vault]);
    expect(idx.out).toContain('0 stories (0 story notes, 0 inline; 1 draft with nothing written yet, not counted)');
  });
});
