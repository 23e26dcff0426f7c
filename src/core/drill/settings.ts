// The drill settings the plugin saves (PluginSettings keys) and the CLI reads back from the
// plugin's data.json: each key is checked, anything odd keeps its default.
import { parseInterviewDate } from './interview-date';
import { DEFAULT_INTERVIEWERS } from './mock-loop';
import { DEFAULT_TARGET_SECONDS } from './session';

export const DEFAULT_LOG_PATH = 'Interview Prep/Drill log.md';

export interface DrillSettings {
  drillTargetSeconds: number;
  mockInterviewers: number;
  drillLogPath: string;
  /** Set id → `yyyy-MM-dd`. */
  interviewDates: Record<string, string>;
}

export const DEFAULT_DRILL_SETTINGS: DrillSettings = {
  drillTargetSeconds: DEFAULT_TARGET_SECONDS,
  mockInterviewers: DEFAULT_INTERVIEWERS,
  drillLogPath: DEFAULT_LOG_PATH,
  interviewDates: {},
};

const positiveInt = (v: unknown, def: number): number => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : def);

/** A vault-relative markdown path: no leading slash, no `..`, ends in `.md`. */
export function isLogPath(v: unknown): v is string {
  if (typeof v !== 'string' || v.trim() === '' || !v.endsWith('.md')) return false;
  return !v.startsWith('/') && !v.split('/').some((seg) => seg === '..' || seg === '');
}

export function drillSettingsFrom(saved: Record<string, unknown>): DrillSettings {
  const dates: Record<string, string> = {};
  const raw = saved.interviewDates;
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
    for (const [set, text] of Object.entries(raw as Record<string, unknown>)) {
      if (typeof text === 'string' && parseInterviewDate(text)) dates[set] = text.trim();
    }
  }
  return {
    drillTargetSeconds: positiveInt(saved.drillTargetSeconds, DEFAULT_TARGET_SECONDS),
    mockInterviewers: positiveInt(saved.mockInterviewers, DEFAULT_INTERVIEWERS),
    drillLogPath: isLogPath(saved.drillLogPath) ? saved.drillLogPath : DEFAULT_LOG_PATH,
    interviewDates: dates,
  };
}
