// "Insert a starter principle set": pick Amazon, Google or Meta; the set note is created at a free
// name in the vault's root (never overwriting) and opened. A set the vault already has is added
// only after a confirm; otherwise a notice says why nothing was written.
import { FuzzySuggestModal, Notice, type TFile } from 'obsidian';
import { existingStarterSet, STARTER_KEYS, STARTER_SETS, starterSetText } from '../../core/starter/starter-sets';
import { ConfirmModal } from './confirm-modal';
import type { StarterSet } from '../../core/starter/types';
import type { AuthoringHost } from './host';
import { createFreshNote } from './vault-writes';

export async function insertStarterSet(host: AuthoringHost, set: StarterSet): Promise<TFile> {
  return createFreshNote(host.app, set.title, starterSetText(set, host.settings.setTag));
}

export class StarterSetModal extends FuzzySuggestModal<StarterSet> {
  /** Set ids the vault has already: a second copy would only duplicate them. */
  private readonly existing: Set<string>;

  constructor(private readonly host: AuthoringHost) {
    super(host.app);
    this.setPlaceholder('Choose a starter principle set');
    this.existing = new Set(host.index.snapshot().sets.map((s) => s.id));
  }

  getItems(): StarterSet[] {
    return STARTER_KEYS.map((k) => STARTER_SETS[k]);
  }

  getItemText(set: StarterSet): string {
    const note = this.existing.has(set.key) ? ', you already have a set with this name' : '';
    return `${set.title} (${set.principles.length} principles${note})`;
  }

  onChooseItem(set: StarterSet): void {
    const have = existingStarterSet(this.host.index.snapshot().sets, set);
    if (!have) {
      void this.insert(set);
      return;
    }
    // A second copy would merge two versions of the same principles into one set: only on request.
    new ConfirmModal(this.host.app, {
      title: 'Add a second copy?',
      message: `You already have the set “${have.name}” in “${have.path}”. A second copy adds its principles to that set next to yours; your note keeps the set.`,
      confirm: 'Add a second copy',
      onConfirm: () => this.insert(set),
      onCancel: () => {
        new Notice(`Not added: you already have the set “${have.name}” (${have.path}).`);
      },
    }).open();
  }

  private async insert(set: StarterSet): Promise<void> {
    try {
      const file = await insertStarterSet(this.host, set);
      new Notice(`Created "${file.path}".`);
      await this.host.app.workspace.getLeaf(false).openFile(file);
    } catch (err) {
      new Notice(`Could not create the set: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}
