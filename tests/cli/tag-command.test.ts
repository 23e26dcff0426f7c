// `obsidian-interview-prep tag`: the Tag modal's edit from the command line (issue 12, CLI parity).
import { readFileSync } from 'fs';
import { join } from 'path';
import { cleanVaults, cli, SET_NOTE, tempVault } from './helpers';

afterAll(cleanVaults);

/** A story note as a user keeps it (CRLF, a typo, a link to another note, a comment, a comma string). */
const STORY = [
  '---',
  'title: Night pages   ',
  'tags: [story]',
  'principles: # mine',
  '  - Custmer Obsesion',
  '  - "[[Runbook]]"',
  '  - Ownership, Bias for Speed',
  '---',
  '# Night pages',
  '',
  '**S:** Two people were paged every night.',
  '**A:** I split the rota.',
  '**R:** One page a week.',
  '',
].join('\r\n');

function vault(story = STORY): { root: string; read: () => string } {
  const root = tempVault({ 'Acme Principles.md': SET_NOTE, 'Stories/Night pages.md': story, 'Runbook.md': '# Runbook\n' });
  return { root, read: () => readFileSync(join(root, 'Stories', 'Night pages.md'), 'utf8') };
}

describe('obsidian-interview-prep tag', () => {
  it('adds a principle as one new line, prints it, and the index maps it', async () => {
    const v = vault();
    const r = await cli(['tag', v.root, 'Stories/Night pages.md', '--principle', 'customer obsession']);
    expect(r).toEqual({ code: 0, out: 'Stories/Night pages.md\n  principles: + "[[Acme Principles#Customer Obsession]]"\n', err: '' });
    expect(v.read()).toBe(STORY.replace('  - Ownership, Bias for Speed\r\n', '  - Ownership, Bias for Speed\r\n  - "[[Acme Principles#Customer Obsession]]"\r\n'));
    const index = JSON.parse((await cli(['index', v.root, '--json'])).out) as { stories: { principles: { id: string; role: string }[] }[] };
    expect(index.stories[0].principles.map((p) => `${p.id}:${p.role}`)).toEqual(['acme/ownership:primary', 'acme/customer-obsession:primary']);
  });

  it('--secondary and --remove: the name leaves its comma string, the rest stays as written', async () => {
    const v = vault();
    const r = await cli(['tag', v.root, 'Stories/Night pages', '--remove', 'Ownership', '--secondary', 'Deliver Results']);
    expect(r.code).toBe(0);
    expect(r.out).toBe('Stories/Night pages.md\n  principles: "Ownership, Bias for Speed" -> "Bias for Speed"\n  secondary-principles: + "[[Acme Principles#Deliver Results]]"\n');
    expect(v.read()).toBe(
      STORY.replace('  - Ownership, Bias for Speed\r\n', '  - "Bias for Speed"\r\n').replace('---\r\n# Night', 'secondary-principles:\r\n  - "[[Acme Principles#Deliver Results]]"\r\n---\r\n# Night'),
    );
  });

  it('changes no byte when there is nothing to change', async () => {
    const v = vault();
    expect(await cli(['tag', v.root, 'Stories/Night pages.md', '--principle', 'Ownership'])).toEqual({ code: 0, out: 'Stories/Night pages.md: no change\n', err: '' });
    expect(await cli(['tag', v.root, 'Stories/Night pages.md', '--remove', 'Deliver Results'])).toMatchObject({ code: 0, out: 'Stories/Night pages.md: no change\n' });
    expect(v.read()).toBe(STORY);
  });

  it('refuses an edit it cannot verify, leaving the note alone (exit 1)', async () => {
    const anchored = '---\ntags: [story]\nprinciples: &mine [Ownership]\nalso: *mine\n---\n# Night pages\n\n**S:** x\n**A:** y\n';
    const v = vault(anchored);
    const r = await cli(['tag', v.root, 'Stories/Night pages.md', '--principle', 'Deliver Results']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^obsidian-interview-prep: Stories\/Night pages\.md not changed: .*alias.*\n$/);
    expect(v.read()).toBe(anchored);
  });

  it('an unknown principle or note is a usage error (exit 2) with a did-you-mean', async () => {
    const v = vault();
    expect(await cli(['tag', v.root, 'Stories/Night pages.md', '--principle', 'Ownershp'])).toEqual({
      code: 2,
      out: '',
      err: 'obsidian-interview-prep: unknown principle "Ownershp" (did you mean "Ownership"?)\n',
    });
    expect((await cli(['tag', v.root, 'Runbook.md', '--principle', 'Ownership'])).err).toMatch(/^obsidian-interview-prep: "Runbook.md" is not a story note/);
    expect((await cli(['tag', v.root, 'Stories/Night pages.md'])).err).toMatch(/^obsidian-interview-prep: nothing to do: obsidian-interview-prep tag/);
    expect((await cli(['tag', v.root])).err).toMatch(/^obsidian-interview-prep: missing note/);
    expect((await cli(['tag', v.root, 'Stories/Night pages.md', '--principle', 'Ownership', '--remove', 'ownership'])).err).toBe('obsidian-interview-prep: "Ownership" is named twice\n');
    expect((await cli(['tag', v.root, '../x.md', '--principle', 'Ownership'])).code).toBe(2);
    expect(v.read()).toBe(STORY);
  });

  it('has its own --help', async () => {
    expect((await cli(['tag', '--help'])).out).toMatch(/^Usage: obsidian-interview-prep tag <vault> <note> \[--principle P\] \[--secondary Q\] \[--remove R\]\n/);
    expect((await cli(['--help'])).out).toMatch(/\n {2}tag {7}add or remove a story note's principles/);
  });
});
