// The hostile corpus through the plugin's reader (metadata cache + cached reads, in the Obsidian
// mock): the live index starts, never throws, and agrees with the CLI's index of the same notes
// on everything both readers can see the same way.
import { DEFAULT_INDEX_SETTINGS } from '../../src/core/settings';
import { VaultIndex } from '../../src/core/index/vault-index';
import { LiveIndex } from '../../src/plugin/index/live-index';
import { asObsidian, makeApp, settle } from '../plugin/harness';
import { hostileFiles, hostileRecords } from './hostile';

/**
 * Notes whose frontmatter Obsidian's metadata cache (here its mock) and gray-matter may read
 * differently: `---js`, YAML anchors, a `__proto__` key, and a frontmatter block after a BOM.
 */
const READER_SPECIFIC = new Set(['Script Frontmatter.md', 'Yaml Aliases.md', 'Proto Keys.md', 'Stories/Bom Crlf.md']);

describe('the plugin on the hostile vault', () => {
  it('indexes it without throwing and agrees with the CLI on principles, stories and questions', async () => {
    const files = Object.fromEntries(hostileFiles());
    const app = makeApp(files);
    const live = new LiveIndex(asObsidian(app), { ...DEFAULT_INDEX_SETTINGS }, { yieldToUi: () => settle(), refreshDelayMs: 5 });
    live.load();
    await live.start();
    expect(live.isReady).toBe(true);
    const plugin = live.snapshot();

    const cliIndex = new VaultIndex();
    for (const r of hostileRecords()) cliIndex.upsert(r);
    const cli = cliIndex.snapshot();

    const same = <T extends { path: string }>(items: T[]) => items.filter((i) => !READER_SPECIFIC.has(i.path));
    expect(same(plugin.principles)).toEqual(same(cli.principles));
    expect(same(plugin.stories).map((s) => [s.path, s.title, s.parts, s.principles])).toEqual(same(cli.stories).map((s) => [s.path, s.title, s.parts, s.principles]));
    expect(same(plugin.questions).map((q) => [q.path, q.text, q.principles])).toEqual(same(cli.questions).map((q) => [q.path, q.text, q.principles]));
    // Broken YAML is reported by both.
    for (const snap of [plugin, cli]) {
      expect(snap.warnings.filter((w) => w.path === 'Broken YAML.md').map((w) => w.code)).toEqual(['invalid-frontmatter']);
    }
    live.unload();
  });
});
