// The "Drills" block of the settings tab: answer target, mock interviewers, log note, recording
// spoken answers and an interview date per principle set.
import { countdownText, parseInterviewDate } from '../../core/drill/interview-date';
import { isLogPath } from '../../core/drill/settings';
import { formatClock } from '../../core/drill/session';
import { parseCount } from '../settings-tab/fields';
import type { SettingRow } from '../settings-tab/rows';
import { clockOf, type DrillHost } from './host';

export function drillSettingRows(host: DrillHost): SettingRow[] {
  const s = host.settings;
  const rows: SettingRow[] = [
    {
      name: 'Answer target',
      desc: `Seconds per answer before the timer shows overtime (now ${formatClock(s.drillTargetSeconds)}).`,
      aliases: ['timer'],
      control: (setting) =>
        setting.addText((t) => {
          t.inputEl.type = 'number';
          t.inputEl.min = '30';
          t.inputEl.max = '900';
          t.setValue(String(s.drillTargetSeconds)).onChange((v) => {
            const n = parseCount(v, 30, 900);
            if (n !== null) void host.updateSettings({ drillTargetSeconds: n });
          });
        }),
    },
    {
      name: 'Mock interviewers',
      desc: 'Interviewers in a mock loop; each asks about two principles.',
      control: (setting) =>
        setting.addText((t) => {
          t.inputEl.type = 'number';
          t.inputEl.min = '1';
          t.inputEl.max = '10';
          t.setValue(String(s.mockInterviewers)).onChange((v) => {
            const n = parseCount(v, 1, 10);
            if (n !== null) void host.updateSettings({ mockInterviewers: n });
          });
        }),
    },
    {
      name: 'Drill log',
      desc: 'Note that every answered question is appended to. Existing lines are never changed.',
      control: (setting) =>
        setting.addText((t) =>
          t.setValue(s.drillLogPath).onChange((v) => {
            const path = v.trim();
            if (isLogPath(path)) void host.updateSettings({ drillLogPath: path });
          }),
        ),
    },
    {
      name: 'Record spoken answers',
      desc: 'Drills get a record button (key r). Each recording is saved where your attachment settings put files, linked from the drill log and played back in the summary. It never leaves the vault.',
      aliases: ['microphone', 'audio', 'voice'],
      control: (setting) => setting.addToggle((t) => t.setValue(s.recordAnswers).onChange((v) => void host.updateSettings({ recordAnswers: v }))),
    },
  ];
  const now = clockOf(host)();
  for (const set of host.index.snapshot().sets) {
    const date = parseInterviewDate(host.settings.interviewDates[set.id]);
    rows.push({
      name: `Interview date: ${set.name}`,
      desc: date ? `${countdownText(date, now)}. Reviews are scheduled to fit before it.` : 'When set, reviews are scheduled to fit before it.',
      control: (setting) =>
        setting.addText((t) => {
          t.inputEl.type = 'date';
          t.setPlaceholder('2026-12-01');
          t.setValue(host.settings.interviewDates[set.id] ?? '').onChange((v) => {
            const text = v.trim();
            const dates = { ...host.settings.interviewDates };
            if (text === '') delete dates[set.id];
            else if (parseInterviewDate(text)) dates[set.id] = text;
            else return;
            void host.updateSettings({ interviewDates: dates });
          });
        }),
    });
  }
  return rows;
}
