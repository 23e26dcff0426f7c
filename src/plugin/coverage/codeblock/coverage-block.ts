// The ```interview-prep``` code block: the dashboard, or parts of it, inside any note. Lives as a
// MarkdownRenderChild so it follows the index while the note is shown and stops when it is not.
import { MarkdownRenderChild } from 'obsidian';
import type { Plugin } from 'obsidian';
import type { CoverageHost } from '../host';
import { findSet, pickSet } from '../../../core/coverage/pick-set';
import { buildDashboardModel, modelSettingsOf, type SortKey } from '../dashboard/model';
import { renderDashboard } from '../dashboard/render';
import { openNoteAt } from '../../navigate';
import { parseBlockOptions, type BlockOptions } from './options';

export const CODE_BLOCK_LANGUAGE = 'interview-prep';

export class CoverageBlock extends MarkdownRenderChild {
  private sort: SortKey = 'title';
  private chosenSet: string | null = null;
  private drawnKey: string | null = null;

  constructor(
    containerEl: HTMLElement,
    private readonly plugin: CoverageHost,
    private readonly source: string,
  ) {
    super(containerEl);
  }

  onload(): void {
    this.containerEl.addClass('ip-block');
    const parsed = parseBlockOptions(this.source);
    if (!parsed.ok) {
      this.showError(parsed.error);
      return;
    }
    const options = parsed.options;
    this.registerEvent(this.plugin.index.onRefresh(() => this.draw(options)));
    // A note in a background tab catches up when it is shown again.
    this.registerEvent(this.plugin.app.workspace.on('active-leaf-change', () => this.draw(options)));
    this.registerEvent(this.plugin.app.workspace.on('layout-change', () => this.draw(options)));
    this.draw(options, true);
  }

  private showError(message: string): void {
    this.containerEl.empty();
    const box = this.containerEl.createDiv({ cls: 'ip-block-error' });
    box.createDiv({ cls: 'ip-block-error-title', text: 'Interview prep block' });
    box.createDiv({ text: message });
  }

  private draw(options: BlockOptions, force = false): void {
    const index = this.plugin.index;
    const key = `${index.revision}|${index.isReady}|${this.sort}|${this.chosenSet}`;
    if (!force && key === this.drawnKey) return;
    // Not attached or in a hidden tab: draw later, when shown (the first draw always happens).
    if (!force && !this.containerEl.isShown()) return;
    this.drawnKey = key;
    const snapshot = index.isReady ? index.snapshot() : null;
    const sets = snapshot?.sets ?? [];
    let set = null;
    if (snapshot && options.set !== null) {
      set = findSet(sets, options.set);
      if (!set) {
        const known = sets.map((s) => s.name).join(', ') || 'none yet';
        this.showError(`No principle set named "${options.set}". Known sets: ${known}.`);
        return;
      }
    } else set = snapshot ? pickSet(snapshot, this.chosenSet, this.plugin.currentSet.id, this.plugin.settings.defaultSet) : null;
    const model = buildDashboardModel({
      snapshot,
      ready: index.isReady,
      set,
      sort: this.sort,
      ...modelSettingsOf(this.plugin.settings),
    });
    renderDashboard(
      this.containerEl,
      model,
      {
        open: (path, line) => void openNoteAt(this.plugin.app, path, line),
        selectSet: (id) => {
          this.chosenSet = id;
          this.draw(options);
        },
        sort: (sortKey) => {
          this.sort = sortKey;
          this.draw(options);
        },
      },
      { sections: options.sections, showSelector: options.set === null },
    );
  }
}

export function registerCoverageBlock(plugin: Plugin & CoverageHost): void {
  plugin.registerMarkdownCodeBlockProcessor(CODE_BLOCK_LANGUAGE, (source, el, ctx) => {
    ctx.addChild(new CoverageBlock(el, plugin, source));
  });
}
