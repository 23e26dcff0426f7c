// The plugin's persisted settings: the shared schema of core/settings-schema.ts (defaults, checks
// and ranges), which the CLI reads the same data.json with.
export {
  coverageSettingsOf,
  DEFAULT_SETTINGS,
  indexSettingsOf,
  settingsFromData,
  type Settings as PluginSettings,
} from '../core/settings-schema';
