// What the authoring feature needs from the plugin: the app, the settings and the live index's
// current snapshot. The plugin class satisfies it structurally (see register.ts).
import type { App, Command, EventRef } from 'obsidian';
import type { IndexSnapshot } from '../../core/model';
import type { PluginSettings } from '../settings';
import type { SettingsSection } from '../settings-tab/rows';

export interface AuthoringHost {
  app: App;
  settings: PluginSettings;
  index: { snapshot(): IndexSnapshot };
  addCommand(command: Command): Command;
  registerEvent(ref: EventRef): void;
  /** Saves changed settings (the settings block uses it). */
  updateSettings?(patch: Partial<PluginSettings>): Promise<void>;
  /** Adds a block to the plugin's settings tab. */
  addSettingsSection?(section: SettingsSection): void;
}
