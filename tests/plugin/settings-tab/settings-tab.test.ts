/** @jest-environment jsdom */
import { parseCount, parseFolders, parseList, parseTag } from '../../../src/plugin/settings-tab/fields';
import { InterviewPrepSettingTab } from '../../../src/plugin/settings-tab/settings-tab';
import { DEMO_VAULT, makeApp, readFolder, settle, startPlugin } from '../harness';

function rows(tab: InterviewPrepSettingTab) {
  return [...tab.containerEl.querySelectorAll('.setting-item')].map((s) => ({
    name: s.querySelector('.setting-item-name')?.textContent ?? '',
    heading: s.classList.contains('setting-item-heading'),
    input: s.querySelector<HTMLInputElement>('input, textarea, select'),
  }));
}

type Opening = 'display' | 'open';
/** `display`: Obsidian before 1.13 draws the tab itself; `open`: 1.13+ draws getSettingDefinitions(). */
// Seen as the mock tab: display() is deprecated in 1.13's typings, and it is that fallback under test.
const draw = (tab: InterviewPrepSettingTab, how: Opening) => {
  const t = tab as unknown as { display(): void; open(): void };
  if (how === 'display') t.display();
  else t.open();
};

describe('settings tab', () => {
  it.each<Opening>(['display', 'open'])('groups every indexing and coverage setting under sentence-case headings, then sections added by other features (%s)', async (how) => {
    const app = makeApp(readFolder(DEMO_VAULT));
    const plugin = await startPlugin(app);
    plugin.addSettingsSection({
      name: 'Test feature',
      rows: () => [{ name: 'Test row', desc: 'test settings', control: (s) => s.controlEl.createDiv({ cls: 'test-row' }) }],
    });
    const tab = (plugin as unknown as { settingTabs: InterviewPrepSettingTab[] }).settingTabs[0];
    draw(tab, how);
    const all = rows(tab);
    const headings = all.filter((r) => r.heading).map((r) => r.name);
    expect(headings).toEqual(['Recognition', 'Folders', 'Coverage', 'Drills', 'Writing stories', 'Test feature']);
    const coverageEnd = all.findIndex((r) => r.name === 'Default set');
    expect(all.slice(0, coverageEnd + 1).filter((r) => !r.heading).map((r) => r.name)).toEqual([
      'Principle set tag',
      'Principle tag',
      'Story tag',
      'Question bank tag',
      'Section keywords',
      'Primary principle prefix',
      'Secondary principles prefix',
      'Story folders',
      'Excluded folders',
      'Stories per principle',
      'Primary principles per story',
      'Principles resting on one story',
      'Default set',
    ]);
    for (const r of all) expect(r.name).toMatch(/^[A-Z][^A-Z]*(: .*)?$/); // sentence case (set names after a colon)
    for (const r of all.filter((x) => !x.heading)) expect(r.input ?? tab.containerEl.querySelector('.test-row')).not.toBeNull();
    const sets = all.find((r) => r.name === 'Default set')!.input as unknown as HTMLSelectElement;
    expect([...sets.options].map((o) => o.value)).toEqual(expect.arrayContaining(['', 'amazon']));
  });

  it('gives Obsidian 1.13 one searchable group per section, with names, descriptions and the same rows display() draws', async () => {
    const plugin = await startPlugin(makeApp(readFolder(DEMO_VAULT)));
    const tab = (plugin as unknown as { settingTabs: InterviewPrepSettingTab[] }).settingTabs[0];
    const defs = tab.getSettingDefinitions() as { type: string; heading: string; items: { name: string; desc: string }[] }[];
    expect(defs.every((d) => d.type === 'group')).toBe(true);
    for (const d of defs) for (const item of d.items) expect(item.desc.length).toBeGreaterThan(10);
    draw(tab, 'display');
    const drawn = rows(tab).map((r) => r.name);
    expect(defs.flatMap((d) => [d.heading, ...d.items.map((i) => i.name)])).toEqual(drawn);
  });

  it.each<Opening>(['display', 'open'])('saves a change, ignores an invalid one, and re-indexes when a folder setting changes (%s)', async (how) => {
    const app = makeApp({ 'Values.md': '# V\n#principles/acme\n\n### Ownership\nx\n', 'Drafts/Idea.md': '**S:** a\n**A:** I did [[Values#Ownership]]\n**R:** 5%\n' });
    const plugin = await startPlugin(app);
    const tab = (plugin as unknown as { settingTabs: InterviewPrepSettingTab[] }).settingTabs[0];
    draw(tab, how);
    const input = (name: string) => rows(tab).find((r) => r.name === name)!.input!;
    const type = (el: HTMLInputElement, value: string) => {
      el.value = value;
      el.dispatchEvent(new Event('input'));
    };
    type(input('Stories per principle'), 'lots');
    expect(plugin.settings.target).toBe(2);
    type(input('Stories per principle'), '3');
    await settle();
    expect(plugin.settings.target).toBe(3);
    expect((plugin as unknown as { storedData: { target: number } }).storedData.target).toBe(3);

    type(input('Story folders'), 'Drafts/\n');
    await settle(900);
    await plugin.index.whenReady();
    expect(plugin.settings.storyFolders).toEqual(['Drafts']);
    expect(plugin.index.snapshot().stories.map((s) => s.path)).toEqual(['Drafts/Idea.md']);
  });
});

describe('settings fields', () => {
  it('parses lists, folders, counts and tags', () => {
    expect(parseList(' Questions, Stories ,, Notes')).toEqual(['Questions', 'Stories', 'Notes']);
    expect(parseFolders('/Interview, prep/\n\nStories')).toEqual(['Interview, prep', 'Stories']);
    expect(parseCount('4', 1, 10)).toBe(4);
    expect(parseCount('0', 1, 10)).toBeNull();
    expect(parseCount('2.5', 1, 10)).toBeNull();
    expect(parseTag(' #story ')).toBe('story');
    expect(parseTag('two words')).toBeNull();
  });
});
