// One description of the settings tab, drawn two ways: as Obsidian 1.13's declarative definitions
// (rendered and indexed for the settings search by Obsidian) and by display() on older versions.
// Each row keeps its own imperative control (text, dropdown, toggle) so both ways behave the same.
import { Setting } from 'obsidian';
import type { SettingDefinitionItem } from 'obsidian';

/** One setting: its name and description (searchable) and how to add its control to a row. */
export interface SettingRow {
  /** Sentence case. */
  name: string;
  desc: string;
  /** Extra words the settings search should find the row by. */
  aliases?: string[];
  /**
   * Adds the control to the row Obsidian (or display()) created with the name and description.
   * Returns whatever the Setting chain returns; it is ignored (typed `unknown` because a Setting has
   * a `then` method, which makes a one-line `(s) => s.addText(…)` look like a promise to the linter).
   */
  control(setting: Setting): unknown;
}

/** A block of rows under a heading: the tab's own (recognition, folders, coverage) and other features'. */
export interface SettingsSection {
  /** Heading, sentence case. */
  name: string;
  /** Called each time the tab is drawn, so rows can depend on the current index and settings. */
  rows(): SettingRow[];
}

/** Obsidian 1.13+: one group per section, each row drawn through its own control. */
export function toDefinitions(sections: readonly SettingsSection[]): SettingDefinitionItem[] {
  return sections.map((section) => ({
    type: 'group',
    heading: section.name,
    items: section.rows().map((row) => ({
      name: row.name,
      desc: row.desc,
      aliases: row.aliases,
      render: (setting: Setting) => {
        // Name and description set again: harmless if Obsidian already did, needed if it did not.
        setting.setName(row.name).setDesc(row.desc);
        row.control(setting);
      },
    })),
  }));
}

/** Before 1.13: the same sections as headings and rows in the tab's container. */
export function drawSections(containerEl: HTMLElement, sections: readonly SettingsSection[]): void {
  for (const section of sections) {
    new Setting(containerEl).setName(section.name).setHeading();
    for (const row of section.rows()) row.control(new Setting(containerEl).setName(row.name).setDesc(row.desc));
  }
}
