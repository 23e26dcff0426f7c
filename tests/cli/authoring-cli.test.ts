import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { cleanVaults, cli, tempVault } from './helpers';

afterAll(cleanVaults);

describe('obsidian-interview-prep starter / new-story', () => {
  it('starter creates the set note, and indexing the vault yields its principles and questions', async () => {
    const root = tempVault({});
    const made = await cli(['starter', root, 'meta']);
    expect(made).toEqual({ code: 0, out: 'Meta Values.md\n', err: '' });
    const index = await cli(['index', root, '--json']);
    const json = JSON.parse(index.out) as { principles: { set: string; path: string }[]; questions: { path: string }[]; warnings: unknown[] };
    expect(json.principles.map((p) => [p.set, p.path])).toEqual(Array.from({ length: 6 }, () => ['meta', 'Meta Values.md']));
    expect(json.questions.filter((q) => q.path === 'Meta Values.md')).toHaveLength(12);
    expect(json.warnings).toEqual([]);
    const again = await cli(['starter', root, 'meta']);
    expect(again).toEqual({ code: 2, out: '', err: 'obsidian-interview-prep: the vault already has the set "meta" (Meta Values.md); nothing written. Add --force to write a second copy\n' });
    const forced = await cli(['starter', root, 'meta', '--force']);
    expect(forced).toEqual({ code: 0, out: 'Meta Values 1.md\n', err: '' });
    expect(readFileSync(join(root, 'Meta Values.md'), 'utf8')).toBe(readFileSync(join(root, 'Meta Values 1.md'), 'utf8'));
  });

  it('new-story writes a story for the principle in the story folder and prints the path', async () => {
    const root = tempVault({});
    await cli(['starter', root, 'google']);
    const made = await cli(['new-story', root, '--title', 'Led the migration', '--principle', 'leadership']);
    expect(made).toEqual({ code: 0, out: 'Stories/Led the migration.md\n', err: '' });
    expect(readFileSync(join(root, 'Stories', 'Led the migration.md'), 'utf8')).toContain('  - "[[Google Hiring Attributes#Leadership]]"\n');
    const again = await cli(['new-story', root, '--title=Led the migration']);
    expect(again.out).toBe('Stories/Led the migration 1.md\n');
    expect(readdirSync(join(root, 'Stories')).sort()).toEqual(['Led the migration 1.md', 'Led the migration.md']);
  });

  it('new-story turns any title into a visible note in the story folder, titled as typed', async () => {
    const root = tempVault({});
    await cli(['starter', root, 'google']);
    expect(await cli(['new-story', root, '--title', '../../escape'])).toEqual({ code: 0, out: 'Stories/escape.md\n', err: '' });
    expect(await cli(['new-story', root, '--title', 'Pager #principles rollout'])).toEqual({ code: 0, out: 'Stories/Pager principles rollout.md\n', err: '' });
    expect(readdirSync(join(root, 'Stories')).sort()).toEqual(['Pager principles rollout.md', 'escape.md']);
    const json = JSON.parse((await cli(['index', root, '--json'])).out) as { principles: { set: string }[]; stories: { title: string; path: string }[] };
    expect(new Set(json.principles.map((p) => p.set))).toEqual(new Set(['google']));
    expect(json.stories.map((s) => [s.path, s.title]).sort()).toEqual([
      ['Stories/Pager principles rollout.md', 'Pager #principles rollout'],
      ['Stories/escape.md', '../../escape'],
    ]);
  });

  it('bad arguments give one line and exit 2', async () => {
    const root = tempVault({});
    expect(await cli(['starter', root])).toMatchObject({ code: 2, out: '' });
    expect((await cli(['starter', root, 'netflix'])).err).toBe('obsidian-interview-prep: unknown set "netflix": obsidian-interview-prep starter <vault> amazon|google|meta\n');
    expect((await cli(['starter', root, 'meta', 'extra'])).err).toBe('obsidian-interview-prep: unexpected argument "extra"\n');
    expect((await cli(['new-story', root])).err).toMatch(/^obsidian-interview-prep: missing --title/);
    expect((await cli(['new-story', root, '--title', 'X', '--principle', 'Nope'])).code).toBe(2);
    expect((await cli(['coverage', root, '--title', 'X'])).err).toBe('obsidian-interview-prep: option --title is not valid for coverage\n');
    expect((await cli(['starter', '--help'])).out).toMatch(/^Usage: obsidian-interview-prep starter <vault> amazon\|google\|meta \[--force\]\n/);
    expect((await cli(['new-story', '--help'])).out).toMatch(/^Usage: obsidian-interview-prep new-story <vault> --title T \[--principle NAME\]\n/);
  });
});
