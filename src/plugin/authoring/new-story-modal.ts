// "New STAR story": a title and an optional principle (prefilled when opened from a gap in the
// dashboard); creates the note from the template in the story folder and opens it.
import { Modal, Notice, type TFile } from 'obsidian';
import { joinPath, noteNameFrom } from '../../core/authoring/file-name';
import { principleValues } from '../../core/authoring/principle-values';
import { storyNoteText } from '../../core/authoring/story-template';
import type { AuthoringHost } from './host';
import { createFreshNote } from './vault-writes';

/** Creates the story note (never overwriting) and returns it. `now` is the injected clock. */
export async function createStoryNote(host: AuthoringHost, title: string, principleId: string | null, now: Date): Promise<TFile> {
  const snapshot = host.index.snapshot();
  const principles = principleId ? principleValues(snapshot, [principleId], host.settings.principleLinks) : [];
  const text = storyNoteText({ title: title.trim(), storyTag: host.settings.storyTag, principles, now });
  return createFreshNote(host.app, joinPath(host.settings.newStoryFolder, noteNameFrom(title)), text);
}

export class NewStoryModal extends Modal {
  title = '';
  principleId: string;

  constructor(
    private readonly host: AuthoringHost,
    principleId: string | null = null,
    private readonly clock: () => Date = () => new Date(),
  ) {
    super(host.app);
    this.principleId = principleId ?? '';
  }

  onOpen(): void {
    this.setTitle('New story');
    const { contentEl } = this;
    contentEl.empty();
    contentEl.addClass('ip-new-story-modal');
    const titleInput = contentEl.createEl('input', { type: 'text', cls: 'ip-new-story-title', attr: { placeholder: 'Story title', 'aria-label': 'Story title' } });
    titleInput.addEventListener('input', () => (this.title = titleInput.value));
    titleInput.addEventListener('keydown', (evt) => {
      if (evt.key === 'Enter') void this.submit();
    });

    const select = contentEl.createEl('select', { cls: 'dropdown ip-new-story-principle', attr: { 'aria-label': 'Principle' } });
    select.createEl('option', { text: 'No principle yet', value: '' });
    const snapshot = this.host.index.snapshot();
    for (const set of snapshot.sets) {
      const group = select.createEl('optgroup', { attr: { label: set.name } });
      for (const p of snapshot.principles) if (p.set === set.id) group.createEl('option', { text: p.name, value: p.id });
    }
    select.value = this.principleId;
    select.addEventListener('change', () => (this.principleId = select.value));

    const buttons = contentEl.createDiv({ cls: 'ip-modal-buttons' });
    const create = buttons.createEl('button', { text: 'Create', cls: 'mod-cta' });
    create.addEventListener('click', () => void this.submit());
    titleInput.focus();
  }

  onClose(): void {
    this.contentEl.empty();
  }

  async submit(): Promise<TFile | null> {
    if (this.title.trim() === '') {
      new Notice('Give the story a title.');
      return null;
    }
    try {
      const file = await createStoryNote(this.host, this.title, this.principleId || null, this.clock());
      this.close();
      await this.host.app.workspace.getLeaf(false).openFile(file);
      return file;
    } catch (err) {
      new Notice(`Could not create the story: ${err instanceof Error ? err.message : String(err)}`);
      return null;
    }
  }
}

/** Opens the new-story prompt; the dashboard passes the principle of a gap row. */
export function openNewStoryModal(host: AuthoringHost, principleId?: string): NewStoryModal {
  const modal = new NewStoryModal(host, principleId ?? null);
  modal.open();
  return modal;
}
