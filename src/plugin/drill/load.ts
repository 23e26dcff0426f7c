// Loads what a drill is planned from: the index snapshot, the log and the context built on them.
import { Notice } from 'obsidian';
import { drillContext, type DrillContext } from '../../core/drill/plan';
import { buildHistory } from '../../core/drill/history';
import type { ParsedLog } from '../../core/drill/log-format';
import { coverageSettingsOf } from '../settings';
import { clockOf, type DrillHost } from './host';
import { readDrillLog } from './log-store';

export interface DrillData {
  ctx: DrillContext;
  log: ParsedLog;
}

export async function loadDrillData(host: DrillHost): Promise<DrillData> {
  const snapshot = host.index.snapshot();
  const log = await readDrillLog(host.app, host.settings.drillLogPath);
  const now = clockOf(host)();
  const ctx = drillContext(snapshot, buildHistory(log.attempts, snapshot, host.settings.interviewDates), now, {
    coverage: coverageSettingsOf(host.settings),
    interviewDates: host.settings.interviewDates,
  });
  return { ctx, log };
}

/** Tells the user once per drill that some log lines were skipped (they stay as they are). */
export function reportMalformed(log: ParsedLog, logPath: string): void {
  if (log.malformed.length === 0) return;
  const lines = log.malformed.map((m) => m.line).join(', ');
  new Notice(`${logPath}: ${log.malformed.length === 1 ? 'line' : 'lines'} ${lines} could not be read and ${log.malformed.length === 1 ? 'was' : 'were'} skipped.`);
}
