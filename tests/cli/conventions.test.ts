// Issue 15 item 11: --version, `help <command>`, and a "did you mean" for an unknown --principle
// in every command that takes one.
import { readFileSync } from 'fs';
import { join } from 'path';
import pkg, { version } from '../../package.json';
import { cleanVaults, cli, SET_NOTE, tempVault } from './helpers';

afterAll(cleanVaults);

describe('CLI conventions', () => {
  it('is the package and command obsidian-interview-prep (`interview-prep` on npm is someone else’s), the plugin id stays', () => {
    const lock = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package-lock.json'), 'utf8')) as { name: string; packages: Record<string, { name?: string; bin?: Record<string, string> }> };
    const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'manifest.json'), 'utf8')) as { id: string };
    expect(pkg.name).toBe('obsidian-interview-prep');
    expect(pkg.bin).toEqual({ 'obsidian-interview-prep': 'dist/cli.js' });
    expect([lock.name, lock.packages[''].name, lock.packages[''].bin]).toEqual([pkg.name, pkg.name, pkg.bin]);
    expect(manifest.id).toBe('interview-prep');
  });

  it('--version prints the version with exit 0', async () => {
    expect(await cli(['--version'])).toEqual({ code: 0, out: `obsidian-interview-prep ${version}\n`, err: '' });
  });

  it('help <command> prints that command\'s usage, like <command> --help', async () => {
    const r = await cli(['help', 'drill']);
    expect(r.code).toBe(0);
    expect(r.out).toBe((await cli(['drill', '--help'])).out);
    expect(r.out).toMatch(/^Usage: obsidian-interview-prep drill <vault>/);
    expect((await cli(['help'])).out).toMatch(/^Usage: obsidian-interview-prep <command> <vault> \[options\]/);
    const bad = await cli(['help', 'frobnicate']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^obsidian-interview-prep: unknown command "frobnicate"/);
  });

  it('an unknown --principle gets a did-you-mean in drill and new-story', async () => {
    const root = tempVault({ 'Acme Principles.md': SET_NOTE, 'Bank.md': '#questions\n\n- Tell me about a time you owned a problem? [[Acme Principles#Ownership]]\n' });
    const drill = await cli(['drill', root, '--principle', 'Ownersip']);
    expect(drill.code).toBe(2);
    expect(drill.err).toBe('obsidian-interview-prep: unknown principle "Ownersip" (did you mean "Ownership"?)\n');
    const story = await cli(['new-story', root, '--title', 'Pager', '--principle', 'Custmer Obsession']);
    expect(story.code).toBe(2);
    expect(story.err).toBe('obsidian-interview-prep: unknown principle "Custmer Obsession" (did you mean "Customer Obsession"?)\n');
  });
});
