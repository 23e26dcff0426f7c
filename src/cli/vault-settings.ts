// The CLI uses the same settings as the plugin in that vault: it reads the plugin's saved
// `data.json` when there is one, with the plugin's own schema (core/settings-schema.ts).
// Obsidian's config folder can be renamed, so it is found, not assumed: the first hidden folder
// at the vault's root that holds `plugins/interview-prep/data.json`.
import { join } from 'path';
import type { CoverageSettings, IndexSettings } from '../core/settings';
import { drillSettingsOf, type DrillSettings } from '../core/drill/settings';
import { coverageSettingsOf, indexSettingsOf, settingsFromData, type Settings } from '../core/settings-schema';
import type { VaultFs } from './vault-fs';

export const PLUGIN_DATA = ['plugins', 'interview-prep', 'data.json'];

export interface AuthoringSettings {
  newStoryFolder: string;
  principleLinks: boolean;
}

export interface CliSettings {
  index: IndexSettings;
  coverage: CoverageSettings;
  /** The plugin's default set ('' = the first set). */
  defaultSet: string;
  /** Drill target, interviewers, log path and interview dates. */
  drill: DrillSettings;
  /** Where `new-story` writes and how it writes principles. */
  authoring: AuthoringSettings;
  /** Set when data.json exists but could not be used. */
  problem: string | null;
}

/** data.json's settings, checked by the same schema the plugin loads them with. */
export function settingsFrom(saved: unknown): Omit<CliSettings, 'problem'> {
  return cliView(settingsFromData(saved));
}

/** The plugin's settings as the CLI's commands take them, grouped by what uses them. */
export function cliView(s: Settings): Omit<CliSettings, 'problem'> {
  return {
    index: indexSettingsOf(s),
    coverage: coverageSettingsOf(s),
    defaultSet: s.defaultSet,
    drill: drillSettingsOf(s),
    authoring: { newStoryFolder: s.newStoryFolder, principleLinks: s.principleLinks },
  };
}

export function loadVaultSettings(fs: VaultFs, root: string): CliSettings {
  let entries;
  try {
    entries = fs.list(root);
  } catch {
    return { ...settingsFrom({}), problem: null }; // the vault itself is checked by the caller
  }
  const configDirs = entries.filter((e) => e.kind === 'dir' && e.name.startsWith('.')).map((e) => e.name).sort();
  for (const dir of configDirs) {
    const file = join(root, dir, ...PLUGIN_DATA);
    if (fs.kindOf(file) !== 'file') continue;
    try {
      return { ...settingsFrom(JSON.parse(fs.readText(file))), problem: null };
    } catch {
      return { ...settingsFrom({}), problem: `ignoring ${dir}/${PLUGIN_DATA.join('/')}: not valid JSON` };
    }
  }
  return { ...settingsFrom({}), problem: null };
}
