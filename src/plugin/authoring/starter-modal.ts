// "Insert a starter principle set": pick Amazon, Google or Meta; the set note is created at a free
// name in the vault's root (never overwriting) and opened.
import { FuzzySuggestModal, Notice, type TFile } from 'obsidian';
import { STARTER_KEYS, STARTER_SETS, starterSetText } from '../../core/starter/starter-sets';
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
    void this.insert(set);
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
