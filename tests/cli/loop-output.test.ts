// Issue 15 item 6: the loop output agrees with itself. The sentence names the principles that the
// loop shown leaves short, the loop lists each principle with the stories it gets, and the Loop
// column counts the same loop; a principle with three stories is not shown at 0.
import { cleanVaults, cli, SET_NOTE, tempVault } from './helpers';

afterAll(cleanVaults);

const story = (title: string, principles: string[], result: string) =>
  `---\ntags: [story]\nprinciples: [${principles.join(', ')}]\n---\n# ${title}\n\n## Situation\nThe team was stuck.\n\n## Action\nI ${title.toLowerCase()}.\n\n## Result\n${result}\n`;

describe('loop output', () => {
  it('shows one fullest loop, its short principles in plain words, and the same numbers in the Loop column', async () => {
    const root = tempVault({
      'Acme Principles.md': SET_NOTE,
      'Stories/Pager.md': story('Split the pager rota', ['Ownership', 'Deliver Results'], 'Night pages fell 40%.'),
      'Stories/Budget.md': story('Cut the cloud bill', ['Ownership', 'Deliver Results'], 'Spend fell 20%.'),
      'Stories/Vendor.md': story('Replaced the vendor', ['Customer Obsession', 'Deliver Results'], 'Tickets fell by half.'),
    });
    const r = await cli(['coverage', root]);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    const row = (name: string) => (lines.find((l) => l.startsWith(name)) ?? '').split(/\s{2,}/).slice(0, 4);
    // Three stories, status ok, and one of them in the loop (not 0/2).
    expect(row('Deliver Results')).toEqual(['Deliver Results', '3', 'ok', '1/2']);
    expect(row('Ownership')).toEqual(['Ownership', '2', 'ok', '1/2']);
    expect(row('Customer Obsession')).toEqual(['Customer Obsession', '1', 'thin', '1/2']);
    const at = lines.findIndex((l) => l.startsWith('Loop not ready:'));
    expect(lines[at]).toBe(
      'Loop not ready: with no story told twice, 3 of 6 story slots can be filled (2 stories for each of 3 principles), so at least 3 more stories are needed. ' +
        'The best loop leaves “Customer Obsession”, “Ownership” and “Deliver Results” short.',
    );
    expect(lines.slice(at + 1, at + 5)).toEqual([
      'The best loop:',
      '  Customer Obsession: Replaced the vendor (1 short)',
      '  Ownership: Cut the cloud bill (1 short)',
      '  Deliver Results: Split the pager rota (1 short)',
    ]);
    expect(r.out).not.toMatch(/any principle may be left short|may be left short/);
  });

  it('names only the principles the loop leaves short, never one it fills', async () => {
    const root = tempVault({
      'Acme Principles.md': SET_NOTE,
      'Stories/A.md': story('Fixed checkout', ['Customer Obsession'], 'Errors fell 30%.'),
      'Stories/B.md': story('Called every customer', ['Customer Obsession'], 'Churn fell 5%.'),
      'Stories/C.md': story('Owned the outage', ['Ownership'], 'Back in 2 hours.'),
      'Stories/D.md': story('Ran the migration', ['Ownership'], 'Done 3 weeks early.'),
    });
    const r = await cli(['coverage', root]);
    const sentence = r.out.split('\n').find((l) => l.startsWith('Loop not ready:')) ?? '';
    expect(sentence).toContain('The best loop leaves “Deliver Results” short.');
    expect(r.out).toContain('  Customer Obsession: Fixed checkout; Called every customer\n');
    expect(r.out).toContain('  Deliver Results: no story (2 short)\n');
  });
});
