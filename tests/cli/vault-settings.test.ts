// The CLI honours the plugin's saved settings in the vault's config folder, whatever it is called.
import { settingsFrom } from '../../src/cli/vault-settings';
import { DEFAULT_INDEX_SETTINGS } from '../../src/core/settings';
import { cleanVaults, cli, SET_NOTE, tempVault } from './helpers';

afterAll(cleanVaults);

describe('vault settings', () => {
  it('keeps only well-typed known keys, numbers clamped', () => {
    const s = settingsFrom({ target: 1, storyTag: 'star', excludedFolders: ['Old', 3], overloadPrimary: -1, drillTargetSeconds: 90 });
    expect(s.coverage.target).toBe(1);
    expect(s.coverage.overloadPrimary).toBe(1); // clamped into 1..20, as the plugin reads it
    expect(s.index.storyTag).toBe('star');
    expect(s.index.excludedFolders).toEqual(DEFAULT_INDEX_SETTINGS.excludedFolders);
    expect(settingsFrom('garbage').index).toEqual(DEFAULT_INDEX_SETTINGS);
  });

  it('reads data.json from the config folder: tags, excluded folders, target, default set', async () => {
    const root = tempVault({
      '.myconfig/plugins/interview-prep/data.json': JSON.stringify({ storyTag: 'star', excludedFolders: ['Archive'], target: 1, defaultSet: 'beta' }),
      'Acme Principles.md': SET_NOTE,
      'Beta.md': '#principles #beta\n\n# Beta\n\n## Grit\nKeep going.\n',
      'Story.md': '#star\n# Starred\n**S:** s\n**T:** t\n**A:** I a.\n**R:** 1 r.\n\n[[Acme Principles#Ownership]]\n',
      'Archive/Old.md': '#star\n# Old\n**S:** s\n**T:** t\n**A:** I a.\n**R:** 1 r.\n\n[[Acme Principles#Ownership]]\n',
    });
    const cov = JSON.parse((await cli(['coverage', root, '--json'])).out) as { set: { id: string }; target: number };
    expect(cov).toMatchObject({ set: { id: 'beta' }, target: 1 });
    const acme = JSON.parse((await cli(['coverage', root, '--set', 'acme', '--json'])).out) as { principles: { id: string; status: string }[] };
    expect(acme.principles.find((p) => p.id === 'acme/ownership')?.status).toBe('ok');
    const index = JSON.parse((await cli(['index', root, '--json'])).out) as { stories: { title: string }[] };
    expect(index.stories.map((s) => s.title)).toEqual(['Starred']);
  });

  it('warns on stderr about an unreadable data.json and goes on with defaults', async () => {
    const root = tempVault({ '.cfg/plugins/interview-prep/data.json': '{ not json', 'Acme Principles.md': SET_NOTE });
    const r = await cli(['index', root]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('obsidian-interview-prep: ignoring .cfg/plugins/interview-prep/data.json: not valid JSON\n');
  });
});
