// The drill part of the settings (the schema and its checks are in core/settings-schema.ts, which
// the plugin and the CLI both read data.json with).
import { DEFAULT_SETTINGS, settingsFromData, type Settings } from '../settings-schema';

export { DEFAULT_LOG_PATH, isLogPath } from '../settings-schema';

export interface DrillSettings {
  drillTargetSeconds: number;
  mockInterviewers: number;
  drillLogPath: string;
  /** Set id → `yyyy-MM-dd`. */
  interviewDates: Record<string, string>;
}

export function drillSettingsOf(s: Settings): DrillSettings {
  return { drillTargetSeconds: s.drillTargetSeconds, mockInterviewers: s.mockInterviewers, drillLogPath: s.drillLogPath, interviewDates: { ...s.interviewDates } };
}

export const DEFAULT_DRILL_SETTINGS: DrillSettings = drillSettingsOf(DEFAULT_SETTINGS);

/** The drill settings of a saved data.json (checked by the shared schema). */
export function drillSettingsFrom(saved: unknown): DrillSettings {
  return drillSettingsOf(settingsFromData(saved));
}
