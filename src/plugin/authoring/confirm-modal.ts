// A small yes/no modal.
import { Modal, type App } from 'obsidian';

export interface ConfirmOptions {
  title: string;
  message: string;
  /** Lines shown under the message as written (e.g. the text an edit will move). */
  details?: readonly string[];
  confirm: string;
  onConfirm: () => Promise<void> | void;
}

export class ConfirmModal extends Modal {
  constructor(
    app: App,
    private readonly options: ConfirmOptions,
  ) {
    super(app);
  }

  onOpen(): void {
    this.setTitle(this.options.title);
    this.contentEl.empty();
    this.contentEl.createEl('p', { text: this.options.message });
    if (this.options.details && this.options.details.length > 0) {
      const list = this.contentEl.createEl('ul', { cls: 'ip-confirm-details' });
      for (const line of this.options.details) list.createEl('li', { text: line });
    }
    const buttons = this.contentEl.createDiv({ cls: 'ip-modal-buttons' });
    const yes = buttons.createEl('button', { text: this.options.confirm, cls: 'mod-cta' });
    yes.addEventListener('click', () => void this.accept());
    const no = buttons.createEl('button', { text: 'Cancel' });
    no.addEventListener('click', () => this.close());
  }

  async accept(): Promise<void> {
    this.close();
    await this.options.onConfirm();
  }

  onClose(): void {
    this.contentEl.empty();
  }
}
