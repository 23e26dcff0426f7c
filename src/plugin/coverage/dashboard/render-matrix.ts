// The coverage matrix: stories as rows (then sketches, not counted), principles as columns,
// totals at the foot. Built with
// plain loops; clicks are handled by the dashboard root's single delegated listener.
import type { DashboardModel, SortKey } from './model';
import { SORT_KEYS } from './model';
import type { Role } from '../../../core/model';
import { noteLink, SORT_ATTR } from './links';
import { shortNames } from './short-names';
import { badgeLabel } from './health-badges';

const SORT_LABELS: Record<SortKey, string> = { title: 'Title', coverage: 'Coverage', health: 'Health' };
const MARK: Record<Role | 'suggested' | 'sketch', string> = { primary: '●', secondary: '○', suggested: '?', sketch: '◇' };
const DRAFT_TITLE = 'Nothing written yet (prompts and comments are not text): not counted for any principle.';
const ROLE_TEXT: Record<Role | 'suggested', string> = { primary: 'Primary', secondary: 'Secondary', suggested: 'Suggested' };

function renderSortBar(parent: HTMLElement, sort: SortKey): void {
  const bar = parent.createDiv({ cls: 'ip-sort', attr: { role: 'group', 'aria-label': 'Sort stories' } });
  bar.createSpan({ cls: 'ip-sort-label', text: 'Sort by' });
  for (const key of SORT_KEYS) {
    const b = bar.createEl('button', { cls: 'ip-sort-button', text: SORT_LABELS[key], attr: { [SORT_ATTR]: key, 'aria-pressed': String(key === sort) } });
    b.toggleClass('is-active', key === sort);
  }
}

/**
 * Rows drawn now and the rest later, a batch per task, so a long matrix never holds the main
 * thread for long (a phone with a few hundred stories). Without it every row is drawn at once.
 */
export interface RowBatching {
  /** Rows drawn before renderMatrix returns. */
  first: number;
  /** Rows per later batch. */
  size: number;
  /** Runs `work` in a later task (the view passes a window timer). */
  later(work: () => void): void;
}

/** The muted "+N read as" beside a count: items that read as the principle, not counted in it. */
export function readAsNote(parent: HTMLElement | undefined, n: number, short = false): void {
  if (n > 0) parent?.createSpan({ cls: 'ip-read-as-count', text: short ? `+${n}` : ` +${n} read as`, attr: { title: `${n} more read as this principle (not counted)` } });
}

type Principle = NonNullable<DashboardModel['report']>['principles'][number]['principle'];
type Row = DashboardModel['rows'][number];

/** The head row: one linked, short-named column per principle. */
function renderHead(table: HTMLElement, principles: Principle[]): void {
  const shorts = shortNames(principles.map((p) => p.name));
  const headRow = table.createEl('thead').createEl('tr');
  headRow.createEl('th', { cls: 'ip-corner', text: 'Story', attr: { scope: 'col' } });
  principles.forEach((p, i) => {
    const th = headRow.createEl('th', { cls: 'ip-col-head', attr: { scope: 'col' } });
    noteLink(th, shorts[i], p.path, p.line, p.name).setAttr('aria-label', p.name);
  });
}

/** A drawn table's state: what its columns show, and whether every batch of rows is in. */
interface DrawnTable {
  headKey: string;
  complete: boolean;
}
const drawnTables = new WeakMap<HTMLElement, DrawnTable>();
/** Each drawn story row's key (rowKey): a row whose key is unchanged is kept as drawn. */
const rowKeys = new WeakMap<Element, string>();

/** Each principle's column index, by id. */
function columnsOf(principles: Principle[]): Map<string, number> {
  return new Map(principles.map((p, i) => [p.id, i]));
}

/** What the head row shows: the principles' ids and names, in order. */
function headKey(principles: Principle[]): string {
  return JSON.stringify(principles.map((p) => [p.id, p.name, p.path, p.line]));
}

/** Everything a story row shows under a given head, as one string. */
function rowKey(row: Row): string {
  const issues = row.draft ? [] : row.health.issues.map((i) => [i.code, badgeLabel(i, row.health), i.message]);
  return JSON.stringify([row.story.title, row.story.path, row.story.line, row.draft, row.overloaded, row.overloadReasons, issues, row.primary, row.secondary, row.suggested]);
}

