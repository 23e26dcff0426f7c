// The CLI's writes on disk: the drill log is appended to after its exact bytes (BOM, CRLF,
// trailing spaces, no final newline), and new notes never replace an existing file.
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { appendAttempts } from '../../src/cli/commands/drill-log-file';
import { createNote, nodeWriter, runStarter } from '../../src/cli/commands/starter';
import { joinPath, noteNameFrom } from '../../src/core/authoring/file-name';
import { DEFAULT_INDEX_SETTINGS } from '../../src/core/settings';
import type { Attempt } from '../../src/core/drill/types';
import { cleanVaults, tempVault } from '../cli/helpers';

afterAll(cleanVaults);

const attempt: Attempt = { at: new Date(2026, 1, 3, 14, 5), questionId: 'acme/q-1', text: 'Tell me about a time?', principles: [], rating: 'easy', seconds: 40, story: null };

describe('CLI writes', () => {
  it('appends drill lines after the log\'s exact bytes, on a line of their own', async () => {
    const log = '\uFEFF# Drill log  \r\n\r\n- 2026-02-01 10:00 | question: acme/q-0 | rating: good | seconds: 30 | principles:  | text: Hi   \r\nno newline here  ';
    const root = tempVault({ 'Interview Prep/Drill log.md': log });
    await appendAttempts(root, 'Interview Prep/Drill log.md', [attempt]);
    const out = readFileSync(join(root, 'Interview Prep', 'Drill log.md'), 'utf8');
    expect(out.startsWith(log)).toBe(true);
    expect(out.slice(log.length)).toMatch(/^\r?\n- 2026-02-03 14:05 \| question: acme\/q-1 \| rating: easy/);
  });

  it('new notes take a free name; existing files keep their bytes', () => {
    const root = tempVault({ 'Stories/Launch.md': 'mine\r\n', 'Stories/Launch 1.md': 'also mine' });
    expect(createNote(root, 'Stories/Launch', '#story\n', nodeWriter)).toBe('Stories/Launch 2.md');
    expect(readFileSync(join(root, 'Stories', 'Launch.md'), 'utf8')).toBe('mine\r\n');
    expect(readFileSync(join(root, 'Stories', 'Launch 1.md'), 'utf8')).toBe('also mine');
  });

  it('a starter set next to an existing one of the same name is a new file (exit 0)', () => {
    const root = tempVault({ 'Google Hiring Attributes.md': 'my own notes' });
    let out = '';
    expect(runStarter(root, 'google', DEFAULT_INDEX_SETTINGS, (s) => (out += s))).toBe(0);
    expect(out).toBe('Google Hiring Attributes 1.md\n');
    expect(readFileSync(join(root, 'Google Hiring Attributes.md'), 'utf8')).toBe('my own notes');
  });

  it('a title that looks like a path stays one file name inside the story folder', () => {
    const root = tempVault({});
    const path = createNote(root, joinPath('Stories', noteNameFrom('../../../etc/passwd')), '#story\n', nodeWriter);
    expect(path.startsWith('Stories/')).toBe(true);
    expect(path.split('/')).toHaveLength(2);
    expect(readFileSync(join(root, ...path.split('/')), 'utf8')).toBe('#story\n');
  });

  it('a story folder setting that climbs out of the vault is refused, nothing is written', () => {
    const parent = tempVault({});
    const root = join(parent, 'vault');
    for (const folder of ['../outside', 'Stories/../../outside', '..']) {
      expect(() => createNote(root, joinPath(folder, 'Launch'), 'x', nodeWriter)).toThrow(/outside the vault/);
    }
    expect(existsSync(join(parent, 'outside'))).toBe(false);
    expect(existsSync(join(parent, 'Launch.md'))).toBe(false);
  });
});
