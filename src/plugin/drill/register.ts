// The drill feature: six commands (no default hotkeys) and the drill settings section.
// main.ts calls registerDrillFeature(this) once in onload.
import type { DrillHost } from './host';
import { startLoopPlan } from './loop-plan';
import { drillSettingRows } from './settings-section';
import { choosePrinciple, drillSet, startDrill, startMockLoop } from './start';

export function registerDrillFeature(host: DrillHost): void {
  host.addCommand({
    id: 'start-random-drill',
    name: 'Start random drill',
    callback: () => void startDrill(host, { kind: 'all' }, 'Random drill'),
  });
  host.addCommand({
    id: 'drill-principle',
    name: 'Drill a principle…',
    callback: () => void choosePrinciple(host),
  });
  host.addCommand({
    id: 'drill-weak-spots',
    name: 'Drill weak spots',
    callback: () => void startDrill(host, { kind: 'weak', set: drillSet(host)?.id ?? null }, 'Weak spots'),
  });
  host.addCommand({
    id: 'review-due-questions',
    name: 'Review due questions',
    callback: () => void startDrill(host, { kind: 'due' }, 'Due questions'),
  });
  host.addCommand({
    id: 'mock-interview-loop',
    name: 'Mock interview loop',
    callback: () => void startMockLoop(host),
  });
  host.addCommand({
    id: 'plan-my-loop',
    name: 'Plan my loop',
    callback: () => void startLoopPlan(host),
  });
  host.addSettingsSection?.({ name: 'Drills', rows: () => drillSettingRows(host) });
}