/** One story's row: its linked title with badges, then a mark in each principle it is mapped to. */
function drawStoryRow(body: HTMLElement, row: Row, principles: Principle[], column: Map<string, number>): HTMLElement {
  const tr = body.createEl('tr');
  rowKeys.set(tr, rowKey(row));
  tr.toggleClass('ip-overloaded', row.overloaded);
  tr.toggleClass('ip-draft', row.draft);
  const head = tr.createEl('th', { cls: 'ip-row-head', attr: { scope: 'row' } });
  noteLink(head, row.story.title, row.story.path, row.story.line, `${row.story.title} (${row.story.path}, line ${row.story.line})`);
  if (row.draft) head.createSpan({ cls: 'ip-badge ip-badge-draft', text: 'Draft', attr: { title: DRAFT_TITLE } });
  if (row.overloaded) head.createSpan({ cls: 'ip-badge ip-badge-overloaded', text: 'Overloaded', attr: { title: row.overloadReasons.join(' ') } });
  // A draft's only issue is that nothing is written yet: its badge says so.
  if (!row.draft) for (const issue of row.health.issues) {
    head.createSpan({ cls: `ip-badge ip-badge-health ip-health-${issue.code}`, text: badgeLabel(issue, row.health), attr: { title: issue.message } });
  }
  const roles: (Role | 'suggested' | null)[] = principles.map(() => null);
  for (const id of row.suggested) roles[column.get(id) ?? -1] = 'suggested';
  for (const id of row.secondary) roles[column.get(id) ?? -1] = 'secondary';
  for (const id of row.primary) roles[column.get(id) ?? -1] = 'primary';
  roles.forEach((role, i) => {
    const td = tr.createEl('td', { cls: 'ip-cell' });
    if (!role) return;
    td.addClass(`ip-cell-${role}`);
    td.setText(MARK[role]);
    td.setAttr('title', `${ROLE_TEXT[role]}: ${principles[i].name}${row.draft ? ' (draft, not counted)' : ''}`);
    if (row.draft) td.addClass('ip-cell-draft');
  });
  return tr;
}

/**
 * Draws the rows, the first batch now and the rest a batch per later task (see RowBatching);
 * `table.complete` once every row is in.
 */
function drawRows(body: HTMLElement, rows: Row[], drawRow: (row: Row) => void, table: DrawnTable, batching?: RowBatching): void {
  const now = batching ? Math.min(rows.length, Math.max(1, batching.first)) : rows.length;
  for (let r = 0; r < now; r++) drawRow(rows[r]);
  table.complete = now >= rows.length;
  if (!batching || table.complete) return;
  const size = Math.max(1, batching.size);
  const next = (from: number): void => {
    // A redraw replaced this table meanwhile: its remaining rows are not wanted.
    if (!body.isConnected) return;
    const to = Math.min(rows.length, from + size);
    for (let r = from; r < to; r++) drawRow(rows[r]);
    if (to < rows.length) batching.later(() => next(to));
    else table.complete = true;
  };
  batching.later(() => next(now));
}

/**
 * Brings a complete table's story rows to `rows` in place: a row whose key is unchanged keeps its
 * element (moved if the order changed), only changed or new rows are drawn, and rows gone are
 * removed. The rest of the table stays in the document, so the browser restyles only what changed.
 */
function patchRows(body: HTMLElement, rows: Row[], drawRow: (row: Row) => HTMLElement): void {
  const pool = new Map<string, HTMLElement[]>();
  for (const tr of Array.from(body.children) as HTMLElement[]) {
    const key = rowKeys.get(tr) ?? '';
    const list = pool.get(key);
    if (list) list.push(tr);
    else pool.set(key, [tr]);
  }
  let cursor = body.firstElementChild;
  for (const row of rows) {
    const kept = pool.get(rowKey(row))?.shift();
    if (kept && kept === cursor) {
      cursor = cursor.nextElementSibling;
      continue;
    }
    body.insertBefore(kept ?? drawRow(row), cursor);
  }
  for (const left of pool.values()) for (const tr of left) tr.remove();
}

/**
 * Sketches after the stories, as drafts: their own marker, in no total. Their own body, so the
 * story rows a later batch draws still come before them.
 */
function drawSketchRows(table: HTMLElement, report: NonNullable<DashboardModel['report']>, principles: Principle[]): void {
  if (report.sketches.length === 0) return;
  const body = table.createEl('tbody', { cls: 'ip-sketch-rows' });
  for (const sk of report.sketches) {
    const tr = body.createEl('tr', { cls: 'ip-sketch-row' });
    const head = tr.createEl('th', { cls: 'ip-row-head', attr: { scope: 'row' } });
    noteLink(head, sk.story.title, sk.story.path, sk.story.line, `${sk.story.title} (${sk.story.path}, line ${sk.story.line}): a sketch, not written as a story yet`);
    head.createSpan({ cls: 'ip-badge ip-badge-sketch', text: 'Sketch', attr: { title: 'A sketch: not counted until it is written up as a story' } });
    for (const p of principles) {
      const td = tr.createEl('td', { cls: 'ip-cell' });
      if (sk.principles.includes(p.id)) {
        td.addClass('ip-cell-sketch');
        td.setText(MARK.sketch);
        td.setAttr('title', `Sketch — not counted: ${p.name}`);
      } else if (sk.suggested.includes(p.id)) {
        td.addClass('ip-cell-suggested');
        td.setText(MARK.suggested);
        td.setAttr('title', `Suggested: ${p.name}`);
      }
    }
  }
}

