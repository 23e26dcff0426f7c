// Asks which export format to write: a Markdown note or a CSV file.
import { App, Modal, Setting } from 'obsidian';

export type ExportFormat = 'markdown' | 'csv';

export class ExportFormatModal extends Modal {
  constructor(
    app: App,
    private readonly onChoose: (format: ExportFormat) => void,
  ) {
    super(app);
  }

  onOpen(): void {
    this.setTitle('Export coverage');
    this.contentEl.createEl('p', { text: 'Write the coverage of the current set to a new file. Existing files are never replaced.' });
    new Setting(this.contentEl)
      .addButton((b) =>
        b
          .setButtonText('Markdown note')
          .setCta()
          .onClick(() => this.choose('markdown')),
      )
      .addButton((b) => b.setButtonText('CSV file').onClick(() => this.choose('csv')));
  }

  onClose(): void {
    this.contentEl.empty();
  }

  private choose(format: ExportFormat): void {
    this.close();
    this.onChoose(format);
  }
}
