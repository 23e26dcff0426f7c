// Issue 15 item 8: "Drill next" stays within the drilled set: after an Amazon-only drill it never
// names Google's principles, even when they are the vault's weakest.
import { VaultIndex } from '../../../src/core/index/vault-index';
import { summarize } from '../../../src/core/drill/summary';
import { toNoteRecord } from '../../../src/cli/note-record';
import { attempt, day } from './helpers';

const AMAZON = '#principles #amazon\n# Amazon\n\n### Ownership\nThink long term.\n\n### Frugality\nDo more with less.\n\n### Dive Deep\nKnow the details.\n';
const GOOGLE = '#principles #google\n# Google\n\n### Googleyness\nComfort with ambiguity.\n\n### Leadership\nStep up.\n';

it('drill next suggests weak principles of the drilled set only', () => {
  const index = new VaultIndex();
  index.upsert(toNoteRecord('Amazon.md', AMAZON));
  index.upsert(toNoteRecord('Google.md', GOOGLE));
  const snap = index.snapshot();
  // Weakest first across the vault, Google's first (as the dashboard's set might rank them).
  const weak = ['google/googleyness', 'google/leadership', 'amazon/frugality', 'amazon/dive-deep'];
  const sum = summarize([attempt('q1', 'good', day(0), ['amazon/ownership'])], snap, weak);
  expect(sum.drillNext).toEqual(['amazon/frugality', 'amazon/dive-deep']);
  // A drill across both sets may suggest either.
  const both = summarize([attempt('q1', 'good', day(0), ['amazon/ownership']), attempt('q2', 'easy', day(0), ['google/leadership'])], snap, weak);
  expect(both.drillNext).toEqual(['google/googleyness', 'amazon/frugality', 'amazon/dive-deep']);
});
