// `obsidian-interview-prep history <vault> [--json]`: per question, attempts, last rating, next due day
// and recorded answers, rebuilt from the drill log. Lines of the log that do not parse are reported, never changed.
import { buildHistory } from '../../core/drill/history';
import { historyRows } from '../../core/drill/history-report';
import { parseInterviewDate } from '../../core/drill/interview-date';
import { drillProgress } from '../../core/drill/progress';
import { formatDay, formatMinute } from '../../core/local-date';
import { ratingLabel } from '../../core/drill/types';
import { plural } from '../../core/coverage/phrases';
import { renderTextTable } from '../format';
import { historyJson, renderJson } from '../json-contract';
import type { LoadedVault } from '../load-vault';
import type { VaultFs } from '../vault-fs';
import { drillSettingsOf } from './drill';
import { malformedNotes, readLogFile } from './drill-log-file';

export async function runHistory(
  vault: LoadedVault,
  root: string,
  json: boolean,
  io: { stdout: (s: string) => void; stderr: (s: string) => void; fs: VaultFs; clock?: () => Date },
): Promise<number> {
  const settings = drillSettingsOf(vault);
  const log = await readLogFile(io.fs, root, settings.drillLogPath);
  const history = buildHistory(log.attempts, vault.snapshot, settings.interviewDates);
  const rows = historyRows(history, vault.snapshot);
  if (json) {
    const now = (io.clock ?? (() => new Date()))();
    // `progress`: what the dashboard's progress panel draws, per set.
    const progress = vault.snapshot.sets.map((set) => drillProgress(history, set.id, now, parseInterviewDate(settings.interviewDates[set.id])));
    io.stdout(renderJson(historyJson({ log: settings.drillLogPath, attempts: log.attempts.length, rows, malformed: log.malformed, progress })));
    return 0;
  }
  for (const note of malformedNotes(log, settings.drillLogPath)) io.stderr(note);
  if (rows.length === 0) {
    io.stdout(`No drills logged yet in ${settings.drillLogPath}.\n`);
    return 0;
  }
  const cut = (s: string) => (s.length > 60 ? s.slice(0, 59) + '…' : s);
  io.stdout(
    `${log.attempts.length} attempt${log.attempts.length === 1 ? '' : 's'} at ${rows.length} question${rows.length === 1 ? '' : 's'} in ${settings.drillLogPath}\n\n` +
      renderTextTable({
        headers: ['Next due', 'Question', 'Attempts', 'Last rating', 'Last seen'],
        rows: rows.map((r) => [formatDay(r.due), cut(r.text) + (r.inVault ? '' : ' (not in vault)'), String(r.attempts), ratingLabel(r.lastRating), formatMinute(r.lastSeen)]),
        right: [2],
      }),
  );
  const recorded = log.attempts.filter((a) => a.recording);
  const latest = recorded.at(-1)?.recording;
  if (latest) io.stdout(`\n${plural(recorded.length, 'recorded answer')}; the latest: ${latest}\n`);
  return 0;
}
