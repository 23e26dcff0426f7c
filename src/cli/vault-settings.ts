// The CLI uses the same settings as the plugin in that vault: it reads the plugin's saved
// `data.json` when there is one (keys checked one by one; anything odd keeps its default).
// Obsidian's config folder can be renamed, so it is found, not assumed: the first hidden folder
// at the vault's root that holds `plugins/interview-prep/data.json`.
import { join } from 'path';
import type { CoverageSettings, IndexSettings } from '../core/settings';
import { DEFAULT_COVERAGE_SETTINGS, DEFAULT_INDEX_SETTINGS } from '../core/settings';
import { drillSettingsFrom, type DrillSettings } from '../core/drill/settings';
import type { VaultFs } from './vault-fs';

export const PLUGIN_DATA = ['plugins', 'interview-prep', 'data.json'];

export interface CliSettings {
  index: IndexSettings;
  coverage: CoverageSettings;
  /** The plugin's default set ('' = the first set). */
  defaultSet: string;
  /** Drill target, interviewers, log path and interview dates (checked in core/drill/settings). */
  drill: DrillSettings;
  /** Set when data.json exists but could not be used. */
  problem: string | null;
}

function pick<T extends object>(defaults: T, saved: Record<string, unknown>): T {
  const out = { ...defaults } as Record<string, unknown>;
  for (const [key, def] of Object.entries(defaults)) {
    const v = saved[key];
    if (Array.isArray(def)) {
      if (Array.isArray(v) && v.every((x) => typeof x === 'string')) out[key] = [...v];
    } else if (typeof v === typeof def && (typeof v !== 'number' || (Number.isFinite(v) && v >= 0))) {
      out[key] = v;
    }
  }
  return out as T;
}

export function settingsFrom(saved: unknown): Omit<CliSettings, 'problem'> {
  const obj = typeof saved === 'object' && saved !== null && !Array.isArray(saved) ? (saved as Record<string, unknown>) : {};
  return {
    index: pick(DEFAULT_INDEX_SETTINGS, obj),
    coverage: pick(DEFAULT_COVERAGE_SETTINGS, obj),
    defaultSet: typeof obj.defaultSet === 'string' ? obj.defaultSet : '',
    drill: drillSettingsFrom(obj),
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
