// The "Writing stories" block of the settings tab: where new story notes go, and whether
// principles are written as links or plain names.
import { normalizePath, Setting } from 'obsidian';
import type { PluginSettings } from '../settings';

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

export function addAuthoringSettings(containerEl: HTMLElement, host: AuthoringSettingsHost): void {
  new Setting(containerEl)
    .setName('New story folder')
    .setDesc('Where new and extracted story notes are created. Leave empty for the vault root.')
    .addText((t) =>
      t
        .setPlaceholder('Stories')
        .setValue(host.settings.newStoryFolder)
        .onChange((v) => {
          const folder = parseStoryFolder(v);
          if (folder !== null) void host.updateSettings({ newStoryFolder: folder });
        }),
    );
  new Setting(containerEl)
    .setName('Write principles as links')
    .setDesc('On: frontmatter gets links to the principle headings of the set note. Off: plain principle names.')
    .addToggle((t) => t.setValue(host.settings.principleLinks).onChange((v) => void host.updateSettings({ principleLinks: v })));
}
