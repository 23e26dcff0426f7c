// `obsidian-interview-prep plan <vault> [--set S] [--interviewers N] [--json]`: the loop plan the plugin's
// "Plan my loop" writes when the user does not know the loop: N interviewers (default: the mock
// loop setting) on the weakest principles, each with a story, a backup and the Result's numbers.
import { drillContext } from '../../core/drill/plan';
import { buildHistory } from '../../core/drill/history';
import { parseInterviewDate } from '../../core/drill/interview-date';
import type { Clock } from '../../core/drill/random';
import { proposeLoopPlan } from '../../core/loop-plan/build';
import { loopPlanText } from '../../core/loop-plan/render';
import { planJson, renderJson } from '../json-contract';
import type { LoadedVault } from '../load-vault';
import type { VaultFs } from '../vault-fs';
import { malformedNotes, readLogFile } from './drill-log-file';
import { chooseSet } from './pick-set';

export interface PlanIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  fs: VaultFs;
  clock?: Clock;
}

export async function runPlan(vault: LoadedVault, root: string, opts: { set: string | null; interviewers: number | null; json: boolean }, io: PlanIo): Promise<number> {
  const now = (io.clock ?? (() => new Date()))();
  const { snapshot } = vault;
  const settings = vault.settings.drill;
  const set = chooseSet(snapshot, opts.set, vault.settings.defaultSet);
  const log = await readLogFile(io.fs, root, settings.drillLogPath);
  for (const note of malformedNotes(log, settings.drillLogPath)) io.stderr(note);
  const ctx = drillContext(snapshot, buildHistory(log.attempts, snapshot, settings.interviewDates), now, {
    coverage: vault.settings.coverage,
    interviewDates: settings.interviewDates,
  });
  const plan = proposeLoopPlan(ctx, set.id, opts.interviewers ?? settings.mockInterviewers, { coverage: vault.settings.coverage });
  const render = { now, interviewDate: parseInterviewDate(settings.interviewDates[set.id]) };
  io.stdout(opts.json ? renderJson(planJson(plan, render)) : loopPlanText(plan, render));
  return 0;
}
