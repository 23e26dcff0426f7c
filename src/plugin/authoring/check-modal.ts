// "Check this story": words and spoken time per part, Action's share, numbers in Result,
// "I" against "we", missing parts, and the principles this story is the only one for.
import { Modal } from 'obsidian';
import { checkStory, type StoryCheck } from '../../core/authoring/story-check';
import type { Story } from '../../core/model';
import { duration, times } from '../../core/coverage/phrases';
import type { AuthoringHost } from './host';

export function renderStoryCheck(el: HTMLElement, check: StoryCheck): void {
  el.empty();
  el.createEl('h3', { text: check.story.title, cls: 'ip-check-title' });
  const table = el.createEl('table', { cls: 'ip-check-parts' });
  const head = table.createEl('thead').createEl('tr');
  for (const h of ['Part', 'Words', 'Spoken']) head.createEl('th', { text: h });
  const body = table.createEl('tbody');
  for (const p of check.parts) {
    const tr = body.createEl('tr');
    tr.createEl('td', { text: p.name });
    tr.createEl('td', { text: String(p.words) });
    tr.createEl('td', { text: duration(p.seconds) });
  }
  const total = body.createEl('tr', { cls: 'ip-check-total' });
  total.createEl('td', { text: 'Total' });
  total.createEl('td', { text: String(check.words) });
  total.createEl('td', { text: duration(check.seconds) });

  const facts = el.createEl('ul', { cls: 'ip-check-facts' });
  facts.createEl('li', { text: `Action share: ${Math.round(check.actionShare * 100)}% of the words.` });
  facts.createEl('li', {
    text: check.resultNumbers.length > 0 ? `Numbers in the result: ${check.resultNumbers.join(', ')}.` : 'Numbers in the result: none.',
  });
  facts.createEl('li', { text: `In the action: "I/me/my" ${times(check.actionI)}, "we/us/our" ${times(check.actionWe)}.` });
  facts.createEl('li', { text: check.missing.length > 0 ? `Missing parts: ${check.missing.map((m) => m.name).join(', ')}.` : 'Missing parts: none.' });
  facts.createEl('li', {
    text:
      check.onlyStoryFor.length > 0
        ? `Only story for: ${check.onlyStoryFor.map((p) => `${p.name} (${p.set})`).join(', ')}.`
        : 'Only story for: no principle.',
  });
  if (check.issues.length > 0) {
    el.createDiv({ text: 'To improve', cls: 'ip-check-issues-title' });
    const issues = el.createEl('ul', { cls: 'ip-check-issues' });
    for (const issue of check.issues) issues.createEl('li', { text: issue.message, cls: `ip-issue-${issue.code}` });
  } else {
    el.createEl('p', { text: 'Ready to tell.', cls: 'ip-check-ok' });
  }
}

export class StoryCheckModal extends Modal {
  constructor(
    private readonly host: AuthoringHost,
    private readonly story: Story,
  ) {
    super(host.app);
  }

  onOpen(): void {
    this.setTitle('Check this story');
    this.contentEl.addClass('ip-check-modal');
    renderStoryCheck(this.contentEl, checkStory(this.host.index.snapshot(), this.story, this.host.settings));
  }

  onClose(): void {
    this.contentEl.empty();
  }
}
