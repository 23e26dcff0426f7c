/** @jest-environment jsdom */
import { VaultIndex } from '../../../../src/core/index/vault-index';
import { DEFAULT_COVERAGE_SETTINGS } from '../../../../src/core/settings';
import { buildDashboardModel, type SortKey } from '../../../../src/plugin/coverage/dashboard/model';
import { renderDashboard, type DashboardHandlers } from '../../../../src/plugin/coverage/dashboard/render';
import '../../harness';

const SET = `# Acme values
#principles/acme

### Ownership
Act for the long term.

### Frugality
Do more with less.

### Deliver Results
Ship outcomes.
`;

function storyNote(title: string, principles: string[], result = 'Costs fell 20%.') {
  return `---
tags: [story]
principles: [${principles.join(', ')}]
---
# ${title}

## Situation
The team had a problem with costs and schedules.

## Task
I had to fix it.

## Action
I measured the spend, I cut two unused clusters and I reported weekly.

## Result
${result}
`;
}

function snapshotOf(notes: Record<string, string>) {
  const index = new VaultIndex();
  for (const [path, body] of Object.entries(notes)) {
    const m = /^---\n([\s\S]*?)\n---\n/.exec(body);
    const fm: Record<string, unknown> | null = m
      ? Object.fromEntries(
          m[1].split('\n').map((l) => {
            const [k, v] = l.split(/:\s*/, 2);
            return [k, v.startsWith('[') ? v.slice(1, -1).split(/,\s*/).filter(Boolean) : v];
          }),
        )
      : null;
    const bodyLine = m ? m[0].split('\n').length - 1 : 0;
    index.upsert({ path, frontmatter: fm, body: m ? body.slice(m[0].length) : body, bodyLine });
  }
  return index.snapshot();
}

function render(notes: Record<string, string>, sort: SortKey = 'title', sections?: ('summary' | 'matrix' | 'gaps' | 'warnings')[]) {
  const snapshot = snapshotOf(notes);
  const model = buildDashboardModel({ snapshot, ready: true, set: snapshot.sets[0], sort, coverage: DEFAULT_COVERAGE_SETTINGS, setTag: 'principles' });
  const calls: string[] = [];
  const handlers: DashboardHandlers = {
    open: (path, line) => calls.push(`open ${path}:${line}`),
    selectSet: (id) => calls.push(`set ${id}`),
    sort: (key) => calls.push(`sort ${key}`),
  };
  const el = createDiv();
  document.body.appendChild(el);
  renderDashboard(el, model, handlers, { sections });
  return { el, calls, model };
}

const NOTES = {
  'Acme.md': SET,
  'Stories/Budget.md': storyNote('Budget cut', ['Frugality', 'Ownership']),
  'Stories/Launch.md': storyNote('Launch rescue', ['Frugality']),
  'Stories/Vague.md': storyNote('Vague story', ['Deliver Results'], 'It went well.'),
};

function matrixRows(el: HTMLElement): string[][] {
  return [...el.querySelectorAll('table.ip-matrix tbody tr')].map((tr) => [...tr.children].map((c) => (c.tagName === 'TH' ? (c.querySelector('.ip-link')?.textContent ?? '') : (c.textContent ?? ''))));
}

