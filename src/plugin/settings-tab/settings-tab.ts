// The settings tab, in sections: recognition (tags, keywords), folders, coverage. Other features
// add their own sections through InterviewPrepPlugin.addSettingsSection; they are drawn after these.
import { PluginSettingTab, Setting } from 'obsidian';
import type { App } from 'obsidian';
import type InterviewPrepPlugin from '../main';
import type { PluginSettings } from '../settings';
import { parseCount, parseFolders, parseList, parseTag } from './fields';

/** A block of settings added by another feature (drills, authoring). */
export interface SettingsSection {
  /** Heading shown above the section, sentence case. */
  name: string;
  render(containerEl: HTMLElement): void;
}

type TagKey = 'setTag' | 'principleTag' | 'storyTag' | 'questionTag';
type CountKey = 'target' | 'overloadPrimary' | 'overloadOnlyStory';

export class InterviewPrepSettingTab extends PluginSettingTab {
  constructor(
    app: App,
    private readonly plugin: InterviewPrepPlugin,
  ) {
    super(app, plugin);
  }

  display(): void {
    const el = this.containerEl;
    el.empty();
    el.addClass('ip-settings');
    this.recognition(el);
    this.folders(el);
    this.coverage(el);
    for (const section of this.plugin.settingsSections) {
      new Setting(el).setName(section.name).setHeading();
      section.render(el);
    }
  }

  private get settings(): PluginSettings {
    return this.plugin.settings;
  }

  private tag(el: HTMLElement, key: TagKey, name: string, desc: string): void {
    new Setting(el)
      .setName(name)
      .setDesc(desc)
      .addText((t) =>
        t.setValue(this.settings[key]).onChange((v) => {
          const tag = parseTag(v);
          if (tag) void this.plugin.updateSettings({ [key]: tag });
        }),
      );
  }

  private count(el: HTMLElement, key: CountKey, name: string, desc: string, max: number): void {
    new Setting(el)
      .setName(name)
      .setDesc(desc)
      .addText((t) => {
        t.inputEl.type = 'number';
        t.inputEl.min = '1';
        t.inputEl.max = String(max);
        t.setValue(String(this.settings[key])).onChange((v) => {
          const n = parseCount(v, 1, max);
          if (n !== null) void this.plugin.updateSettings({ [key]: n });
        });
      });
  }

  private recognition(el: HTMLElement): void {
    new Setting(el).setName('Recognition').setHeading();
    this.tag(el, 'setTag', 'Principle set tag', 'A note with this tag lists a set of principles as headings. Nested tags such as principles/amazon count.');
    this.tag(el, 'principleTag', 'Principle tag', 'A note with this tag is one principle; its title is the name.');
    this.tag(el, 'storyTag', 'Story tag', 'A note with this tag is one story with situation, task, action and result.');
    this.tag(el, 'questionTag', 'Question bank tag', 'A note with this tag lists interview questions.');
    new Setting(el)
      .setName('Section keywords')
      .setDesc('Headings with one of these names open a question or story section instead of naming a principle. Separate with commas.')
      .addText((t) =>
        t.setValue(this.settings.sectionKeywords.join(', ')).onChange((v) => void this.plugin.updateSettings({ sectionKeywords: parseList(v) })),
      );
    new Setting(el)
      .setName('Primary principle prefix')
      .setDesc('A heading starting with this names the primary principle of its section.')
      .addText((t) =>
        t.setValue(this.settings.mainPrefix).onChange((v) => {
          if (v.trim()) void this.plugin.updateSettings({ mainPrefix: v.trim() });
        }),
      );
    new Setting(el)
      .setName('Secondary principles prefix')
      .setDesc('A bold line starting with this lists secondary principles of its section.')
      .addText((t) =>
        t.setValue(this.settings.subPrefix).onChange((v) => {
          if (v.trim()) void this.plugin.updateSettings({ subPrefix: v.trim() });
        }),
      );
  }

  private folders(el: HTMLElement): void {
    new Setting(el).setName('Folders').setHeading();
    new Setting(el)
      .setName('Story folders')
      .setDesc('Notes in these folders are read for stories even without the story tag. One folder per line.')
      .addTextArea((t) =>
        t.setValue(this.settings.storyFolders.join('\n')).onChange((v) => void this.plugin.updateSettings({ storyFolders: parseFolders(v) })),
      );
    new Setting(el)
      .setName('Excluded folders')
      .setDesc('Notes in these folders are never read. One folder per line.')
      .addTextArea((t) =>
        t.setValue(this.settings.excludedFolders.join('\n')).onChange((v) => void this.plugin.updateSettings({ excludedFolders: parseFolders(v) })),
      );
  }

  private coverage(el: HTMLElement): void {
    new Setting(el).setName('Coverage').setHeading();
    this.count(el, 'target', 'Stories per principle', 'A principle with fewer different stories is thin; with none, a gap.', 10);
    this.count(el, 'overloadPrimary', 'Primary principles per story', 'A story that is the primary story for more principles than this is overloaded.', 20);
    this.count(el, 'overloadOnlyStory', 'Principles resting on one story', 'A story that is the only story for this many principles is overloaded.', 20);
    const sets = this.plugin.index.isReady ? this.plugin.index.snapshot().sets : [];
    new Setting(el)
      .setName('Default set')
      .setDesc('The set shown first in the dashboard and the status bar.')
      .addDropdown((d) => {
        d.addOption('', 'First set found');
        for (const s of sets) d.addOption(s.id, s.name);
        const current = this.settings.defaultSet;
        if (current && !sets.some((s) => s.id === current)) d.addOption(current, current);
        d.setValue(current).onChange((v) => void this.plugin.updateSettings({ defaultSet: v }));
      });
  }
}
