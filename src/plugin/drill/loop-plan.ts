// "Plan my loop": asks for the interviewers and their principles (one a line), or proposes them
// from the weakest principles, then writes the plan as a new note beside the drill log (a free
// name: never overwrites, so it can be re-run) and opens it. The plan itself is built in core.
import { Modal, Notice, normalizePath, TFile } from 'obsidian';
import { parseInterviewDate } from '../../core/drill/interview-date';
import { buildLoopPlan, parseInterviewers, proposeLoopPlan, type LoopPlan } from '../../core/loop-plan/build';
import { loopPlanMarkdown } from '../../core/loop-plan/render';
import type { PrincipleSet } from '../../core/model';
import { freeName } from '../../core/paths/free-name';
import { coverageSettingsOf } from '../settings';
import { clockOf, type DrillHost } from './host';
import { loadDrillData, reportMalformed } from './load';
import { ensureFolder } from './log-store';
import { drillSet } from './start';

/** Writes the plan note at a free name beside the drill log; checks it reads back as written. */
export async function writeLoopPlan(host: DrillHost, plan: LoopPlan): Promise<TFile> {
  const { app } = host;
  const logPath = normalizePath(host.settings.drillLogPath);
  const folder = logPath.includes('/') ? logPath.slice(0, logPath.lastIndexOf('/')) : '';
  const taken = new Set(app.vault.getAllLoadedFiles().map((f) => f.path.toLowerCase()));
  const base = `${folder ? `${folder}/` : ''}Loop plan ${plan.set.name.replace(/[\\/:*?"<>|#^[\]]/g, ' ').trim() || plan.set.id}`;
  const path = freeName(base, 'md', (p) => taken.has(p.toLowerCase()));
  const now = clockOf(host)();
  const text = loopPlanMarkdown(plan, { now, interviewDate: parseInterviewDate(host.settings.interviewDates[plan.set.id]) });
  await ensureFolder(app, folder);
  const file = await app.vault.create(path, text);
  if ((await app.vault.read(file)) !== text) throw new Error(`${path} did not read back as written`);
  return file;
}

export class LoopPlanModal extends Modal {
  constructor(
    private readonly host: DrillHost,
    private readonly set: PrincipleSet,
    /** Gets the plan written; resolves once the note is open. */
    private readonly done: (text: string | null) => Promise<string | null>,
  ) {
    super(host.app);
  }

  onOpen(): void {
    const { contentEl } = this;
    this.modalEl.addClass('ip-loop-plan-modal');
    this.setTitle(`Plan my loop: ${this.set.name}`);
    contentEl.createEl('p', { text: 'One interviewer a line: a name, a colon, then the principles they will ask about.' });
    const names = this.host.index.snapshot().principles.filter((p) => p.set === this.set.id).map((p) => p.name);
    const example = names.length >= 3 ? `Alex: ${names[0]}, ${names[1]}\nSam: ${names[2]}` : 'Alex: Ownership, Dive Deep';
    const area = contentEl.createEl('textarea', { cls: 'ip-loop-plan-input', attr: { rows: '5', placeholder: example, 'aria-label': 'Interviewers and principles' } });
    const problem = contentEl.createDiv({ cls: 'ip-loop-plan-problem' });
    const buttons = contentEl.createDiv({ cls: 'ip-modal-buttons' });
    const propose = buttons.createEl('button', { text: "I don't know: propose a plan" });
    const write = buttons.createEl('button', { text: 'Write plan', cls: 'mod-cta' });
    const go = async (text: string | null): Promise<void> => {
      const error = await this.done(text);
      if (error) problem.setText(error);
      else this.close();
    };
    write.addEventListener('click', () => void go(area.value));
    propose.addEventListener('click', () => void go(null));
    area.focus();
  }

  onClose(): void {
    this.contentEl.empty();
  }
}

/** The command: returns the modal (tests drive it), or null when there is nothing to plan. */
export function startLoopPlan(host: DrillHost): LoopPlanModal | null {
  if (!host.index.isReady) {
    new Notice('The index is still being built. Try again in a moment.');
    return null;
  }
  const set = drillSet(host);
  if (!set) {
    new Notice(`No principle set found. Tag a note with #${host.settings.setTag} first.`);
    return null;
  }
  const modal = new LoopPlanModal(host, set, async (text) => {
    const { ctx, log } = await loadDrillData(host);
    const options = { coverage: coverageSettingsOf(host.settings) };
    let plan: LoopPlan;
    if (text === null || text.trim() === '') {
      reportMalformed(log, host.settings.drillLogPath);
      plan = proposeLoopPlan(ctx, set.id, host.settings.mockInterviewers, options);
    } else {
      const parsed = parseInterviewers(text, ctx.snapshot, set.id);
      if (parsed.unknown.length > 0) return `Not a principle of ${set.name}: ${parsed.unknown.map((u) => `"${u.name}" (line ${u.line})`).join(', ')}.`;
      plan = buildLoopPlan(ctx.snapshot, set.id, parsed.interviewers, false, options);
    }
    if (plan.interviewers.length === 0) return 'No principles to plan for.';
    try {
      const file = await writeLoopPlan(host, plan);
      new Notice(`Loop plan written to ${file.path}.`);
      await host.app.workspace.getLeaf('tab').openFile(file);
      return null;
    } catch (err) {
      return `Could not write the plan: ${err instanceof Error ? err.message : String(err)}`;
    }
  });
  modal.open();
  return modal;
}
