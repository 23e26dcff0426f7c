// Ids survive moves: moving a note to another folder (same file name) changes no story,
// question or principle id anywhere in the vault, so drill logs and links keep pointing at the
// same things.
import fc from 'fast-check';
import { VaultIndex } from '../../src/core/index/vault-index';
import type { IndexSnapshot, NoteRecord } from '../../src/core/model';
import { noteContent } from './vault-notes';

const FOLDERS = ['', 'A/', 'Stories/', 'Z/deep/'];
const NAMES = ['Pilot.md', 'Acme.md', 'Bank.md', 'Billing.md', 'Zeta.md'];

/** Ids of everything in the snapshot, keyed by what the item is apart from its folder. */
function idsByItem(snap: IndexSnapshot, rename: Map<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  const at = (path: string) => rename.get(path) ?? path;
  for (const s of snap.stories) out.set(`story|${at(s.path)}|${s.line}`, s.id);
  for (const q of snap.questions) out.set(`question|${at(q.path)}|${q.line}`, q.id);
  // A principle defined twice is owned by the first note in path order; its id is what must hold.
  for (const p of snap.principles) out.set(`principle|${p.id}`, p.id);
  return out;
}

describe('ids are stable when a note moves to another folder', () => {
  it('for every item in the vault, not just the moved note', () => {
    const vault = fc.uniqueArray(
      fc.record({ folder: fc.constantFrom(...FOLDERS), name: fc.constantFrom(...NAMES), content: noteContent }),
      // File names are unique: two identical notes with the same name in two folders cannot be told apart.
      { selector: (n) => n.name, minLength: 1, maxLength: 4 },
    );
    fc.assert(
      fc.property(vault, fc.nat(), fc.constantFrom(...FOLDERS), (notes, pick, toFolder) => {
        const records: NoteRecord[] = notes.map((n) => ({ ...n.content, path: n.folder + n.name }));
        // No story folder: moving into one changes what is a story, which is not what this checks.
        const index = new VaultIndex({ storyFolders: [] });
        for (const r of records) index.upsert(r);
        const moving = records[pick % records.length];
        const name = moving.path.slice(moving.path.lastIndexOf('/') + 1);
        const to = toFolder + name;
        fc.pre(!records.some((r) => r.path === to) && index.has(moving.path));
        const before = idsByItem(index.snapshot(), new Map([[moving.path, to]]));
        index.rename(moving.path, to);
        const after = idsByItem(index.snapshot(), new Map());
        expect(after).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });
});
