// `obsidian-interview-prep extract <vault> <note> --line N`: the plugin's extract edit from the terminal.
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { nodeSourceFile, runExtract } from '../../src/cli/commands/extract';
import { loadVaultSettings } from '../../src/cli/vault-settings';
import { loadVault } from '../../src/cli/load-vault';
import { nodeFs } from '../../src/cli/vault-fs';
import { extractInlineStory } from '../../src/core/authoring/extract-story';
import { cleanVaults, cli, SET_NOTE, tempVault } from './helpers';

afterAll(cleanVaults);

/** Interview notes with an inline story under a `Main:` section, in CRLF with a BOM. */
const NOTES =
  '\uFEFF' +
  [
    '#principles/acme',
    '',
    '### Main: Ownership',
    '',
    '**Sub: Deliver Results**',
    '',
    '1. **Tell me about a time you took over something nobody owned.**',
    '    **S:** Alerts paged three teams every night.  ',
    '    **T:** Make the pages stop without a rewrite.',
    '    **A:** I traced the alerts to one cron job and I moved it.',
    '    **R:** Night pages went from 30 a week to 2.',
    '',
    '2. **Tell me about a time you missed a deadline.**',
    '',
    'Notes to self: ask about on-call.',
    '',
  ].join('\r\n');

function files(root: string, dir = ''): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(root, `${dir}${e.name}/`) : [`${dir}${e.name}`])).sort();
}

