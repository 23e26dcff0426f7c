// One rule for "this note is in that folder": story folders and excluded folders, in the core's
// extraction and candidate check, the plugin's index and the CLI's walk (src/core/paths/folder.ts;
// tests/cli/read-vault.test.ts runs the same rule through the CLI on disk).
// Folder names as users type them in settings; fast-check prints its seed when a property fails.
import fc from 'fast-check';
import { folderPath, isUnder, isUnderAny } from '../../../src/core/paths/folder';

/** One path segment as folder and note names come: letters, digits, spaces, dots, unicode; no `/`. */
const segment = fc.string({ minLength: 1, maxLength: 12, unit: fc.constantFrom('a', 'B', 'z', 'É', 'ß', '1', ' ', '.', '-', '_', '日', '🙂') });
const folder = fc.array(segment, { minLength: 1, maxLength: 3 }).map((s) => s.join('/'));
const slashes = fc.string({ maxLength: 3, unit: fc.constant('/') });

describe('isUnder on folders as written in settings', () => {
  it('holds the folder itself and everything inside it, at any depth', () => {
    expect(isUnder('Stories', 'Stories')).toBe(true);
    expect(isUnder('Stories/Pager rota.md', 'Stories')).toBe(true);
    expect(isUnder('Stories/2024/Q3/Pager rota.md', 'Stories')).toBe(true);
    expect(isUnder('Work/Stories/Pager rota.md', 'Work/Stories')).toBe(true);
  });

  it('matches whole folder names: Stories is not Stories2, Stories old or My Stories', () => {
    expect(isUnder('Stories2/Pager rota.md', 'Stories')).toBe(false);
    expect(isUnder('Stories old/Pager rota.md', 'Stories')).toBe(false);
    expect(isUnder('My Stories/Pager rota.md', 'Stories')).toBe(false);
    expect(isUnder('Work/Stories/Pager rota.md', 'Stories')).toBe(false);
    expect(isUnder('Stories.md', 'Stories')).toBe(false);
  });

  it('ignores slashes at the folder’s ends', () => {
    expect(folderPath('/Stories/')).toBe('Stories');
    expect(isUnder('Stories/Pager rota.md', 'Stories/')).toBe(true);
    expect(isUnder('Stories/Pager rota.md', '/Stories')).toBe(true);
    expect(isUnder('Work/Stories/a.md', '//Work/Stories//')).toBe(true);
  });

  it('keeps the case as written, as Obsidian’s paths do', () => {
    expect(isUnder('Stories/Pager rota.md', 'stories')).toBe(false);
    expect(isUnder('stories/Pager rota.md', 'Stories')).toBe(false);
  });

  it('holds nothing for an empty folder (the vault root), so a blank setting excludes nothing', () => {
    expect(isUnder('Pager rota.md', '')).toBe(false);
    expect(isUnder('Stories/Pager rota.md', '/')).toBe(false);
    expect(isUnderAny('Stories/Pager rota.md', ['', '/', 'Archive'])).toBe(false);
    expect(isUnderAny('Archive/Old.md', ['', 'Archive'])).toBe(true);
  });

  it('property: a note inside a folder is under it, however many slashes surround the setting', () => {
    fc.assert(
      fc.property(folder, fc.array(segment, { minLength: 1, maxLength: 3 }), slashes, slashes, (f, rest, before, after) => {
        const path = `${f}/${rest.join('/')}.md`;
        expect(isUnder(path, f)).toBe(true);
        expect(isUnder(path, `${before}${f}${after}`)).toBe(true);
        expect(isUnder(f, `${before}${f}${after}`)).toBe(true);
        // Every folder on the way down holds it too.
        const parts = f.split('/');
        for (let i = 1; i <= parts.length; i++) expect(isUnder(path, parts.slice(0, i).join('/'))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('property: a folder whose name only starts with the setting is not under it', () => {
    fc.assert(
      fc.property(folder, segment, fc.array(segment, { maxLength: 2 }), (f, tail, rest) => {
        const sibling = `${f}${tail}`;
        const path = [sibling, ...rest, 'Note.md'].join('/');
        expect(isUnder(path, f)).toBe(false);
        expect(isUnder(sibling, f)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('property: a folder written in another case holds nothing of it', () => {
    fc.assert(
      fc.property(
        folder.filter((f) => f.toUpperCase() !== f),
        segment,
        (f, note) => {
          expect(isUnder(`${f}/${note}.md`, f.toUpperCase())).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });
});
