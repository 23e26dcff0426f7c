// The coverage dashboard tab. Re-renders only when the index revision (or its own state) moved
// and the tab is actually shown; otherwise it remembers to catch up when it is shown again.
import { ItemView } from 'obsidian';
import type { WorkspaceLeaf, ViewStateResult } from 'obsidian';
import type { DashboardHost } from '../host';
import { findSet, pickSet } from '../../../core/coverage/pick-set';
import { buildDashboardModel, modelSettingsOf, SORT_KEYS, type DashboardModel, type SortKey } from './model';
import { renderDashboard } from './render';
import { openNoteAt } from '../../navigate';
import { DashboardDrillCache } from '../../drill/dashboard-panel';
import { openNewStoryModal } from '../../authoring/new-story-modal';
import { readAsActions } from './read-as-actions';

export const DASHBOARD_VIEW_TYPE = 'interview-prep-dashboard';

/** 40 rows at once, then 40 per task: a few hundred stories never hold the main thread for long. */
const ROW_BATCHING = { first: 40, size: 40, later: (work: () => void) => void window.setTimeout(work, 0) };

export class DashboardView extends ItemView {
  private setId = '';
  private sort: SortKey = 'title';
  /** Revision and state drawn last; null forces a draw. */
  private drawnKey: string | null = null;
  /** The model drawn last (read by tests). */
  lastModel: DashboardModel | null = null;
  private drill: DashboardDrillCache | null = null;

  constructor(
    leaf: WorkspaceLeaf,
    private readonly plugin: DashboardHost,
  ) {
    super(leaf);
    this.navigation = false;
  }

  getViewType(): string {
    return DASHBOARD_VIEW_TYPE;
  }

  getDisplayText(): string {
    return 'Interview coverage';
  }

  getIcon(): string {
    return 'layout-grid';
  }

  getState(): Record<string, unknown> {
    return { set: this.setId, sort: this.sort };
  }

  async setState(state: unknown, result: ViewStateResult): Promise<void> {
    const s = (state ?? {}) as { set?: unknown; sort?: unknown };
    if (typeof s.set === 'string') this.setId = s.set;
    if (typeof s.sort === 'string' && (SORT_KEYS as readonly string[]).includes(s.sort)) this.sort = s.sort as SortKey;
    this.drawnKey = null;
    this.refresh();
    await super.setState(state, result);
  }

  async onOpen(): Promise<void> {
    this.contentEl.addClass('ip-view');
    this.registerEvent(this.plugin.index.onRefresh(() => this.refresh()));
    // Catch up when the tab comes back into view.
    this.registerEvent(this.app.workspace.on('active-leaf-change', () => this.refresh()));
    this.registerEvent(this.app.workspace.on('layout-change', () => this.refresh()));
    this.refresh();
  }

  async onClose(): Promise<void> {
    this.contentEl.empty();
  }

  /** The set shown: the tab's own choice, else the default set, else the largest (core pickSet). */
  currentSetId(): string | null {
    if (!this.plugin.index.isReady) return null;
    return pickSet(this.plugin.index.snapshot(), this.setId, this.plugin.settings.defaultSet)?.id ?? null;
  }

  /** Draws when something moved and the tab is visible. Returns whether it drew. */
  refresh(force = false): boolean {
    const key = `${this.plugin.index.revision}|${this.plugin.index.isReady}|${this.setId}|${this.sort}|${this.plugin.settings.defaultSet}|${this.plugin.settings.dismissedReadings.length}`;
    if (!force && key === this.drawnKey) return false;
    if (!this.containerEl.isShown()) return false;
    this.drawnKey = key;
    this.draw();
    return true;
  }

  private draw(): void {
    const index = this.plugin.index;
    const snapshot = index.isReady ? index.snapshot() : null;
    const sets = snapshot?.sets ?? [];
    const set = snapshot ? pickSet(snapshot, this.setId, this.plugin.settings.defaultSet) : null;
    const model = buildDashboardModel({
      snapshot,
      ready: index.isReady,
      set,
      sort: this.sort,
      ...modelSettingsOf(this.plugin.settings),
    });
    this.lastModel = model;
    this.drill ??= new DashboardDrillCache(this.plugin, () => this.contentEl);
    renderDashboard(this.contentEl, model, {
      open: (path, line) => void openNoteAt(this.app, path, line),
      selectSet: (id) => {
        this.setId = findSet(sets, id)?.id ?? id;
        this.plugin.currentSet.set(this.setId);
        this.app.workspace.requestSaveLayout();
        this.refresh();
      },
      sort: (key) => {
        this.sort = key;
        this.app.workspace.requestSaveLayout();
        this.refresh();
      },
    }, {
      drill: snapshot ? this.drill.decor() : undefined,
      newStory: (id) => void openNewStoryModal(this.plugin, id),
      rowBatching: ROW_BATCHING,
      readAs: readAsActions(this.plugin),
    });
  }
}