describe('obsidian-interview-prep extract', () => {
  it('moves the story into a new note, leaves one embed line, and prints what changed', async () => {
    const root = tempVault({ 'Acme.md': SET_NOTE, 'Interview/Notes.md': NOTES });
    const ran = await cli(['extract', root, 'Interview/Notes.md', '--line', '10']);
    expect(ran).toEqual({
      code: 0,
      err: '',
      out: [
        'Moved lines 8–11 of Interview/Notes.md to Stories/Alerts paged three teams every night.md',
        '  Line 8: **S:** Alerts paged three teams every night.',
        '  Line 11: **R:** Night pages went from 30 a week to 2.',
        'Interview/Notes.md line 8 is now ![[Alerts paged three teams every night]]',
        '',
      ].join('\n'),
    });
    const source = readFileSync(join(root, 'Interview', 'Notes.md'), 'utf8');
    expect(source).toBe('\uFEFF' + extractInlineStory(NOTES.slice(1), 8, 11, '![[Alerts paged three teams every night]]').newSourceText);
    const block = NOTES.slice(NOTES.indexOf('    **S:**'), NOTES.indexOf('to 2.') + 'to 2.'.length);
    expect(readFileSync(join(root, 'Stories', 'Alerts paged three teams every night.md'), 'utf8')).toBe(
      '---\r\ntags:\r\n  - "story"\r\nprinciples:\r\n  - "[[Acme#Ownership]]"\r\nsecondary-principles:\r\n  - "[[Acme#Deliver Results]]"\r\n---\r\n' + block + '\r\n',
    );
    expect(files(root)).toEqual(['Acme.md', 'Interview/Notes.md', 'Stories/Alerts paged three teams every night.md']);

    const json = JSON.parse((await cli(['index', root, '--json'])).out) as { stories: { kind: string; path: string; principles: { id: string; role: string }[] }[]; questions: unknown[] };
    expect(json.stories.map((s) => [s.kind, s.path, s.principles.map((r) => `${r.role} ${r.id}`)])).toEqual([
      ['note', 'Stories/Alerts paged three teams every night.md', ['primary acme/ownership', 'secondary acme/deliver-results']],
    ]);
    expect(json.questions).toHaveLength(2);
  });

  it('links by path when another note has the same name', async () => {
    const root = tempVault({ 'Acme.md': SET_NOTE, 'Interview/Notes.md': NOTES, 'Archive/Alerts paged three teams every night.md': 'old\n' });
    const ran = await cli(['extract', root, 'Interview/Notes', '--line=8']);
    expect(ran.code).toBe(0);
    expect(ran.out).toMatch(/^Moved lines 8–11 of Interview\/Notes.md to Stories\/Alerts paged three teams every night.md\n/);
    expect(readFileSync(join(root, 'Interview', 'Notes.md'), 'utf8')).toContain('\r\n    ![[Stories/Alerts paged three teams every night]]\r\n\r\n2. **Tell me');
    expect(readFileSync(join(root, 'Archive', 'Alerts paged three teams every night.md'), 'utf8')).toBe('old\n');
  });

  it('errors are one line, exit 2, and change nothing', async () => {
    const root = tempVault({ 'Acme.md': SET_NOTE, 'Interview/Notes.md': NOTES, 'Stories/Done.md': '#story\n**S:** a\n**A:** b\n' });
    const before = files(root).map((f) => [f, readFileSync(join(root, f), 'utf8')]);
    const cases: [string[], string][] = [
      [['extract', root, '--line', '9'], 'obsidian-interview-prep: missing note: obsidian-interview-prep extract <vault> <note> --line N\n'],
      [['extract', root, 'Interview/Notes.md'], 'obsidian-interview-prep: missing --line: obsidian-interview-prep extract <vault> <note> --line N\n'],
      [['extract', root, 'Interview/Notes.md', '--line', '0'], 'obsidian-interview-prep: option --line needs a line number (1 or more), not "0"\n'],
      [['extract', root, 'Nope.md', '--line', '9'], 'obsidian-interview-prep: no note "Nope.md" in the vault\n'],
      [['extract', root, '../Notes.md', '--line', '9'], 'obsidian-interview-prep: "../Notes.md" is not a note path inside the vault (e.g. "Notes/Acme.md")\n'],
      [['extract', root, 'Interview/Notes.md', '--line', '3'], 'obsidian-interview-prep: no inline story at line 3 of Interview/Notes.md (its inline stories: lines 8–11)\n'],
      [['extract', root, 'Acme.md', '--line', '3'], 'obsidian-interview-prep: no inline story at line 3 of Acme.md (it has none)\n'],
      [['extract', root, 'Stories/Done.md', '--line', '2'], 'obsidian-interview-prep: Stories/Done.md is a story note already: there is nothing to extract\n'],
      [['extract', root, 'Interview/Notes.md', 'extra', '--line', '9'], 'obsidian-interview-prep: unexpected argument "extra"\n'],
    ];
    for (const [argv, err] of cases) expect(await cli(argv)).toEqual({ code: 2, out: '', err });
    expect(files(root).map((f) => [f, readFileSync(join(root, f), 'utf8')])).toEqual(before);
  });

  it('puts the source back and removes the new note when the source does not read back as planned', async () => {
    const root = tempVault({ 'Acme.md': SET_NOTE, 'Interview/Notes.md': NOTES });
    const vault = await loadVault(nodeFs, root);
    let writes = 0; // the first write loses two words elsewhere in the note; the restore goes through
    const flaky = { ...nodeSourceFile, write: (p: string, bytes: Buffer) => nodeSourceFile.write(p, writes++ > 0 ? bytes : Buffer.from(bytes.toString('utf8').replace('Notes to self', 'Notes to'))) };
    expect(() => runExtract(vault, root, { note: 'Interview/Notes.md', line: 9 }, loadVaultSettings(nodeFs, root).authoring, () => undefined, undefined, flaky)).toThrow(
      /^Interview\/Notes.md was not written as planned \(line 12 \(was 15\) changed\); it was restored and nothing was changed$/,
    );
    expect(readFileSync(join(root, 'Interview', 'Notes.md'), 'utf8')).toBe(NOTES);
    expect(files(root)).toEqual(['Acme.md', 'Interview/Notes.md']);
  });

  it('is listed in --help', async () => {
    expect((await cli(['--help'])).out).toMatch(/\n {2}extract {3}move the inline story at a line of a note into its own story note\n/);
    expect((await cli(['extract', '--help'])).out).toMatch(/^Usage: obsidian-interview-prep extract <vault> <note> --line N\n/);
  });
});
