// The plugin's persisted settings. Loaded with settingsFromData(saved): a setting added later gets
// its default in vaults that saved an older version, and a value of the wrong type keeps its default.
import type { CoverageSettings, IndexSettings } from '../core/settings';
import { DEFAULT_COVERAGE_SETTINGS, DEFAULT_INDEX_SETTINGS } from '../core/settings';
import { isLogPath } from '../core/drill/settings';

export interface PluginSettings extends IndexSettings, CoverageSettings {
  /** Set shown first in the dashboard and status bar ('' = the first set found). */
  defaultSet: string;
  /** Target answer length in a drill, in seconds. */
  drillTargetSeconds: number;
  /** Interviewers in a mock loop; each asks about 2 principles. */
  mockInterviewers: number;
  /** Append-only drill history note. */
  drillLogPath: string;
  /** Interview date per set id, `yyyy-MM-dd`. */
  interviewDates: Record<string, string>;
  /** Folder where new story notes are created ('' = vault root). */
  newStoryFolder: string;
  /** Write principles into frontmatter as `[[Set note#Principle]]` links (true) or plain names. */
  principleLinks: boolean;
}

export const DEFAULT_SETTINGS: PluginSettings = {
  ...DEFAULT_INDEX_SETTINGS,
  ...DEFAULT_COVERAGE_SETTINGS,
  defaultSet: '',
  drillTargetSeconds: 120,
  mockInterviewers: 4,
  drillLogPath: 'Interview Prep/Drill log.md',
  interviewDates: {},
  newStoryFolder: 'Stories',
  principleLinks: true,
};

/**
 * The saved data (data.json) checked key by key, so that a hand-edited or half-synced file cannot
 * stop the plugin from loading: a value of the wrong type keeps its default; unknown keys are dropped.
 */
export function settingsFromData(saved: unknown): PluginSettings {
  const data = typeof saved === 'object' && saved !== null && !Array.isArray(saved) ? (saved as Record<string, unknown>) : {};
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [key, def] of Object.entries(DEFAULT_SETTINGS) as [string, unknown][]) {
    if (!Object.prototype.hasOwnProperty.call(data, key)) continue;
    const v = data[key];
    if (Array.isArray(def)) {
      if (Array.isArray(v) && v.every((x) => typeof x === 'string')) out[key] = [...v];
    } else if (typeof def === 'number') {
      if (typeof v === 'number' && Number.isFinite(v) && v >= 0) out[key] = v;
    } else if (typeof def === 'object') {
      if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
        out[key] = Object.fromEntries(Object.entries(v).filter(([k, x]) => typeof x === 'string' && k !== '__proto__'));
      }
    } else if (typeof v === typeof def) {
      out[key] = v;
    }
  }
  if (!isLogPath(out.drillLogPath)) out.drillLogPath = DEFAULT_SETTINGS.drillLogPath;
  return out as unknown as PluginSettings;
}

/** The part of the settings the core index reads; a change here means re-indexing. */
export function indexSettingsOf(s: PluginSettings): IndexSettings {
  return {
    setTag: s.setTag,
    principleTag: s.principleTag,
    storyTag: s.storyTag,
    questionTag: s.questionTag,
    sectionKeywords: [...s.sectionKeywords],
    mainPrefix: s.mainPrefix,
    subPrefix: s.subPrefix,
    storyFolders: [...s.storyFolders],
    excludedFolders: [...s.excludedFolders],
  };
}

export function coverageSettingsOf(s: PluginSettings): CoverageSettings {
  return { target: s.target, overloadPrimary: s.overloadPrimary, overloadOnlyStory: s.overloadOnlyStory };
}
