// The "Read as" panel: the set's questions and stories whose best reading is a principle they are
// not mapped to, grouped by that principle, each with Accept and Dismiss (see read-as-actions.ts).
import type { DashboardModel } from './model';
import { noteLink } from './links';
import type { ReadAsActions } from './read-as-actions';
import type { ReadAsItem } from '../../../core/reading/read-as-list';

function label(entry: ReadAsItem): string {
  return entry.kind === 'question' ? entry.item.text : entry.item.title;
}

function shorten(text: string, max = 90): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function kindText(entry: ReadAsItem): string {
  if (entry.kind === 'question') return 'Question';
  return entry.item.kind === 'note' ? 'Story' : 'Inline story';
}

export function renderReadAs(parent: HTMLElement, model: DashboardModel, actions: ReadAsActions): void {
  const groups = model.readAs;
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  const panel = parent.createDiv({ cls: 'ip-panel ip-read-as' });
  panel.createEl('h4', { text: total ? `Read as (${total})` : 'Read as' });
  if (total === 0) {
    panel.createDiv({ cls: 'ip-empty', text: 'Every question and story reads as a principle it is mapped to.' });
    return;
  }
  panel.createDiv({ cls: 'ip-muted', text: 'These read as a principle they are not mapped to. Accept maps them; Dismiss hides the suggestion.' });
  for (const g of groups) {
    const group = panel.createDiv({ cls: 'ip-read-as-group' });
    const head = group.createDiv({ cls: 'ip-read-as-principle' });
    noteLink(head, g.principle.name, g.principle.path, g.principle.line);
    head.createSpan({ cls: 'ip-muted', text: ` ${g.items.length}` });
    const list = group.createEl('ul');
    for (const entry of g.items) {
      const li = list.createEl('li', { cls: 'ip-read-as-item', attr: { 'data-ip-item': entry.item.id } });
      li.createSpan({ cls: 'ip-read-as-kind', text: `${kindText(entry)}: ` });
      noteLink(li, shorten(label(entry)), entry.item.path, entry.item.line, `${label(entry)} (${entry.item.path}, line ${entry.item.line})`);
      li.createSpan({ cls: 'ip-muted', text: ` ${Math.round(entry.score * 100)}%` });
      const buttons = li.createSpan({ cls: 'ip-read-as-actions' });
      const accept = buttons.createEl('button', { text: 'Accept', cls: 'ip-read-as-accept', attr: { 'aria-label': `Map to ${g.principle.name}` } });
      accept.addEventListener('click', () => {
        accept.disabled = true;
        actions.accept(entry, g.principle);
      });
      const dismiss = buttons.createEl('button', { text: 'Dismiss', cls: 'ip-read-as-dismiss', attr: { 'aria-label': `Not ${g.principle.name}` } });
      dismiss.addEventListener('click', () => {
        dismiss.disabled = true;
        actions.dismiss(entry, g.principle);
      });
    }
  }
}