/** The totals row, and beside it (never in it) a muted row of the items read as each principle. */
function renderTotals(table: HTMLElement, model: DashboardModel, report: NonNullable<DashboardModel['report']>): void {
  const foot = table.createEl('tfoot').createEl('tr', { cls: 'ip-totals' });
  foot.createEl('th', { cls: 'ip-row-head', text: 'Stories', attr: { scope: 'row' } });
  for (const pc of report.principles) {
    foot.createEl('td', {
      cls: ['ip-total', `ip-status-${pc.status}`],
      text: String(pc.count),
      attr: { title: `${pc.principle.name}: ${pc.count} of ${report.target} stories (${pc.status})${pc.questions > 0 ? `; ${pc.cuedQuestions} of ${pc.questions} questions have a cue` : ''}` },
    });
  }
  if (model.readAsCounts.size > 0) {
    const more = foot.parentElement?.createEl('tr', { cls: 'ip-read-as-totals' });
    more?.createEl('th', { cls: 'ip-row-head ip-read-as-count', text: 'Read as', attr: { scope: 'row', title: 'Questions and stories that read as the principle but are not mapped to it (not counted)' } });
    for (const pc of report.principles) readAsNote(more?.createEl('td', { cls: 'ip-read-as-total' }), model.readAsCounts.get(pc.principle.id) ?? 0, true);
  }
}

function legendText(report: NonNullable<DashboardModel['report']>): string {
  const sketch = report.sketches.length > 0 ? ` · ${MARK.sketch} sketch — not counted` : '';
  return `${MARK.primary} primary · ${MARK.secondary} secondary · ${MARK.suggested} suggested (not counted)${report.drafts > 0 ? ' · draft: nothing written yet (not counted)' : ''}${sketch}`;
}

/**
 * Redraws a matrix drawn before, in place, when it can: the same columns, every row of it drawn,
 * and stories to show. Returns false when it cannot (the caller draws it anew).
 */
function patchMatrix(section: HTMLElement, model: DashboardModel, report: NonNullable<DashboardModel['report']>): boolean {
  const table = section.querySelector<HTMLElement>('table.ip-matrix');
  const drawn = table ? drawnTables.get(table) : undefined;
  const body = table?.querySelector<HTMLElement>(':scope > tbody:not(.ip-sketch-rows)');
  const principles = report.principles.map((pc) => pc.principle);
  if (!table || !drawn || !body || !drawn.complete || drawn.headKey !== headKey(principles)) return false;
  if (model.rows.length === 0 && report.sketches.length === 0) return false;
  for (const button of Array.from(section.querySelectorAll<HTMLElement>(`.ip-sort [${SORT_ATTR}]`))) {
    const active = button.getAttribute(SORT_ATTR) === model.sort;
    button.setAttr('aria-pressed', String(active));
    button.toggleClass('is-active', active);
  }
  const column = columnsOf(principles);
  patchRows(body, model.rows, (row) => drawStoryRow(body, row, principles, column));
  table.querySelector(':scope > tbody.ip-sketch-rows')?.remove();
  table.querySelector(':scope > tfoot')?.remove();
  drawSketchRows(table, report, principles);
  renderTotals(table, model, report);
  section.querySelector('.ip-legend')?.setText(legendText(report));
  return true;
}

/**
 * `sortBar` false: the rows keep the order they come in (a Base sorts its own). `previous`: the
 * matrix section of the last draw in the same place, brought up to date in place when it can be,
 * else replaced.
 */
export function renderMatrix(parent: HTMLElement, model: DashboardModel, batching?: RowBatching, sortBar = true, previous?: HTMLElement): void {
  const report = model.report;
  if (!report) return;
  if (previous && patchMatrix(previous, model, report)) return;
  const section = createDiv({ cls: 'ip-matrix-section' });
  if (previous) previous.replaceWith(section);
  else parent.appendChild(section);
  if (sortBar) renderSortBar(section, model.sort);
  if (model.rows.length === 0 && report.sketches.length === 0) {
    section.createDiv({ cls: 'ip-empty', text: 'No stories are mapped to this set yet. Tag a story with #story and list its principles.' });
    return;
  }
  const principles = report.principles.map((pc) => pc.principle);
  const table = section.createDiv({ cls: 'ip-matrix-scroll' }).createEl('table', { cls: 'ip-matrix' });
  const drawn: DrawnTable = { headKey: headKey(principles), complete: false };
  drawnTables.set(table, drawn);
  renderHead(table, principles);
  const column = columnsOf(principles);
  const body = table.createEl('tbody');
  drawRows(body, model.rows, (row) => drawStoryRow(body, row, principles, column), drawn, batching);
  drawSketchRows(table, report, principles);
  renderTotals(table, model, report);
  section.createDiv({ cls: 'ip-legend', text: legendText(report) });
}
