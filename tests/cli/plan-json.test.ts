// `plan --json`'s builder (src/cli/json-contract.ts) on the loop-plan fixture: the plan the note and
// the terminal text show, as ids, paths and numbers.
import { buildLoopPlan } from '../../src/core/loop-plan/build';
import { planJson } from '../../src/cli/json-contract';
import { CO, DIVE, FRUG, harborSnapshot, OWN, RIGHT } from '../core/loop-plan/fixture';

const plan = buildLoopPlan(
  harborSnapshot(),
  'harbor',
  [
    { name: 'Alex', principles: [CO, OWN] },
    { name: 'Sam', principles: [RIGHT, FRUG, DIVE] },
  ],
  false,
);

describe('plan --json', () => {
  it('gives ids, paths and numbers, and the days as local dates', () => {
    const json = planJson(plan, { now: new Date(2026, 10, 22, 9), interviewDate: new Date(2026, 10, 30) });
    expect(json.set).toBe('harbor');
    expect([json.planned, json.interviewDate, json.proposed]).toEqual(['2026-11-22', '2026-11-30', false]);
    expect(json.interviewers.map((iv) => iv.name)).toEqual(['Alex', 'Sam']);
    expect(json.interviewers[1].principles.map((p) => p.id)).toEqual([RIGHT, FRUG, DIVE]);
    expect(json.interviewers[0].principles[1].story?.numbers).toEqual(['40%', '$2.5m']);
    expect(json.interviewers[0].principles[0].story?.path).toBe('Stories/Returns desk rewrite.md');
    expect(json.interviewers[1].principles[2].story).toBeNull();
    expect(planJson(plan, { now: new Date(2026, 10, 22, 9), interviewDate: null }).interviewDate).toBeNull();
  });
});
