// The "Coverage matrix" Bases view (Obsidian 1.10+): the dashboard's matrix for the stories among a
// Base's entries, for the principle set chosen in the view's options, in the Base's order. On an
// older Obsidian it is quietly not registered (checked at runtime; minAppVersion stays 1.7.2).
import { BasesView, requireApiVersion } from 'obsidian';
import type { BasesAllOptions, QueryController } from 'obsidian';
import type { Plugin } from 'obsidian';
import type { CoverageHost } from '../coverage/host';
import { renderDashboard } from '../coverage/dashboard/render';
import { openNoteAt } from '../navigate';
import { modelSettingsOf } from '../coverage/dashboard/model';
import { buildBaseModel } from './base-model';

export const BASES_VIEW_ID = 'interview-prep-coverage';
/** The view option holding the chosen set's id. */
export const SET_OPTION = 'set';

/** The view's options: the principle set, from the sets the index knows. */
function viewOptions(plugin: CoverageHost): BasesAllOptions[] {
  const sets = plugin.index.isReady ? plugin.index.snapshot().sets : [];
  return [
    {
      type: 'dropdown',
      key: SET_OPTION,
      displayName: 'Principle set',
      default: plugin.settings.defaultSet || sets[0]?.id || '',
      options: Object.fromEntries(sets.map((s) => [s.id, s.name])),
    },
  ];
}

/** Draws the matrix of the Base's stories into `el`. */
function drawBase(plugin: CoverageHost, el: HTMLElement, entryPaths: string[], chosenSet: unknown): void {
  const index = plugin.index;
  const model = buildBaseModel({
    snapshot: index.isReady ? index.snapshot() : null,
    ready: index.isReady,
    entryPaths,
    setPreferences: [typeof chosenSet === 'string' ? chosenSet : null, plugin.settings.defaultSet],
    ...modelSettingsOf(plugin.settings),
  });
  el.addClass('ip-bases-view');
  const root = renderDashboard(
    el,
    model,
    { open: (path, line) => void openNoteAt(plugin.app, path, line), selectSet: () => undefined, sort: () => undefined },
    { sections: ['matrix'], sortBar: false },
  );
  if (model.state === 'ready' && model.rows.length === 0) {
    root.empty();
    root.createDiv({ cls: 'ip-empty', text: 'None of the notes in this base is a story. Filter the base to your story notes.' });
  }
}

/**
 * Registers the view where Obsidian has Bases views (1.10+); returns whether it did. The class is
 * made only then: extending BasesView where it does not exist would throw while loading.
 */
export function registerCoverageBasesView(plugin: Plugin & CoverageHost): boolean {
  const host = plugin as Partial<Pick<Plugin, 'registerBasesView'>>;
  if (requireApiVersion('1.10.0') && typeof BasesView === 'function' && typeof host.registerBasesView === 'function') {
    class CoverageBasesView extends BasesView {
      readonly type = BASES_VIEW_ID;

      constructor(
        controller: QueryController,
        private readonly hostEl: HTMLElement,
      ) {
        super(controller);
      }

      onload(): void {
        this.registerEvent(plugin.index.onRefresh(() => this.onDataUpdated()));
      }

      onunload(): void {
        this.hostEl.empty();
      }

      onDataUpdated(): void {
        drawBase(plugin, this.hostEl, (this.data?.data ?? []).map((e) => e.file.path), this.config?.get(SET_OPTION));
      }
    }
    return plugin.registerBasesView(BASES_VIEW_ID, {
      name: 'Coverage matrix',
      icon: 'layout-grid',
      factory: (controller, containerEl) => new CoverageBasesView(controller, containerEl),
      options: () => viewOptions(plugin),
    });
  }
  return false;
}
