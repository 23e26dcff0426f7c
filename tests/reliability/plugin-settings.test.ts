/** @jest-environment jsdom */
// A hand-edited or half-synced data.json: the plugin still loads, indexes and opens its dashboard;
// each wrong value keeps its default, each right one is kept, numbers are clamped into range.
import { DEFAULT_SETTINGS, settingsFromData } from '../../src/plugin/settings';
import { makeApp, startPlugin } from '../plugin/harness';

const HOSTILE_DATA = JSON.parse(
  '{"__proto__": {"storyTag": "polluted"}, "storyTag": 7, "setTag": "values", "excludedFolders": "Archive", "sectionKeywords": null,' +
    ' "target": "two", "overloadPrimary": -1, "mockInterviewers": 3, "storyFolders": [3], "drillLogPath": "../../outside.md",' +
    ' "interviewDates": {"acme": "2026-12-01", "beta": 5}, "principleLinks": "yes", "newStoryFolder": "Drafts", "extra": {"a": 1}}',
) as unknown;

describe('plugin settings from a hostile data.json', () => {
  it('keeps well-typed values and defaults the rest', () => {
    const s = settingsFromData(HOSTILE_DATA);
    expect(s).toMatchObject({
      storyTag: DEFAULT_SETTINGS.storyTag,
      setTag: 'values',
      excludedFolders: DEFAULT_SETTINGS.excludedFolders,
      sectionKeywords: DEFAULT_SETTINGS.sectionKeywords,
      target: DEFAULT_SETTINGS.target,
      overloadPrimary: 1, // -1 clamped into 1..20
      mockInterviewers: 3,
      storyFolders: DEFAULT_SETTINGS.storyFolders,
      drillLogPath: DEFAULT_SETTINGS.drillLogPath,
      interviewDates: { acme: '2026-12-01' },
      principleLinks: DEFAULT_SETTINGS.principleLinks,
      newStoryFolder: 'Drafts',
    });
    expect(Object.keys(s).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    expect(({} as Record<string, unknown>).storyTag).toBeUndefined();
    for (const junk of [null, undefined, 'text', 42, [1, 2]]) expect(settingsFromData(junk)).toEqual(DEFAULT_SETTINGS);
  });

  it('the plugin loads on it, indexes with the kept values and opens the dashboard', async () => {
    const app = makeApp({
      'Values.md': '#values #acme\n# Acme\n### Grit\nKeep going.\n',
      'Stories/A.md': '#story [[Values#Grit]]\n**S:** a\n**T:** b\n**A:** I c.\n**R:** 1 d.\n',
    });
    const plugin = await startPlugin(app, HOSTILE_DATA as never);
    const snap = plugin.index.snapshot();
    expect(snap.principles.map((p) => p.id)).toEqual(['acme/grit']);
    expect(snap.stories[0].principles.map((p) => p.id)).toEqual(['acme/grit']);
    await expect(plugin.openDashboard()).resolves.toBeDefined();
  });
});
