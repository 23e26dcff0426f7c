// The settings tab, in sections: recognition (tags, keywords), folders, coverage. Other features
// add their own sections through the plugin's addSettingsSection; they come after these.
// Obsidian 1.13+ draws it from getSettingDefinitions() (and finds it in the settings search);
// display() draws the same rows on older versions.
import { PluginSettingTab } from 'obsidian';
import type { App, Plugin, SettingDefinitionItem } from 'obsidian';
import type { LiveIndex } from '../index/live-index';
import type { PluginSettings } from '../settings';
import { parseCount, parseFolders, parseList, parseTag } from './fields';
import { drawSections, toDefinitions, type SettingRow, type SettingsSection } from './rows';

export type { SettingRow, SettingsSection } from './rows';

/** What the settings tab needs from the plugin (InterviewPrepPlugin satisfies it). */
export interface SettingsTabHost {
  settings: PluginSettings;
  index: Pick<LiveIndex, 'isReady' | 'snapshot'>;
  /** Blocks other features added (drills, writing stories), drawn after these. */
  settingsSections: readonly SettingsSection[];
  updateSettings(patch: Partial<PluginSettings>): Promise<void>;
}

type TagKey = 'setTag' | 'principleTag' | 'storyTag' | 'questionTag';
type CountKey = 'target' | 'overloadPrimary' | 'overloadOnlyStory';

export class InterviewPrepSettingTab extends PluginSettingTab {
  /** `plugin` is what Obsidian files the tab under; `host` gives the settings (the same object in main.ts). */
  constructor(
    app: App,
    plugin: Plugin,
    private readonly host: SettingsTabHost,
  ) {
    super(app, plugin);
  }

  getSettingDefinitions(): SettingDefinitionItem[] {
    return toDefinitions(this.sections());
  }

  /** Obsidian before 1.13 (1.13+ uses getSettingDefinitions and does not call this). */
  display(): void {
    const el = this.containerEl;
    el.empty();
    drawSections(el, this.sections());
  }

  private sections(): SettingsSection[] {
    return [
      { name: 'Recognition', rows: () => this.recognition() },
      { name: 'Folders', rows: () => this.folders() },
      { name: 'Coverage', rows: () => this.coverage() },
      ...this.host.settingsSections,
    ];
  }

  private get settings(): PluginSettings {
    return this.host.settings;
  }

  private tag(key: TagKey, name: string, desc: string): SettingRow {
    return {
      name,
      desc,
      aliases: ['tag'],
      control: (s) =>
        s.addText((t) =>
          t.setValue(this.settings[key]).onChange((v) => {
            const tag = parseTag(v);
            if (tag) void this.host.updateSettings({ [key]: tag });
          }),
        ),
    };
  }

  private count(key: CountKey, name: string, desc: string, max: number): SettingRow {
    return {
      name,
      desc,
      control: (s) =>
        s.addText((t) => {
          t.inputEl.type = 'number';
          t.inputEl.min = '1';
          t.inputEl.max = String(max);
          t.setValue(String(this.settings[key])).onChange((v) => {
            const n = parseCount(v, 1, max);
            if (n !== null) void this.host.updateSettings({ [key]: n });
          });
        }),
    };
  }

  /** A text field saved when not blank (trimmed). */
  private prefix(key: 'mainPrefix' | 'subPrefix', name: string, desc: string): SettingRow {
    return {
      name,
      desc,
      control: (s) =>
        s.addText((t) =>
          t.setValue(this.settings[key]).onChange((v) => {
            if (v.trim()) void this.host.updateSettings({ [key]: v.trim() });
          }),
        ),
    };
  }

  private recognition(): SettingRow[] {
    return [
      this.tag('setTag', 'Principle set tag', 'A note with this tag lists a set of principles as headings. Nested tags such as principles/amazon count.'),
      this.tag('principleTag', 'Principle tag', 'A note with this tag is one principle; its title is the name.'),
      this.tag('storyTag', 'Story tag', 'A note with this tag is one story with situation, task, action and result.'),
      this.tag('questionTag', 'Question bank tag', 'A note with this tag lists interview questions.'),
      {
        name: 'Section keywords',
        desc: 'Headings with one of these names open a question or story section instead of naming a principle. Separate with commas.',
        control: (s) =>
          s.addText((t) =>
            t.setValue(this.settings.sectionKeywords.join(', ')).onChange((v) => void this.host.updateSettings({ sectionKeywords: parseList(v) })),
          ),
      },
      this.prefix('mainPrefix', 'Primary principle prefix', 'A heading starting with this names the primary principle of its section.'),
      this.prefix('subPrefix', 'Secondary principles prefix', 'A bold line starting with this lists secondary principles of its section.'),
    ];
  }

  private folders(): SettingRow[] {
    const folderList = (key: 'storyFolders' | 'excludedFolders', name: string, desc: string): SettingRow => ({
      name,
      desc,
      aliases: ['folder'],
      control: (s) =>
        s.addTextArea((t) =>
          t.setValue(this.settings[key].join('\n')).onChange((v) => void this.host.updateSettings({ [key]: parseFolders(v) })),
        ),
    });
    return [
      folderList('storyFolders', 'Story folders', 'Notes in these folders are read for stories even without the story tag. One folder per line.'),
      folderList('excludedFolders', 'Excluded folders', 'Notes in these folders are never read. One folder per line.'),
    ];
  }

  private coverage(): SettingRow[] {
    return [
      this.count('target', 'Stories per principle', 'A principle with fewer different stories is thin; with none, a gap.', 10),
      this.count('overloadPrimary', 'Primary principles per story', 'A story that is the primary story for more principles than this is overloaded.', 20),
      this.count('overloadOnlyStory', 'Principles resting on one story', 'A story that is the only story for this many principles is overloaded.', 20),
      {
        name: 'Default set',
        desc: 'The set shown first in the dashboard and the status bar.',
        control: (s) =>
          s.addDropdown((d) => {
            // Read when the row is drawn, so sets indexed after the tab was built are offered.
            const sets = this.host.index.isReady ? this.host.index.snapshot().sets : [];
            d.addOption('', 'First set found');
            for (const set of sets) d.addOption(set.id, set.name);
            const current = this.settings.defaultSet;
            if (current && !sets.some((set) => set.id === current)) d.addOption(current, current);
            d.setValue(current).onChange((v) => void this.host.updateSettings({ defaultSet: v }));
          }),
      },
    ];
  }
}