describe('renderDashboard', () => {
  it('draws one row per story and one column per principle with primary marks', () => {
    const { el } = render(NOTES);
    const heads = [...el.querySelectorAll('thead th.ip-col-head .ip-link')];
    expect(heads.map((h) => h.getAttribute('aria-label'))).toEqual(['Ownership', 'Frugality', 'Deliver Results']);
    expect(heads.map((h) => h.textContent)).toEqual(['Own', 'Fru', 'DR']);
    expect(matrixRows(el)).toEqual([
      ['Budget cut', '●', '●', ''],
      ['Launch rescue', '', '●', ''],
      // Mapped to Deliver Results, but its situation is about costs: read as Frugality, marked `?`, not counted.
      ['Vague story', '', '?', '●'],
    ]);
  });

  it('colours the totals gap / thin / ok against the target', () => {
    const { el } = render(NOTES);
    const totals = [...el.querySelectorAll('tfoot td.ip-total')];
    expect(totals.map((t) => t.textContent)).toEqual(['1', '2', '1']);
    expect(totals.map((t) => [...t.classList].find((c) => c.startsWith('ip-status-')))).toEqual(['ip-status-thin', 'ip-status-ok', 'ip-status-thin']);
    const none = render({ 'Acme.md': SET, 'Stories/Budget.md': storyNote('Budget cut', ['Frugality']) });
    expect([...none.el.querySelectorAll('tfoot td.ip-total')].map((t) => t.className)).toEqual([
      'ip-total ip-status-gap',
      'ip-total ip-status-thin',
      'ip-total ip-status-gap',
    ]);
  });

  it('summarizes principles at target, loop readiness and counts', () => {
    const { el } = render(NOTES);
    expect(el.querySelector('.ip-at-target')?.textContent).toBe('1 of 3 principles at target (2 stories each)');
    expect(el.querySelector('.ip-loop')?.textContent).toBe(
      'Loop not ready: with no story told twice, 3 of 6 story slots can be filled (2 stories for each of 3 principles), so at least 3 more stories are needed. The best loop leaves “Ownership”, “Frugality” and “Deliver Results” short.',
    );
    expect(el.querySelector('.ip-counts')?.textContent).toBe('3 stories · 0 questions');
  });

  it('sums up a long list of blocking principles as story slots', () => {
    const fourth = SET + '\n### Earn Trust\nKeep promises.\n';
    const { el } = render({ ...NOTES, 'Acme.md': fourth });
    expect(el.querySelector('.ip-loop')?.textContent).toBe(
      'Loop not ready: with no story told twice, 3 of 8 story slots can be filled (2 stories for each of 4 principles), so at least 5 more stories are needed. The best loop leaves 4 principles short.',
    );
    const ready = render({
      'Acme.md': '# A\n#principles/acme\n\n### Ownership\nx\n',
      'Stories/One.md': storyNote('One', ['Ownership']),
      'Stories/Two.md': storyNote('Two', ['Ownership']),
    });
    expect(ready.el.querySelector('.ip-loop')?.textContent).toBe('Loop ready: every principle can get 2 different stories with no story told twice.');
  });

  it('shows a health badge for a result without a number, with the full message on hover', () => {
    const { el } = render(NOTES);
    const row = [...el.querySelectorAll('tbody tr')].find((tr) => tr.textContent?.includes('Vague story'))!;
    const badge = row.querySelector('.ip-health-result-without-number')!;
    expect(badge.textContent).toBe('No number');
    expect(badge.getAttribute('title')).toMatch(/number/);
    const fine = [...el.querySelectorAll('tbody tr')].find((tr) => tr.textContent?.includes('Budget cut'))!;
    expect(fine.querySelector('.ip-health-result-without-number')).toBeNull();
  });

  it('flags an overloaded story', () => {
    const { el } = render({ 'Acme.md': SET, 'Stories/All.md': storyNote('Everything story', ['Frugality', 'Ownership', 'Deliver Results']) });
    const badge = el.querySelector('tbody tr .ip-badge-overloaded');
    expect(badge?.textContent).toBe('Overloaded');
    expect(badge?.getAttribute('title')).toMatch(/Only story for 3 principles/);
  });

  it('sorts by coverage (most principles first) and by health (most issues first)', () => {
    expect(matrixRows(render(NOTES, 'coverage').el).map((r) => r[0])).toEqual(['Budget cut', 'Launch rescue', 'Vague story']);
    expect(matrixRows(render(NOTES, 'health').el).map((r) => r[0])[0]).toBe('Vague story');
  });

  it('opens notes through one delegated listener: story at its line, principle at its heading', () => {
    const { el, calls } = render(NOTES);
    const story = [...el.querySelectorAll('tbody th .ip-link')].find((l) => l.textContent === 'Launch rescue') as HTMLElement;
    story.click();
    const principle = el.querySelector('thead th.ip-col-head .ip-link') as HTMLElement;
    principle.click();
    expect(calls).toEqual(['open Stories/Launch.md:1', 'open Acme.md:4']);
    (el.querySelector('[data-ip-sort="health"]') as HTMLElement).click();
    expect(calls[2]).toBe('sort health');
  });

  it('lists gaps with their stories so far, and warnings with a clickable place', () => {
    const { el, calls, model } = render({ ...NOTES, 'Stories/Typo.md': storyNote('Typo story', ['Frugalty']) });
    const gaps = [...el.querySelectorAll('.ip-gaps li')].map((li) => [li.querySelector('.ip-gap-head')?.textContent, li.querySelector('.ip-gap-stories')?.textContent]);
    expect(gaps).toEqual([
      ['Ownership 1 of 2', 'Budget cut'],
      ['Deliver Results 1 of 2', 'Vague story'],
    ]);
    const warning = el.querySelector('.ip-warnings li')!;
    expect(warning.textContent).toContain('Frugalty');
    expect(warning.textContent).toContain('Frugality');
    (warning.querySelector('.ip-link') as HTMLElement).click();
    const where = model.warnings.find((w) => w.path === 'Stories/Typo.md')!;
    expect(calls).toEqual([`open Stories/Typo.md:${where.line}`]);
  });

  it('shows a note title written as markup as literal text', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const { el } = render({ 'Acme.md': SET, 'Stories/Evil.md': storyNote(evil, ['Frugality']) });
    const link = el.querySelector('tbody th .ip-link')!;
    expect(link.textContent).toBe(evil);
    expect(el.querySelector('img')).toBeNull();
  });

  it('renders only the sections asked for', () => {
    const { el } = render(NOTES, 'title', ['gaps']);
    expect(el.querySelector('.ip-matrix')).toBeNull();
    expect(el.querySelector('.ip-summary')).toBeNull();
    expect(el.querySelector('.ip-gaps')).not.toBeNull();
    expect(el.querySelector('.ip-warnings')).toBeNull();
  });

  it('explains an empty vault and an index still running', () => {
    const empty = render({ 'Journal.md': '# Diary\n' });
    expect(empty.el.textContent).toContain('No principle sets found. Tag a note with #principles');
    const el = createDiv();
    renderDashboard(el, buildDashboardModel({ snapshot: null, ready: false, set: null, sort: 'title', coverage: DEFAULT_COVERAGE_SETTINGS, setTag: 'principles' }), {
      open: () => undefined,
      selectSet: () => undefined,
      sort: () => undefined,
    });
    expect(el.textContent).toBe('Indexing your notes…');
  });
});

