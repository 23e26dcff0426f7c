// "Tag story with principles": the principles of the story's set(s), grouped and filterable;
// each one checked when mapped, marked when suggested, with a primary/secondary choice.
//
// Saving changes only what the user changed: the choices become a diff (add these principles,
// remove those) applied item by item to `principles` and `secondary-principles` inside
// `vault.process` (core/authoring/tag-edit), so entries the modal does not know stay as written.
// The edit is checked with Obsidian's own YAML parser; when it cannot be made in place, the user
// is asked before the frontmatter is rewritten whole by `processFrontMatter` (which loses its
// comments and formatting). A Save with no change writes nothing.
import { Modal, Notice, parseYaml, type TFile } from 'obsidian';
import { choicesToDiff, filterOptions, initialChoices, tagGroups, type Choice, type TagGroup } from '../../core/authoring/tag-choices';
import { editPrincipleKeys, type TagOutcome } from '../../core/authoring/tag-edit';
import type { IndexSnapshot, MappingSource, PrincipleRef, Story } from '../../core/model';
import { ConfirmModal } from './confirm-modal';
import type { AuthoringHost } from './host';

const SOURCE_HINTS: Partial<Record<MappingSource, string>> = {
  link: 'also linked in the note',
  tag: 'also tagged in the note',
  section: 'from its section',
  heading: 'from its heading',
  label: 'from its label',
};

/**
 * Writes what changed in the choices into the note's frontmatter; nothing else in the note
 * changes. Returns what happened; an `unsafe` outcome wrote nothing (see rewriteFrontmatter).
 */
export async function saveTagChoices(
  host: AuthoringHost,
  file: TFile,
  snapshot: IndexSnapshot,
  choices: ReadonlyMap<string, Choice>,
  current: readonly PrincipleRef[] = snapshot.stories.find((s) => s.path === file.path && s.kind === 'note')?.principles ?? [],
): Promise<TagOutcome> {
  const diffs = choicesToDiff(snapshot, current, choices, host.settings.principleLinks);
  if (diffs.every((d) => d.add.length === 0 && d.remove.length === 0)) return { kind: 'unchanged' };
  let outcome: TagOutcome = { kind: 'unchanged' };
  await host.app.vault.process(file, (text) => {
    outcome = editPrincipleKeys(text, diffs, parseYaml);
    return outcome.kind === 'edited' ? outcome.text : text;
  });
  return outcome;
}

/** The fallback: Obsidian re-serializes the whole block with the intended values. */
export async function rewriteFrontmatter(host: AuthoringHost, file: TFile, intended: ReadonlyMap<string, unknown>): Promise<void> {
  await host.app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
    for (const [key, value] of intended) {
      if (value === undefined) delete fm[key];
      else fm[key] = value;
    }
  });
}

/** Tells the user what happened, asking before the fallback rewrite. */
export function reportTagOutcome(host: AuthoringHost, file: TFile, outcome: TagOutcome): void {
  if (outcome.kind === 'unchanged') new Notice('No change to save.');
  else if (outcome.kind === 'edited') new Notice('Principles saved.');
  else if (outcome.kind === 'refused') new Notice(`Principles not saved: ${outcome.reason}.`);
  else {
    new ConfirmModal(host.app, {
      title: 'Rewrite the frontmatter?',
      message: `The principles cannot be changed in place: ${outcome.reason}. Obsidian can rewrite the whole frontmatter block instead, which removes its comments and may change its formatting.`,
      confirm: 'Rewrite frontmatter',
      onConfirm: async () => {
        try {
          await rewriteFrontmatter(host, file, outcome.intended);
          new Notice('Principles saved.');
        } catch (err) {
          new Notice(`Could not save the principles: ${err instanceof Error ? err.message : String(err)}`);
        }
      },
    }).open();
  }
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
      const outcome = await saveTagChoices(this.host, this.file, this.snapshot, this.choices, this.story.principles);
      this.close();
      reportTagOutcome(this.host, this.file, outcome);
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
