import { VaultIndex } from '../../../src/core/index/vault-index';
import { readAs, readAsOther } from '../../../src/core/reading/read-as';
import { fixture } from '../helpers';

describe('readAs', () => {
  const index = new VaultIndex();
  index.upsert(fixture('Acme Principles.md'));
  const snap = index.snapshot();
  const q = (start: string) => {
    const found = snap.questions.find((x) => x.text.startsWith(start));
    if (!found) throw new Error(start);
    return found;
  };

  it('lists the questions whose best reading is a principle they are not mapped to', () => {
    expect(readAs(snap.questions, 'acme/customer-obsession').map((x) => x.text)).toEqual(['Tell me about a customer request you turned down.']);
    expect(readAs(snap.questions, 'acme/are-right-a-lot').map((x) => x.line)).toEqual([59, 78]);
    // Mapped to Bias for Action and read as it: not a disagreement.
    expect(readAs(snap.questions, 'acme/bias-for-action')).toEqual([]);
  });

  it('ignores a weak best reading and a best reading the item is mapped to', () => {
    const weak = q('Describe a time you changed course');
    expect(weak.reading[0].score).toBeLessThan(0.7);
    expect(readAsOther(weak)).toBeNull();
    const mapped = q('Describe a decision you made with incomplete information.');
    expect(mapped.principles.map((p) => p.id)).toContain(mapped.reading[0].id);
    expect(readAsOther(mapped)).toBeNull();
    expect(readAsOther({ reading: [], principles: [] })).toBeNull();
  });

  it('works on stories too', () => {
    const story = { ...snap.stories[0], principles: [], reading: [{ id: 'acme/frugality', score: 0.9 }] };
    expect(readAs([story], 'acme/frugality')).toEqual([story]);
  });

  it('reads an item as a principle from a score of exactly the bar, when mapped to others only', () => {
    const at = (score: number, mapped: string[]) => readAsOther({ reading: [{ id: 'acme/frugality', score }, { id: 'acme/ownership', score: 0.2 }], principles: mapped.map((id) => ({ id })) });
    expect(at(0.7, [])).toEqual({ id: 'acme/frugality', score: 0.7 });
    expect(at(0.699, [])).toBeNull();
    expect(at(0.9, ['acme/ownership'])).toEqual({ id: 'acme/frugality', score: 0.9 });
    expect(at(0.9, ['acme/ownership', 'acme/frugality'])).toBeNull();
  });
});
