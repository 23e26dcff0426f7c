// Starting drills: the four drill commands and the mock loop share these entry points, and the
// dashboard calls drillPrinciple from its "Drill" buttons.
import { Notice } from 'obsidian';
import { pickSet } from '../../core/coverage/pick-set';
import { planMockLoop } from '../../core/drill/mock-loop';
import { DEFAULT_DRILL_COUNT, planDrill, rankWeakPrinciples, type DrillScope } from '../../core/drill/plan';
import type { PrincipleSet } from '../../core/model';
import { rngOf, type DrillHost } from './host';
import { DrillModal } from './drill-modal';
import { loadDrillData, reportMalformed } from './load';
import { MockLoopModal } from './mock-loop-modal';
import { PrincipleSuggestModal } from './principle-suggest';

/** The set a set-wide drill uses: the dashboard's, else the default, else the largest (core pickSet). */
export function drillSet(host: DrillHost): PrincipleSet | null {
  return pickSet(host.index.snapshot(), host.currentSetId, host.settings.defaultSet);
}

function ready(host: DrillHost): boolean {
  if (host.index.isReady) return true;
  new Notice('The index is still being built. Try again in a moment.');
  return false;
}

const EMPTY: Record<DrillScope['kind'], string> = {
  all: 'No questions found. Add bold questions to a principle set note, or a note tagged #questions.',
  set: 'This set has no questions yet.',
  principle: 'No questions are mapped to or read as this principle yet.',
  category: 'No questions in this category.',
  weak: 'No weak spots right now. Try a random drill.',
  due: 'No questions are due. Come back tomorrow, or start a random drill.',
};

/** Plans a drill of `scope` and opens it; returns the modal, or null when there was nothing to drill. */
export async function startDrill(host: DrillHost, scope: DrillScope, title: string): Promise<DrillModal | null> {
  const principle = scope.kind === 'principle' ? scope.principle : undefined;
  if (!ready(host)) return null;
  const { ctx, log } = await loadDrillData(host);
  reportMalformed(log, host.settings.drillLogPath);
  const questions = planDrill(scope, ctx, { count: DEFAULT_DRILL_COUNT, rng: rngOf(host) });
  if (questions.length === 0) {
    new Notice(EMPTY[scope.kind]);
    return null;
  }
  const set = drillSet(host);
  const modal = new DrillModal(host, {
    title,
    questions,
    snapshot: ctx.snapshot,
    weak: rankWeakPrinciples(ctx, set?.id),
    principle,
    drillPrinciple: (id) => void drillPrinciple(host, id),
  });
  modal.open();
  return modal;
}

export function drillPrinciple(host: DrillHost, principleId: string): Promise<DrillModal | null> {
  const p = host.index.snapshot().principles.find((x) => x.id === principleId);
  return startDrill(host, { kind: 'principle', principle: principleId }, p ? p.name : 'Drill');
}

export function choosePrinciple(host: DrillHost): PrincipleSuggestModal | null {
  if (!ready(host)) return null;
  const snapshot = host.index.snapshot();
  if (snapshot.principles.length === 0) {
    new Notice(`No principles found. Tag a note with #${host.settings.setTag} first.`);
    return null;
  }
  const modal = new PrincipleSuggestModal(host.app, snapshot.principles, snapshot.sets, (p) => void drillPrinciple(host, p.id));
  modal.open();
  return modal;
}

export async function startMockLoop(host: DrillHost): Promise<MockLoopModal | null> {
  if (!ready(host)) return null;
  const set = drillSet(host);
  if (!set) {
    new Notice(`No principle set found. Tag a note with #${host.settings.setTag} first.`);
    return null;
  }
  const { ctx, log } = await loadDrillData(host);
  reportMalformed(log, host.settings.drillLogPath);
  const rounds = planMockLoop(ctx, set.id, host.settings.mockInterviewers, rngOf(host));
  if (rounds.length === 0) {
    new Notice('This set has no principles to interview on.');
    return null;
  }
  const modal = new MockLoopModal(host, rounds, ctx.snapshot, set.name);
  modal.open();
  return modal;
}
