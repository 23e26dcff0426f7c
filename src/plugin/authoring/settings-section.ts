// The "Writing stories" block of the settings tab: where new story notes go, and whether
// principles are written as links or plain names.
import { normalizePath } from 'obsidian';
import type { PluginSettings } from '../settings';
import type { SettingRow } from '../settings-tab/rows';

export interface AuthoringSettingsHost {
  settings: PluginSettings;
  updateSettings(patch: Partial<PluginSettings>): Promise<void>;
}

/** A vault folder from what the user typed: '' for the root; null when it would leave the vault. */
export function parseStoryFolder(value: string): string | null {
  const trimmed = value.trim().replace(/\\/g, '/');
  if (trimmed === '' || trimmed === '/') return '';
  if (trimmed.split('/').some((seg) => seg === '..')) return null;
  return normalizePath(trimmed);
}

export function authoringSettingRows(host: AuthoringSettingsHost): SettingRow[] {
  return [
    {
      name: 'New story folder',
      desc: 'Where new and extracted story notes are created. Leave empty for the vault root.',
      aliases: ['folder', 'template'],
      control: (setting) =>
        setting.addText((t) =>
          t
            .setPlaceholder('Stories')
            .setValue(host.settings.newStoryFolder)
            .onChange((v) => {
              const folder = parseStoryFolder(v);
              if (folder !== null) void host.updateSettings({ newStoryFolder: folder });
            }),
        ),
    },
    {
      name: 'Write principles as links',
      desc: 'On: frontmatter gets links to the principle headings of the set note. Off: plain principle names.',
      aliases: ['frontmatter', 'wikilink'],
      control: (setting) =>
        setting.addToggle((t) => t.setValue(host.settings.principleLinks).onChange((v) => void host.updateSettings({ principleLinks: v }))),
    },
  ];
}
