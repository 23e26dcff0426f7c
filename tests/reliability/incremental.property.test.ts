// The incremental index against a rebuild: after any sequence of create / modify / rename /
// delete, VaultIndex.snapshot() equals a snapshot built from scratch from the final notes.
import fc from 'fast-check';
import { VaultIndex } from '../../src/core/index/vault-index';
import type { IndexSettings } from '../../src/core/settings';
import type { IndexSnapshot, NoteRecord } from '../../src/core/model';
import { vaultOp, type VaultOp } from './vault-notes';

const SETTINGS: Partial<IndexSettings>[] = [{}, { storyFolders: ['Stories'] }, { excludedFolders: ['Excluded', 'Archive'], storyFolders: ['Notes'] }];

function withoutRevision(s: IndexSnapshot): Omit<IndexSnapshot, 'revision'> {
  const { revision: _r, ...rest } = s;
  return rest;
}

function fromScratch(notes: Map<string, NoteRecord>, settings: Partial<IndexSettings>, reverse = false): IndexSnapshot {
  const index = new VaultIndex(settings);
  const list = [...notes.values()];
  if (reverse) list.reverse();
  for (const n of list) index.upsert(n);
  return index.snapshot();
}

/**
 * Applies one vault event the way the plugin's vault adapter does: a rename of a note the index
 * does not hold is an upsert under the new name (it may enter a story folder).
 */
function apply(index: VaultIndex, vault: Map<string, NoteRecord>, op: VaultOp): void {
  if (op.op === 'write') {
    const rec = { ...op.content, path: op.path };
    vault.set(op.path, rec);
    index.upsert(rec);
  } else if (op.op === 'delete') {
    vault.delete(op.path);
    index.remove(op.path);
  } else {
    const rec = vault.get(op.from);
    if (!rec || vault.has(op.to)) return; // a vault cannot rename a missing note or onto an existing one
    vault.delete(op.from);
    const moved = { ...rec, path: op.to };
    vault.set(op.to, moved);
    if (index.has(op.from)) index.rename(op.from, op.to);
    else index.upsert(moved);
  }
}

describe('incremental VaultIndex equals a rebuild', () => {
  it('after every step of a random edit sequence', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SETTINGS), fc.array(vaultOp, { minLength: 1, maxLength: 14 }), (settings, ops) => {
        const index = new VaultIndex(settings);
        const vault = new Map<string, NoteRecord>();
        for (const op of ops) {
          apply(index, vault, op);
          expect(withoutRevision(index.snapshot())).toEqual(withoutRevision(fromScratch(vault, settings)));
        }
        // Order of arrival does not matter either.
        expect(withoutRevision(fromScratch(vault, settings, true))).toEqual(withoutRevision(index.snapshot()));
      }),
      { numRuns: 200 },
    );
  });

  it('a snapshot already handed out never changes when the index moves on', () => {
    fc.assert(
      fc.property(fc.array(vaultOp, { minLength: 2, maxLength: 12 }), (ops) => {
        const index = new VaultIndex();
        const vault = new Map<string, NoteRecord>();
        const taken: { snap: IndexSnapshot; json: string }[] = [];
        for (const op of ops) {
          apply(index, vault, op);
          const snap = index.snapshot();
          taken.push({ snap, json: JSON.stringify(snap) });
        }
        for (const t of taken) expect(JSON.stringify(t.snap)).toBe(t.json);
      }),
      { numRuns: 250 },
    );
  });

  it('revision grows with every change and the snapshot is cached between changes', () => {
    fc.assert(
      fc.property(fc.array(vaultOp, { minLength: 1, maxLength: 10 }), (ops) => {
        const index = new VaultIndex();
        const vault = new Map<string, NoteRecord>();
        let last = index.revision;
        for (const op of ops) {
          const before = index.snapshot();
          const heldBefore = JSON.stringify(index.paths().sort());
          apply(index, vault, op);
          expect(index.revision).toBeGreaterThanOrEqual(last);
          if (index.revision === last) {
            // Nothing changed for the index: same snapshot object, same notes held.
            expect(index.snapshot()).toBe(before);
            expect(JSON.stringify(index.paths().sort())).toBe(heldBefore);
          }
          last = index.revision;
        }
      }),
      { numRuns: 150 },
    );
  });

  it('setSettings empties the index and a later snapshot shows it, even with nothing re-added', () => {
    const index = new VaultIndex();
    index.upsert({ path: 'S.md', frontmatter: null, body: '#story\n**S:** a\n**T:** b\n', bodyLine: 0 });
    expect(index.snapshot().stories).toHaveLength(1);
    index.setSettings({ storyTag: 'star' });
    expect(index.size).toBe(0);
    expect(index.snapshot().stories).toHaveLength(0);
  });
});
