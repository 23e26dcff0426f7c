// renderDashboard: draws a DashboardModel into an element. Shared by the dashboard view and the
// code block, and tested on its own. Safe with any note text: everything goes in as text nodes.
import type { DashboardModel, DashboardSection, SortKey } from './model';
import { DASHBOARD_SECTIONS, SORT_KEYS } from './model';
import { SORT_ATTR, targetOf } from './links';
import { renderSummary } from './render-summary';
import { renderMatrix, type RowBatching } from './render-matrix';
import { renderGaps, renderWarnings } from './render-panels';
import { renderReadAs } from './render-read-as';
import type { ReadAsActions } from './read-as-actions';
import { renderDrillPanel, type DashboardDrill } from '../../drill/dashboard-panel';

export interface DashboardHandlers {
  /** Open a note at a 1-based line. */
  open(path: string, line: number): void;
  selectSet(setId: string): void;
  sort(key: SortKey): void;
}

export interface RenderOptions {
  sections?: readonly DashboardSection[];
  /** Show the set selector (not in a code block that names its set). */
  showSelector?: boolean;
  /** Drill stats and buttons (the dashboard tab; not code blocks). */
  drill?: DashboardDrill;
  /** "New story" on gap rows, prefilled with the principle (the dashboard tab; not code blocks). */
  newStory?: (principleId: string) => void;
  /** Draw a long matrix in batches (see RowBatching); all at once when absent. */
  rowBatching?: RowBatching;
  /** The "Read as" panel with Accept and Dismiss (the dashboard tab; not code blocks). */
  readAs?: ReadAsActions;
  /** Title/coverage/health sort buttons above the matrix; false where the rows' order is given (a Base). */
  sortBar?: boolean;
}

function renderState(root: HTMLElement, model: DashboardModel): boolean {
  if (model.state === 'indexing') {
    root.createDiv({ cls: 'ip-empty', text: 'Indexing your notes…' });
    return true;
  }
  if (model.state === 'no-sets') {
    root.createDiv({
      cls: 'ip-empty',
      text: `No principle sets found. Tag a note with #${model.setTag} and write each principle as a heading.`,
    });
    return true;
  }
  return false;
}

/** The handlers each drawn root's listeners call: the latest draw's, as a kept root outlives them. */
const rootHandlers = new WeakMap<HTMLElement, DashboardHandlers>();

/**
 * The root of the last draw into `containerEl` and its matrix section, when the next draw can keep
 * them (the matrix is then brought up to date in place instead of drawn anew). Everything else in
 * the container is removed.
 */
function keptRoot(containerEl: HTMLElement, model: DashboardModel, sections: readonly DashboardSection[]): { root: HTMLElement; matrix: HTMLElement } | null {
  const root = containerEl.querySelector<HTMLElement>(':scope > .ip-dashboard');
  const matrix = root?.querySelector<HTMLElement>(':scope > .ip-matrix-section');
  if (!root || !matrix || !rootHandlers.has(root) || model.state !== 'ready' || !model.report || !sections.includes('matrix')) return null;
  for (const child of Array.from(containerEl.children)) if (child !== root) child.remove();
  for (const child of Array.from(root.children)) if (child !== matrix) child.remove();
  return { root, matrix };
}

export function renderDashboard(
  containerEl: HTMLElement,
  model: DashboardModel,
  handlers: DashboardHandlers,
  options: RenderOptions = {},
): HTMLElement {
  const sections = options.sections ?? DASHBOARD_SECTIONS;
  const kept = keptRoot(containerEl, model, sections);
  if (!kept) containerEl.empty();
  const root = kept?.root ?? containerEl.createDiv({ cls: 'ip-dashboard' });
  const fresh = !rootHandlers.has(root);
  rootHandlers.set(root, handlers);
  if (kept) {
    // The summary goes above the kept matrix, the panels below it.
    const above = createDiv();
    if (sections.includes('summary')) renderSummary(above, model, options.showSelector ?? true);
    kept.matrix.before(...Array.from(above.childNodes));
    renderMatrix(root, model, options.rowBatching, options.sortBar ?? true, kept.matrix);
  } else if (!renderState(root, model)) {
    if (sections.includes('summary')) renderSummary(root, model, options.showSelector ?? true);
    if (sections.includes('matrix')) renderMatrix(root, model, options.rowBatching, options.sortBar ?? true);
  }
  const withGaps = model.state === 'ready' && sections.includes('gaps');
  // Warnings matter most when no set was recognized (a broken set note, say).
  const withWarnings = model.state !== 'indexing' && sections.includes('warnings');
  if (withGaps || withWarnings) {
    const panels = root.createDiv({ cls: 'ip-panels' });
    if (withGaps) renderGaps(panels, model, options.drill, options.newStory);
    if (withGaps && options.readAs) renderReadAs(panels, model, options.readAs);
    if (withGaps && options.drill && model.report) renderDrillPanel(panels, model.report, options.drill);
    if (withWarnings) renderWarnings(panels, model);
  }
  if (fresh) listen(root);
  return root;
}

/** One listener each for the whole dashboard, calling the latest draw's handlers. */
function listen(root: HTMLElement): void {
  const handlers = () => rootHandlers.get(root) as DashboardHandlers;
  root.addEventListener('click', (evt) => {
    const el = evt.target as Element | null;
    const sort = el?.closest(`[${SORT_ATTR}]`)?.getAttribute(SORT_ATTR);
    if (sort && (SORT_KEYS as readonly string[]).includes(sort)) {
      handlers().sort(sort as SortKey);
      return;
    }
    const target = targetOf(el, root);
    if (target) {
      evt.preventDefault();
      handlers().open(target.path, target.line);
    }
  });
  root.addEventListener('keydown', (evt) => {
    if (evt.key !== 'Enter') return;
    const target = targetOf(evt.target as Element | null, root);
    if (target) handlers().open(target.path, target.line);
  });
  root.addEventListener('change', (evt) => {
    const el = evt.target as HTMLSelectElement | null;
    if (el?.classList.contains('ip-set-select')) handlers().selectSet(el.value);
  });
}
