// The settings the plugin saves in its data.json, as one schema: every key with its default and
// its check. The plugin loads them with it, the CLI reads the same file with it, and the drill and
// authoring code take their part of the result, so one data.json means the same on every face.
// A value of the wrong type keeps its default; a number is rounded and clamped into its range
// (the ranges the settings tab offers); unknown keys are dropped.
import { DEFAULT_NEW_STORY_FOLDER, DEFAULT_PRINCIPLE_LINKS } from './authoring/defaults';
import { parseInterviewDate } from './drill/interview-date';
import { DEFAULT_INTERVIEWERS } from './drill/mock-loop';
import { DEFAULT_TARGET_SECONDS } from './drill/session';
import type { CoverageSettings, IndexSettings } from './settings';
import { DEFAULT_COVERAGE_SETTINGS, DEFAULT_INDEX_SETTINGS } from './settings';

export const DEFAULT_LOG_PATH = 'Interview Prep/Drill log.md';

export interface Settings extends IndexSettings, CoverageSettings {
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
  /** Drills offer to record the spoken answer (plugin only; off until the user turns it on). */
  recordAnswers: boolean;
  /** Folder where new story notes are created ('' = vault root). */
  newStoryFolder: string;
  /** Write principles into frontmatter as `[[Set note#Principle]]` links (true) or plain names. */
  principleLinks: boolean;
  /** Readings the user dismissed in the "Read as" panel, as `itemId|principleId` (core/reading/read-as-list.ts). */
  dismissedReadings: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  ...DEFAULT_INDEX_SETTINGS,
  ...DEFAULT_COVERAGE_SETTINGS,
  defaultSet: '',
  drillTargetSeconds: DEFAULT_TARGET_SECONDS,
  mockInterviewers: DEFAULT_INTERVIEWERS,
  drillLogPath: DEFAULT_LOG_PATH,
  interviewDates: {},
  recordAnswers: false,
  newStoryFolder: DEFAULT_NEW_STORY_FOLDER,
  principleLinks: DEFAULT_PRINCIPLE_LINKS,
  dismissedReadings: [],
};

/** The range of each number setting (the settings tab offers the same). */
export const SETTING_RANGES = {
  target: [1, 10],
  overloadPrimary: [1, 20],
  overloadOnlyStory: [1, 20],
  drillTargetSeconds: [30, 900],
  mockInterviewers: [1, 10],
} as const satisfies Partial<Record<keyof Settings, readonly [number, number]>>;

/** A vault-relative markdown path: no leading slash, no `..`, ends in `.md`. */
export function isLogPath(v: unknown): v is string {
  if (typeof v !== 'string' || v.trim() === '' || !v.endsWith('.md')) return false;
  return !v.startsWith('/') && !v.split('/').some((seg) => seg === '..' || seg === '');
}

type Check<T> = (v: unknown) => T | undefined;

const tag: Check<string> = (v) => {
  if (typeof v !== 'string') return undefined;
  const t = v.trim().replace(/^#/, '');
  return t !== '' && !/\s/.test(t) ? t : undefined;
};
const text: Check<string> = (v) => (typeof v === 'string' ? v : undefined);
const nonEmpty: Check<string> = (v) => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
const strings: Check<string[]> = (v) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? [...v] : undefined);
const bool: Check<boolean> = (v) => (typeof v === 'boolean' ? v : undefined);
const count = (key: keyof typeof SETTING_RANGES): Check<number> => (v) => {
  if (typeof v !== 'number' || !Number.isFinite(v)) return undefined;
  const [min, max] = SETTING_RANGES[key];
  return Math.min(max, Math.max(min, Math.round(v)));
};
/** A vault-relative folder ('' = the root): slashes at the ends dropped, no `..`. */
const folder: Check<string> = (v) => {
  if (typeof v !== 'string') return undefined;
  const f = v.trim().replace(/^\/+|\/+$/g, '');
  return f.split('/').some((seg) => seg === '..') ? undefined : f;
};
/** `itemId|principleId` pairs, each once. */
const readingKeys: Check<string[]> = (v) => (Array.isArray(v) ? [...new Set(v.filter((x): x is string => typeof x === 'string' && /^[^|]+\|[^|]+$/.test(x)))] : undefined);
const logPath: Check<string> = (v) => (isLogPath(v) ? v : undefined);
const dates: Check<Record<string, string>> = (v) => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const out: Record<string, string> = {};
  for (const [set, d] of Object.entries(v as Record<string, unknown>)) {
    if (set !== '__proto__' && typeof d === 'string' && parseInterviewDate(d)) out[set] = d.trim();
  }
  return out;
};

const SCHEMA: { [K in keyof Settings]: Check<Settings[K]> } = {
  setTag: tag,
  principleTag: tag,
  storyTag: tag,
  questionTag: tag,
  sectionKeywords: strings,
  mainPrefix: nonEmpty,
  subPrefix: nonEmpty,
  storyFolders: strings,
  excludedFolders: strings,
  target: count('target'),
  overloadPrimary: count('overloadPrimary'),
  overloadOnlyStory: count('overloadOnlyStory'),
  defaultSet: text,
  drillTargetSeconds: count('drillTargetSeconds'),
  mockInterviewers: count('mockInterviewers'),
  drillLogPath: logPath,
  interviewDates: dates,
  recordAnswers: bool,
  newStoryFolder: folder,
  principleLinks: bool,
  dismissedReadings: readingKeys,
};

/**
 * The saved data (data.json, already parsed) checked key by key, so that a hand-edited or
 * half-synced file cannot stop the plugin or the CLI: anything that is not an object gives the
 * defaults.
 */
export function settingsFromData(saved: unknown): Settings {
  const data = typeof saved === 'object' && saved !== null && !Array.isArray(saved) ? (saved as Record<string, unknown>) : {};
  const out = { ...DEFAULT_SETTINGS, interviewDates: {}, dismissedReadings: [] } as Record<keyof Settings, unknown>;
  for (const key of Object.keys(SCHEMA) as (keyof Settings)[]) {
    if (!Object.prototype.hasOwnProperty.call(data, key)) continue;
    const v = (SCHEMA[key] as Check<unknown>)(data[key]);
    if (v !== undefined) out[key] = v;
  }
  return out as unknown as Settings;
}

/** The part of the settings the core index reads; a change here means re-indexing. */
export function indexSettingsOf(s: Settings): IndexSettings {
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

export function coverageSettingsOf(s: Settings): CoverageSettings {
  return { target: s.target, overloadPrimary: s.overloadPrimary, overloadOnlyStory: s.overloadOnlyStory };
}
