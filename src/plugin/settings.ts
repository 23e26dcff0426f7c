// The plugin's persisted settings. Loaded with Object.assign({}, DEFAULT_SETTINGS, saved),
// so a setting added later gets its default in vaults that saved an older version.
import type { CoverageSettings, IndexSettings } from '../core/settings';
import { DEFAULT_COVERAGE_SETTINGS, DEFAULT_INDEX_SETTINGS } from '../core/settings';

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
