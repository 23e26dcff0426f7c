// "Tag story with principles": the principles of the story's set(s), grouped and filterable;
// each one checked when mapped, marked when suggested, with a primary/secondary choice.
//
// Saving writes frontmatter `principles` and `secondary-principles` through `vault.process` with a
// surgical edit (core/authoring/frontmatter-edit). Issue 5 names `processFrontMatter`, but that
// re-serializes the whole YAML block (comments, quoting, key order and line endings would change);
// vault.process is an atomic read-modify-write, so only those two keys' lines change.
import { Modal, Notice, type TFile } from 'obsidian';
import { setFrontmatterLists } from '../../core/authoring/frontmatter-edit';
import { choicesToFrontmatter, filterOptions, initialChoices, tagGroups, type Choice, type TagGroup } from '../../core/authoring/tag-choices';
import type { IndexSnapshot, MappingSource, Story } from '../../core/model';
import type { AuthoringHost } from './host';

const SOURCE_HINTS: Partial<Record<MappingSource, string>> = {
  link: 'also linked in the note',
  tag: 'also tagged in the note',
  section: 'from its section',
  heading: 'from its heading',
  label: 'from its label',
};

/** Writes the choices into the note's frontmatter; nothing else in the note changes. */
export async function saveTagChoices(host: AuthoringHost, file: TFile, snapshot: IndexSnapshot, choices: ReadonlyMap<string, Choice>): Promise<void> {
  const fm = choicesToFrontmatter(snapshot, choices, host.settings.principleLinks);
  await host.app.vault.process(file, (text) =>
    setFrontmatterLists(text, [
      { key: 'principles', values: fm.principles },
      { key: 'secondary-principles', values: fm.secondary },
    ]),
  );
}

export class TagStoryModal extends Modal {
  private readonly snapshot: IndexSnapshot;
  private readonly groups: TagGroup[];
  readonly choices: Map<string, Choice>;
  private listEl: HTMLElement | null = null;
  private query = '';

  constructor(
    private readonly host: AuthoringHost,
    private readonly file: TFile,
    private readonly story: Story,
  ) {
    super(host.app);
    this.snapshot = host.index.snapshot();
    this.groups = tagGroups(this.snapshot, story, host.settings.defaultSet);
    this.choices = initialChoices(this.groups);
  }

  onOpen(): void {
    this.setTitle('Tag story with principles');
    const { contentEl } = this;
    contentEl.empty();
    contentEl.addClass('ip-tag-modal');
    contentEl.createEl('p', { text: this.story.title, cls: 'ip-tag-story-title' });
    if (this.groups.length === 0) {
      contentEl.createEl('p', { text: 'No principle sets found. Insert a starter set or tag a note with #principles first.' });
      return;
    }
    const filter = contentEl.createEl('input', { type: 'search', cls: 'ip-tag-filter', attr: { placeholder: 'Filter principles', 'aria-label': 'Filter principles' } });
    filter.addEventListener('input', () => {
      this.query = filter.value;
      this.renderList();
    });
    this.listEl = contentEl.createDiv({ cls: 'ip-tag-list' });
    this.renderList();
    const buttons = contentEl.createDiv({ cls: 'ip-modal-buttons' });
    const save = buttons.createEl('button', { text: 'Save', cls: 'mod-cta' });
    save.addEventListener('click', () => void this.save());
    const cancel = buttons.createEl('button', { text: 'Cancel' });
    cancel.addEventListener('click', () => this.close());
    filter.focus();
  }

  onClose(): void {
    this.contentEl.empty();
  }

  async save(): Promise<void> {
    try {
      await saveTagChoices(this.host, this.file, this.snapshot, this.choices);
      new Notice('Principles saved.');
      this.close();
    } catch (err) {
      new Notice(`Could not save the principles: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  private renderList(): void {
    const list = this.listEl;
    if (!list) return;
    list.empty();
    const groups = filterOptions(this.groups, this.query);
    if (groups.length === 0) list.createEl('p', { text: 'No principle matches.', cls: 'ip-muted' });
    for (const group of groups) {
      list.createDiv({ text: group.set.name, cls: 'ip-tag-set' });
      for (const option of group.options) {
        const id = option.principle.id;
        const row = list.createDiv({ cls: 'ip-tag-row' });
        const label = row.createEl('label', { cls: 'ip-tag-label' });
        const box = label.createEl('input', { type: 'checkbox' });
        box.checked = this.choices.get(id) !== 'none';
        label.createSpan({ text: option.principle.name });
        if (option.suggested) label.createSpan({ text: 'suggested', cls: 'ip-tag-suggested' });
        const hint = option.source ? SOURCE_HINTS[option.source] : undefined;
        if (hint) label.createSpan({ text: hint, cls: 'ip-muted' });
        const role = row.createEl('select', { cls: 'dropdown ip-tag-role', attr: { 'aria-label': `Role of ${option.principle.name}` } });
        role.createEl('option', { text: 'Primary', value: 'primary' });
        role.createEl('option', { text: 'Secondary', value: 'secondary' });
        const current = this.choices.get(id);
        role.value = current === 'secondary' ? 'secondary' : 'primary';
        role.disabled = !box.checked;
        box.addEventListener('change', () => {
          role.disabled = !box.checked;
          this.choices.set(id, box.checked ? (role.value as Choice) : 'none');
        });
        role.addEventListener('change', () => {
          if (box.checked) this.choices.set(id, role.value as Choice);
        });
      }
    }
  }
}
