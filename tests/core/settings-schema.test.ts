// The settings schema: defaults for what is missing or of the wrong type, numbers rounded and
// clamped into the settings tab's ranges, tags and folders normalized, unsafe paths refused.
import { DEFAULT_SETTINGS, SETTING_RANGES, settingsFromData } from '../../src/core/settings-schema';

describe('settingsFromData', () => {
  it('gives the defaults for anything that is not an object, and drops unknown keys', () => {
    for (const junk of [null, undefined, 'text', 42, [1, 2]]) expect(settingsFromData(junk)).toEqual(DEFAULT_SETTINGS);
    expect(Object.keys(settingsFromData({ extra: 1, storyTag: 'star' })).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });

  it('rounds and clamps every number into its range; a non-number keeps its default', () => {
    for (const [key, [min, max]] of Object.entries(SETTING_RANGES)) {
      expect(settingsFromData({ [key]: min - 100 })[key as keyof typeof SETTING_RANGES]).toBe(min);
      expect(settingsFromData({ [key]: max + 100 })[key as keyof typeof SETTING_RANGES]).toBe(max);
      expect(settingsFromData({ [key]: String(min + 1) })[key as keyof typeof SETTING_RANGES]).toBe(DEFAULT_SETTINGS[key as keyof typeof SETTING_RANGES]);
    }
    expect(settingsFromData({ mockInterviewers: 0, target: 2.4, drillTargetSeconds: Infinity })).toMatchObject({ mockInterviewers: 1, target: 2, drillTargetSeconds: 120 });
  });

  it('reads tags as the settings tab writes them and refuses ones a note could not carry', () => {
    expect(settingsFromData({ storyTag: ' #star ', setTag: 'two words', questionTag: '' })).toMatchObject({ storyTag: 'star', setTag: 'principles', questionTag: 'questions' });
  });

  it('keeps dismissed readings as itemId|principleId pairs, each once', () => {
    expect(settingsFromData({ dismissedReadings: ['acme/q-1a|acme/ownership', 'acme/q-1a|acme/ownership', 'no-bar', 3, 'a|b|c'] }).dismissedReadings).toEqual(['acme/q-1a|acme/ownership']);
    expect(settingsFromData({ dismissedReadings: 'acme/q-1a|acme/ownership' }).dismissedReadings).toEqual([]);
    expect(DEFAULT_SETTINGS.dismissedReadings).toEqual([]);
  });

  it('keeps folders and the log inside the vault', () => {
    expect(settingsFromData({ newStoryFolder: '/Prep/Stories/' }).newStoryFolder).toBe('Prep/Stories');
    expect(settingsFromData({ newStoryFolder: '../outside' }).newStoryFolder).toBe('Stories');
    expect(settingsFromData({ newStoryFolder: '' }).newStoryFolder).toBe('');
    expect(settingsFromData({ drillLogPath: '../log.md' }).drillLogPath).toBe('Interview Prep/Drill log.md');
    expect(settingsFromData({ drillLogPath: 'Prep/Log.md' }).drillLogPath).toBe('Prep/Log.md');
  });

  it('keeps interview dates that parse, and never a __proto__ key', () => {
    const data = JSON.parse('{"interviewDates": {"acme": " 2026-12-01 ", "beta": "Friday", "gamma": 3, "__proto__": "2026-12-01"}}') as unknown;
    const s = settingsFromData(data);
    expect(s.interviewDates).toEqual({ acme: '2026-12-01' });
    expect(Object.getPrototypeOf(s.interviewDates)).toBe(Object.prototype);
    expect(settingsFromData({}).interviewDates).not.toBe(DEFAULT_SETTINGS.interviewDates);
  });
});
