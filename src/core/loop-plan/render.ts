// The loop plan as a note (markdown, every story linked) and as terminal text. The plugin writes
// the note, the CLI prints the text (or its JSON, src/cli/json-contract.ts): the same plan either way.
import { formatDay } from '../local-date';
import { countdownText } from '../drill/interview-date';
import type { LoopPlan, PlannedStory, PlanSlot } from './build';

export interface PlanRenderContext {
  now: Date;
  /** The set's interview date, when one is set. */
  interviewDate: Date | null;
}

/** `[[Stories/Pager rollout|Pager rollout]]`: the path without `.md`, the title as shown text. */
export function storyLink(s: Pick<PlannedStory, 'path' | 'title'>): string {
  const target = s.path.replace(/\.md$/i, '').replace(/[[\]|#^]/g, ' ');
  const shown = s.title.replace(/[[\]|]/g, ' ').replace(/\s+/g, ' ').trim();
  return `[[${target}|${shown || target}]]`;
}

/** Who tells a story as their main one: story id → "Alex, Customer Obsession". */
function mainTellers(plan: LoopPlan): Map<string, string> {
  const out = new Map<string, string>();
  for (const iv of plan.interviewers) for (const s of iv.slots) if (s.story) out.set(s.story.id, `${iv.name}, ${s.principle.name}`);
  return out;
}

function intro(plan: LoopPlan, ctx: PlanRenderContext): string[] {
  const lines = [`Planned ${formatDay(ctx.now)}${ctx.interviewDate ? ` · ${countdownText(ctx.interviewDate, ctx.now)} (${formatDay(ctx.interviewDate)})` : ''}.`];
  lines.push(plan.proposed ? 'Interviewers proposed from your weakest principles.' : 'Interviewers and principles as you gave them.');
  lines.push('Each story is planned once; the backup is for a follow-up or a second question.');
  return lines;
}

function slotLines(slot: PlanSlot, tellers: Map<string, string>, link: (s: PlannedStory) => string): string[] {
  const lines: string[] = [];
  const numbers = (s: PlannedStory): string => (s.numbers.length > 0 ? s.numbers.join(', ') : 'none in the Result: add one');
  if (slot.story) {
    lines.push(`Story: ${link(slot.story)}`, `Key numbers: ${numbers(slot.story)}`);
  } else {
    lines.push(slot.backup ? 'Story: none left (every story of this principle is planned elsewhere)' : 'Story: none yet: write one for this principle');
  }
  if (slot.backup) {
    const also = slot.backupShared ? ` (also planned for ${tellers.get(slot.backup.id) ?? 'another interviewer'})` : '';
    lines.push(`Backup: ${link(slot.backup)}${also}`);
    if (!slot.story) lines.push(`Key numbers: ${numbers(slot.backup)}`);
  } else if (slot.story) {
    lines.push('Backup: none');
  }
  if (slot.cue) lines.push(`Cue: ${slot.cue}`);
  return lines;
}

/** The note the plugin writes. */
export function loopPlanMarkdown(plan: LoopPlan, ctx: PlanRenderContext): string {
  const tellers = mainTellers(plan);
  const out = [`# Loop plan: ${plan.set.name}`, '', ...intro(plan, ctx).map((l) => l), ''];
  for (const iv of plan.interviewers) {
    out.push(`## ${iv.name}`, '');
    for (const slot of iv.slots) {
      out.push(`### ${slot.principle.name}`, '');
      for (const l of slotLines(slot, tellers, storyLink)) {
        const colon = l.indexOf(': ');
        out.push(`- **${l.slice(0, colon)}:** ${l.slice(colon + 2)}`);
      }
      out.push('');
    }
  }
  if (plan.interviewers.length === 0) out.push('No interviewers: nothing to plan.', '');
  return out.join('\n');
}

/** What `obsidian-interview-prep plan` prints. */
export function loopPlanText(plan: LoopPlan, ctx: PlanRenderContext): string {
  const tellers = mainTellers(plan);
  const link = (s: PlannedStory): string => `${s.title} (${s.path}:${s.line})`;
  const out = [`Loop plan: ${plan.set.name}`, ...intro(plan, ctx), ''];
  for (const iv of plan.interviewers) {
    out.push(iv.name);
    for (const slot of iv.slots) {
      out.push(`  ${slot.principle.name}`);
      for (const l of slotLines(slot, tellers, link)) out.push(`    ${l}`);
    }
    out.push('');
  }
  if (plan.interviewers.length === 0) out.push('No interviewers: nothing to plan.', '');
  return out.join('\n');
}