describe('renderDashboard at size', () => {
  it('draws 200 stories × 16 principles with a handful of listeners, not one per cell', () => {
    const names = Array.from({ length: 16 }, (_, i) => `Value number ${String.fromCharCode(65 + i)}`);
    const notes: Record<string, string> = { 'Big.md': `# Big\n#principles/big\n\n${names.map((n) => `### ${n}\nAbout ${n}.\n`).join('\n')}` };
    for (let i = 0; i < 200; i++) notes[`Stories/S${i}.md`] = storyNote(`Story ${i}`, [names[i % 16], names[(i * 7) % 16]]);
    const spy = jest.spyOn(EventTarget.prototype, 'addEventListener');
    try {
      const { el, calls } = render(notes);
      expect(el.querySelectorAll('tbody tr')).toHaveLength(200);
      expect(el.querySelectorAll('tbody td')).toHaveLength(200 * 16);
      expect(spy.mock.calls.length).toBeLessThanOrEqual(4);
      const last = [...el.querySelectorAll('tbody th .ip-link')].find((l) => l.textContent === 'Story 199') as HTMLElement;
      last.click();
      expect(calls).toEqual(['open Stories/S199.md:1']);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('a long matrix drawn in batches', () => {
  const names = ['Ownership', 'Frugality', 'Deliver Results'];
  const notes: Record<string, string> = { 'Acme.md': SET };
  for (let i = 0; i < 23; i++) notes[`Stories/S${String(i).padStart(2, '0')}.md`] = storyNote(`Story ${String(i).padStart(2, '0')}`, [names[i % 3]]);

  function renderBatched() {
    const snapshot = snapshotOf(notes);
    const model = buildDashboardModel({ snapshot, ready: true, set: snapshot.sets[0], sort: 'title', coverage: DEFAULT_COVERAGE_SETTINGS, setTag: 'principles' });
    const queue: (() => void)[] = [];
    const el = createDiv();
    document.body.appendChild(el);
    const handlers: DashboardHandlers = { open: () => undefined, selectSet: () => undefined, sort: () => undefined };
    const draw = () => renderDashboard(el, model, handlers, { rowBatching: { first: 5, size: 8, later: (work) => queue.push(work) } });
    draw();
    return { el, queue, draw, model };
  }

  it('draws the first rows at once and the rest a batch per task, in order, totals from the start', () => {
    const { el, queue, model } = renderBatched();
    const titles = () => matrixRows(el).map((r) => r[0]);
    expect(titles()).toEqual(model.rows.slice(0, 5).map((r) => r.story.title));
    // Totals count every story although only five rows are drawn yet.
    expect([...el.querySelectorAll('tfoot td.ip-total')].map((td) => td.textContent)).toEqual(['8', '8', '7']);
    const seen = [titles().length];
    while (queue.length > 0) {
      (queue.shift() as () => void)();
      seen.push(titles().length);
    }
    expect(seen).toEqual([5, 13, 21, 23]);
    expect(titles()).toEqual(model.rows.map((r) => r.story.title));
  });

  it('keeps sketches below every story row, also the rows a later batch draws', () => {
    const withSketch = { ...notes, 'Acme.md': `${SET}\n## Main: Frugality\n\n1. **Tell me about a time you saved money.**\n\n**Cheaper build farm**\n\nI moved our builds to spot machines and we cut the bill in half.\n` };
    const snapshot = snapshotOf(withSketch);
    const model = buildDashboardModel({ snapshot, ready: true, set: snapshot.sets[0], sort: 'title', coverage: DEFAULT_COVERAGE_SETTINGS, setTag: 'principles' });
    expect(model.report?.sketches.map((s) => s.story.title)).toEqual(['Cheaper build farm']);
    const queue: (() => void)[] = [];
    const el = createDiv();
    document.body.appendChild(el);
    renderDashboard(el, model, { open: () => undefined, selectSet: () => undefined, sort: () => undefined }, { rowBatching: { first: 5, size: 8, later: (work) => queue.push(work) } });
    while (queue.length > 0) (queue.shift() as () => void)();
    const titles = matrixRows(el).map((r) => r[0]);
    expect(titles).toEqual([...model.rows.map((r) => r.story.title), 'Cheaper build farm']);
  });

  it('drops the batches of a table that a redraw replaced', () => {
    const { el, queue, draw } = renderBatched();
    const stale = queue.splice(0);
    draw();
    for (const work of stale) work();
    expect(matrixRows(el)).toHaveLength(5); // the new table, untouched by the old batches
    while (queue.length > 0) (queue.shift() as () => void)();
    expect(matrixRows(el)).toHaveLength(23);
  });
});

describe('a redraw in the same place', () => {
  const noHandlers: DashboardHandlers = { open: () => undefined, selectSet: () => undefined, sort: () => undefined };

  function modelOf(notes: Record<string, string>, sort: SortKey = 'title') {
    const snapshot = snapshotOf(notes);
    return buildDashboardModel({ snapshot, ready: true, set: snapshot.sets[0], sort, coverage: DEFAULT_COVERAGE_SETTINGS, setTag: 'principles' });
  }

  function drawInto(el: HTMLElement, notes: Record<string, string>, sort: SortKey = 'title', handlers = noHandlers) {
    renderDashboard(el, modelOf(notes, sort), handlers);
  }

  /** The same model drawn into an empty element: what a redraw in place must come to. */
  function freshHtml(notes: Record<string, string>, sort: SortKey = 'title'): string {
    const el = createDiv();
    drawInto(el, notes, sort);
    return el.innerHTML;
  }

  const rowOf = (el: HTMLElement, title: string) => [...el.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th .ip-link')?.textContent === title);

  it('keeps the rows of unchanged stories, draws the changed one, and ends up as a fresh draw would', () => {
    const el = createDiv();
    document.body.appendChild(el);
    drawInto(el, NOTES);
    const budget = rowOf(el, 'Budget cut');
    const launch = rowOf(el, 'Launch rescue');
    const edited = { ...NOTES, 'Stories/Launch.md': storyNote('Launch rescue', ['Frugality', 'Deliver Results']) };
    drawInto(el, edited);
    expect(rowOf(el, 'Budget cut')).toBe(budget);
    expect(rowOf(el, 'Launch rescue')).not.toBe(launch);
    expect(matrixRows(el).find((r) => r[0] === 'Launch rescue')).toEqual(['Launch rescue', '', '●', '●']);
    expect(el.innerHTML).toBe(freshHtml(edited));
  });

  it('moves the kept rows when the order changes, and removes a story that is gone', () => {
    const el = createDiv();
    document.body.appendChild(el);
    drawInto(el, NOTES);
    const budget = rowOf(el, 'Budget cut');
    drawInto(el, NOTES, 'coverage');
    expect(rowOf(el, 'Budget cut')).toBe(budget);
    expect(el.querySelector('[data-ip-sort="coverage"]')?.getAttribute('aria-pressed')).toBe('true');
    expect(el.innerHTML).toBe(freshHtml(NOTES, 'coverage'));
    const fewer: Record<string, string> = { ...NOTES };
    delete fewer['Stories/Vague.md'];
    drawInto(el, fewer, 'coverage');
    expect(rowOf(el, 'Vague story')).toBeUndefined();
    expect(el.innerHTML).toBe(freshHtml(fewer, 'coverage'));
  });

  it('draws every row anew when the principles (the columns) change', () => {
    const el = createDiv();
    document.body.appendChild(el);
    drawInto(el, NOTES);
    const budget = rowOf(el, 'Budget cut');
    const renamed = { ...NOTES, 'Acme.md': SET.replace('### Ownership', '### Ownership and Care') };
    drawInto(el, renamed);
    expect(rowOf(el, 'Budget cut')).not.toBe(budget);
    expect(el.innerHTML).toBe(freshHtml(renamed));
  });

  it('sends clicks to the handlers of the latest draw only', () => {
    const el = createDiv();
    document.body.appendChild(el);
    const first: string[] = [];
    const latest: string[] = [];
    drawInto(el, NOTES, 'title', { ...noHandlers, open: (path) => first.push(path) });
    drawInto(el, NOTES, 'title', { ...noHandlers, open: (path) => latest.push(path) });
    (rowOf(el, 'Budget cut')?.querySelector('th .ip-link') as HTMLElement).click();
    expect(first).toEqual([]);
    expect(latest).toEqual(['Stories/Budget.md']);
  });
});
