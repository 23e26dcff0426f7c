// "Drill a principle…": pick a principle by typing part of its name (or its set's name).
import { SuggestModal } from 'obsidian';
import type { App } from 'obsidian';
import type { Principle, PrincipleSet } from '../../core/model';
import { nameKey } from '../../core/text/normalize';
import { findPrinciple } from '../../core/index/find-principle';

export class PrincipleSuggestModal extends SuggestModal<Principle> {
  constructor(
    app: App,
    private readonly principles: Principle[],
    private readonly sets: PrincipleSet[],
    private readonly onPick: (p: Principle) => void,
  ) {
    super(app);
    this.setPlaceholder('Principle to drill');
  }

  private setName(p: Principle): string {
    return this.sets.find((s) => s.id === p.set)?.name ?? p.set;
  }

  getSuggestions(query: string): Principle[] {
    const q = nameKey(query);
    const hits = this.principles.filter((p) => q === '' || nameKey(`${p.name} ${this.setName(p)}`).includes(q) || p.aliases.some((a) => nameKey(a).includes(q)));
    // Nothing matches: the core lookup's did-you-mean (the CLI's `--principle` says the same).
    const found = hits.length ? null : findPrinciple(this.principles, query);
    this.emptyStateText = found && !found.ok ? `${found.message.charAt(0).toUpperCase()}${found.message.slice(1)}.` : 'No principle matches.';
    return hits;
  }

  renderSuggestion(p: Principle, el: HTMLElement): void {
    el.createDiv({ text: p.name });
    if (this.sets.length > 1) el.createEl('small', { cls: 'ip-drill-suggest-set', text: this.setName(p) });
  }

  onChooseSuggestion(p: Principle): void {
    this.onPick(p);
  }
}
