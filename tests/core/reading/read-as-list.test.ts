import { VaultIndex } from '../../../src/core/index/vault-index';
import { readAsCounts, readAsList, readingKey } from '../../../src/core/reading/read-as-list';
import { fixture, note } from '../helpers';

describe('readAsList', () => {
  const index = new VaultIndex();
  index.upsert(fixture('Acme Principles.md'));
  const snap = index.snapshot();

  it('groups the items read as another principle by that principle, in the set order', () => {
    const groups = readAsList(snap, 'acme');
    const names = groups.map((g) => g.principle.name);
    const order = snap.principles.filter((p) => p.set === 'acme').map((p) => p.name);
    expect(names).toEqual(order.filter((n) => names.includes(n)));
    const co = groups.find((g) => g.principle.id === 'acme/customer-obsession');
    expect(co?.items.map((e) => (e.kind === 'question' ? e.item.text : e.item.title))).toContain('Tell me about a customer request you turned down.');
    const right = groups.find((g) => g.principle.id === 'acme/are-right-a-lot');
    expect(right?.items.filter((e) => e.kind === 'question').map((e) => e.item.line)).toEqual([59, 78]);
    for (const g of groups) for (const e of g.items) {
      expect(e.score).toBeGreaterThanOrEqual(0.7);
      expect(e.item.principles.map((p) => p.id)).not.toContain(g.principle.id);
    }
  });

  it('leaves out dismissed readings, from the list and from the counts', () => {
    const right = readAsList(snap, 'acme').find((g) => g.principle.id === 'acme/are-right-a-lot');
    const first = right?.items[0];
    if (!first) throw new Error('no reading to dismiss');
    const dismissed = new Set([readingKey(first.item.id, 'acme/are-right-a-lot')]);
    const after = readAsList(snap, 'acme', dismissed).find((g) => g.principle.id === 'acme/are-right-a-lot');
    expect(after?.items.map((e) => e.item.id) ?? []).not.toContain(first.item.id);
    expect(readAsCounts(snap, 'acme').get('acme/are-right-a-lot')).toBe(right.items.length);
    expect(readAsCounts(snap, 'acme', dismissed).get('acme/are-right-a-lot') ?? 0).toBe(right.items.length - 1);
  });

  it('is empty for an unknown set', () => {
    expect(readAsList(snap, 'nope')).toEqual([]);
  });

  it('keys a dismissal by item and principle', () => {
    expect(readingKey('Acme.md#12', 'acme/frugality')).toBe('Acme.md#12|acme/frugality');
  });

  it('lists the stories read as a principle after its questions, with the reading score', () => {
    const idx = new VaultIndex();
    idx.upsert(fixture('Acme Principles.md'));
    idx.upsert(note('Stories/Refund.md', '**S:** A customer complained that our refund rules hurt them, so I listened to every customer call that week.\n**T:** x\n', { tags: ['story'] }, 3));
    const snapshot = idx.snapshot();
    const story = snapshot.stories.find((s) => s.path === 'Stories/Refund.md');
    if (!story) throw new Error('no story');
    expect(story.reading[0]).toMatchObject({ id: 'acme/customer-obsession' });
    const co = readAsList(snapshot, 'acme').find((g) => g.principle.id === 'acme/customer-obsession');
    expect(co?.items.map((e) => e.kind)).toEqual(['question', 'story']);
    expect(co?.items[1]).toEqual({ kind: 'story', item: story, score: story.reading[0].score });
    expect(co?.items[0].score).toBe((co?.items[0].item as { reading: { score: number }[] }).reading[0].score);
    expect(readAsCounts(snapshot, 'acme').get('acme/customer-obsession')).toBe(2);
    // Another set's list never holds it.
    expect(readAsList(snapshot, 'other')).toEqual([]);
  });
});
