// `obsidian-interview-prep drill <vault> [--count N] [--seed S] [--set S] [--principle NAME] [--json] [--interactive]`:
// plans a drill from the index and the drill log (weighted toward weak spots, same seed = same
// drill) and prints it; with --interactive in a terminal it runs it and appends to the log.
import { differenceInCalendarDays } from 'date-fns';
import { buildHistory } from '../../core/drill/history';
import { daysAgoText } from '../../core/drill/interview-date';
import { DEFAULT_DRILL_COUNT, drillContext, planDrill, rankWeakPrinciples, type DrillScope } from '../../core/drill/plan';
import { mulberry32, seedFrom, type Clock } from '../../core/drill/random';
import { isDue } from '../../core/drill/schedule';
import type { DrillSettings } from '../../core/drill/settings';
import { principleName } from '../../core/drill/summary';
import { isReadAs, principleScopeText } from '../../core/drill/read-as-scope';
import { ratingLabel, type QuestionState } from '../../core/drill/types';
import { drillJson, renderJson } from '../json-contract';
import type { LoadedVault } from '../load-vault';
import { UsageError } from '../usage-error';
import type { VaultFs } from '../vault-fs';
import { appendAttempts, malformedNotes, readLogFile } from './drill-log-file';
import { nodeTerminal, runInteractive, type Terminal } from './drill-interactive';
import { chooseSet } from './pick-set';
import { principleArg } from '../principle-arg';

export interface DrillOptions {
  count: number | null;
  seed: string | null;
  set: string | null;
  principle: string | null;
  json: boolean;
  interactive: boolean;
}

export interface DrillIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  fs: VaultFs;
  clock?: Clock;
  /** The terminal for --interactive; by default the process's own, when it is a TTY. */
  terminal?: Terminal;
}

/** The drill settings saved by the plugin in this vault (defaults when there are none). */
export function drillSettingsOf(vault: LoadedVault): DrillSettings {
  return vault.settings.drill;
}

/** `never drilled`, `last Good yesterday, due now`, `last Easy today, due in 2 days`. */
export function drillStatus(st: QuestionState | undefined, now: Date): string {
  if (!st) return 'never drilled';
  const days = differenceInCalendarDays(st.due, now);
  const due = isDue(st, now) ? 'due now' : days === 1 ? 'due tomorrow' : `due in ${days} days`;
  return `last ${ratingLabel(st.lastRating)} ${daysAgoText(st.lastSeen, now)}, ${due}`;
}

export async function runDrill(vault: LoadedVault, root: string, opts: DrillOptions, io: DrillIo): Promise<number> {
  const now = (io.clock ?? (() => new Date()))();
  const settings = drillSettingsOf(vault);
  const { snapshot } = vault;
  const set = opts.set !== null ? chooseSet(snapshot, opts.set, '') : null;
  const principle = opts.principle !== null ? principleArg(snapshot, opts.principle, { set: set?.id ?? null, preferredSet: vault.settings.defaultSet }) : null;
  const scope: DrillScope = principle ? { kind: 'principle', principle: principle.id } : set ? { kind: 'set', set: set.id } : { kind: 'all' };

  if (opts.interactive && !io.terminal && !process.stdin.isTTY) throw new UsageError('--interactive needs a terminal');
  const log = await readLogFile(io.fs, root, settings.drillLogPath);
  for (const note of malformedNotes(log, settings.drillLogPath)) io.stderr(note);

  const seedText = opts.seed ?? String(now.getTime() % 1000000);
  const seed = seedFrom(seedText);
  const ctx = drillContext(snapshot, buildHistory(log.attempts, snapshot, settings.interviewDates), now, {
    coverage: vault.settings.coverage,
    interviewDates: settings.interviewDates,
  });
  const questions = planDrill(scope, ctx, { count: opts.count ?? DEFAULT_DRILL_COUNT, rng: mulberry32(seed) });
  const scopeText = principle ? principle.name : set ? set.name : 'all sets';

  if (opts.json) {
    io.stdout(renderJson(drillJson({ seed: seedText, scope, set: set?.id ?? null, principle: principle?.id ?? null, questions })));
    return 0;
  }
  if (questions.length === 0) {
    io.stdout(`No questions to drill for ${scopeText}.\n`);
    return 0;
  }
  if (opts.interactive) {
    await runInteractive(questions, snapshot, {
      clock: io.clock ?? (() => new Date()),
      targetSeconds: settings.drillTargetSeconds,
      terminal: io.terminal ?? nodeTerminal(),
      record: (a) => appendAttempts(root, settings.drillLogPath, [a]),
      weak: rankWeakPrinciples(ctx, set?.id ?? principle?.set ?? null),
    });
    return 0;
  }
  const lines = [`Drill: ${questions.length} question${questions.length === 1 ? '' : 's'} from ${scopeText} (seed ${seedText})`];
  if (principle) lines.push(`${principleScopeText(snapshot, principle.id)}.`);
  lines.push('');
  questions.forEach((q, i) => {
    const names = q.principles.map((r) => principleName(snapshot, r.id)).join(', ') || 'no principle';
    const readAs = principle && isReadAs(q, principle.id) ? `read as ${principle.name}` : null;
    lines.push(`${i + 1}. ${q.text}`);
    lines.push(`   ${[readAs, names, q.category].filter(Boolean).join(' · ')} · ${q.path}:${q.line} · ${drillStatus(ctx.states.get(q.id), now)}`);
    for (const f of q.followUps) lines.push(`   - ${f}`);
    for (const c of q.cues) lines.push(`   Cue: ${c}`);
  });
  lines.push('', `Answer each out loud in about ${Math.round(settings.drillTargetSeconds / 60)} min; --interactive times you and logs the ratings.`);
  io.stdout(lines.join('\n') + '\n');
  return 0;
}
