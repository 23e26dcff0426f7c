/** @jest-environment jsdom */
// The "Coverage matrix" Bases view on the demo vault, opened as Obsidian opens a Base (mock
// mountBase: the entries its filters and sort produced). Same cells, totals, badges and clicks as
// the dashboard, for the Base's stories only, in the Base's order; absent where Bases are not.
import { mockApi, mountBase, type App, type MountedBase } from '../../__mocks__/obsidian';
import { BASES_VIEW_ID } from '../../../src/plugin/bases/coverage-view';
import { DEMO_VAULT, loadPlugin, makeApp, readFolder, settle, startPlugin, afterVaultChange } from '../harness';

const STORIES = [
  'Stories/Checkout latency rescue.md',
  'Stories/Data pipeline cost cut.md',
  'Stories/Event bus migration (draft).md',
  'Stories/Onboarding mentorship program.md',
  'Stories/Quarterly forecast miss.md',
  'Stories/Vendor outage rollback.md',
  'Stories/Warehouse pick-path redesign.md',
];

const rowTitles = (el: HTMLElement): string[] => [...el.querySelectorAll('tbody tr th .ip-link')].map((a) => a.textContent ?? '');
const columns = (el: HTMLElement): string[] => [...el.querySelectorAll('thead th .ip-link')].map((a) => a.getAttribute('aria-label') ?? '');
function cell(el: HTMLElement, story: string, principle: string): string {
  const row = [...el.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th .ip-link')?.textContent === story);
  if (!row) throw new Error(`no row ${story}`);
  return row.children[columns(el).indexOf(principle) + 1].textContent ?? '';
}
const totals = (el: HTMLElement): Record<string, string> =>
  Object.fromEntries([...el.querySelectorAll('tfoot td.ip-total')].map((td, i) => [columns(el)[i], td.textContent ?? '']));

let mounted: MountedBase[] = [];
afterEach(() => {
  for (const m of mounted.splice(0)) m.close();
});

async function openBase(paths: string[], options: Record<string, unknown> = {}): Promise<{ app: App; base: MountedBase }> {
  const app = makeApp(readFolder(DEMO_VAULT));
  await startPlugin(app);
  const base = mountBase(app, BASES_VIEW_ID, paths, options);
  mounted.push(base);
  return { app, base };
}

describe('Coverage matrix Bases view', () => {
  it('is registered as "Coverage matrix" with a principle-set option listing the vault\'s sets', async () => {
    const app = makeApp(readFolder(DEMO_VAULT));
    await startPlugin(app);
    const reg = app.basesViews.get(BASES_VIEW_ID)!;
    expect(reg.name).toBe('Coverage matrix');
    const [option] = reg.options!({} as never) as { type: string; key: string; options: Record<string, string> }[];
    expect(option).toMatchObject({ type: 'dropdown', key: 'set' });
    expect(Object.keys(option.options).sort()).toEqual(['amazon', 'google']);
  });

  it('shows the dashboard\'s cells and badges for the Base\'s stories, in the Base\'s order', async () => {
    const order = [...STORIES].reverse();
    const { base } = await openBase(order, { set: 'amazon' });
    const el = base.containerEl;
    expect(rowTitles(el)[0]).toBe('Warehouse pick-path redesign');
    expect(rowTitles(el)).toEqual([...rowTitles(el)].sort().reverse());
    expect(columns(el)).toContain('Customer Obsession');
    expect(cell(el, 'Checkout latency rescue', 'Customer Obsession')).toBe('●');
    expect(cell(el, 'Checkout latency rescue', 'Frugality')).toBe('');
    const draft = [...el.querySelectorAll('tbody tr')].find((tr) => tr.textContent?.includes('Event bus migration (draft)'))!;
    expect(draft.querySelector('.ip-health-missing-parts')?.textContent).toBe('No R');
    // The Base sorts: no title/coverage/health buttons here.
    expect(el.querySelector('.ip-sort')).toBeNull();
  });

  it('follows the Base\'s filters: only its stories are rows, and totals count only them', async () => {
    const { base } = await openBase(['Stories/Checkout latency rescue.md', 'Journal/2026-11-02.md', 'Articles/How to answer behavioral questions.md'], { set: 'amazon' });
    const el = base.containerEl;
    expect(rowTitles(el)).toEqual(['Checkout latency rescue']);
    const t = totals(el);
    expect(t['Customer Obsession']).toBe('1');
    expect(t['Dive Deep']).toBe('1');
    expect(t['Frugality']).toBe('0');
    // A new query result (the user changed a filter) redraws.
    base.update(['Stories/Data pipeline cost cut.md', 'Stories/Checkout latency rescue.md']);
    expect(rowTitles(el)).toEqual(['Data pipeline cost cut', 'Checkout latency rescue']);
    expect(totals(el)['Frugality']).toBe('1');
  });

  it('uses the set chosen in the view options', async () => {
    const { base } = await openBase(STORIES, { set: 'google' });
    expect(columns(base.containerEl)).toContain('Role-Related Knowledge');
    expect(columns(base.containerEl)).not.toContain('Customer Obsession');
  });

  it('says so when none of the entries is a story', async () => {
    const { base } = await openBase(['Journal/2026-11-02.md']);
    expect(base.containerEl.querySelector('table')).toBeNull();
    expect(base.containerEl.textContent).toMatch(/None of the notes in this base is a story/);
  });

  it('opens a story at its line when its title is clicked, as the dashboard does', async () => {
    const { app, base } = await openBase(STORIES, { set: 'amazon' });
    const link = [...base.containerEl.querySelectorAll<HTMLElement>('tbody tr th .ip-link')].find((a) => a.textContent === 'Vendor outage rollback')!;
    link.click();
    await settle();
    const opened = app.workspace.leaves.flatMap((l) => l.opened);
    // A story note starts at line 1 (0-based line 0 in Obsidian's eState).
    expect(opened.map((o) => [o.file.path, o.state?.eState?.line])).toEqual([['Stories/Vendor outage rollback.md', 0]]);
  });

  it('redraws when the index changes (a story gains a principle)', async () => {
    const { app, base } = await openBase(['Stories/Checkout latency rescue.md'], { set: 'amazon' });
    const file = app.vault.getFileByPath('Stories/Checkout latency rescue.md')!;
    const text = await app.vault.read(file);
    await app.vault.modify(file, text.replace('  - Dive Deep\n', '  - Dive Deep\n  - Frugality\n'));
    await afterVaultChange(app, 400);
    expect(cell(base.containerEl, 'Checkout latency rescue', 'Frugality')).toBe('●');
  });

  it('is quietly absent on an Obsidian without Bases views', async () => {
    const app = makeApp(readFolder(DEMO_VAULT));
    try {
      mockApi.version = '1.9.3';
      const plugin = await loadPlugin(app);
      app.setLayoutReady();
      await plugin.index.whenReady();
      expect(app.basesViews.size).toBe(0);
      // Everything else loaded as usual.
      expect(plugin.index.snapshot().sets.map((s) => s.id)).toContain('amazon');
    } finally {
      mockApi.version = '1.13.1';
    }
  });
});

describe('Coverage matrix Bases view and dismissed readings', () => {
  it('leaves out a suggestion the user dismissed, as the dashboard does', async () => {
    const app = makeApp(readFolder(DEMO_VAULT));
    let plugin = await startPlugin(app);
    const first = mountBase(app, BASES_VIEW_ID, STORIES, { set: 'amazon' });
    mounted.push(first);
    const el = first.containerEl;
    const row = [...el.querySelectorAll('tbody tr')].find((tr) => [...tr.querySelectorAll('td')].some((td) => td.textContent === '?'));
    if (!row) throw new Error('the demo vault has no suggested cell in the Base');
    const title = row.querySelector('th .ip-link')?.textContent ?? '';
    const column = [...row.querySelectorAll('td')].findIndex((td) => td.textContent === '?');
    const principle = plugin.index.snapshot().principles.find((p) => p.set === 'amazon' && p.name === columns(el)[column])!;
    const story = plugin.index.snapshot().stories.find((s) => s.title === title)!;
    plugin.unload();

    const again = makeApp(readFolder(DEMO_VAULT));
    plugin = await startPlugin(again, { dismissedReadings: [`${story.id}|${principle.id}`] });
    const base = mountBase(again, BASES_VIEW_ID, STORIES, { set: 'amazon' });
    mounted.push(base);
    expect(cell(base.containerEl, title, principle.name)).toBe('');
    plugin.unload();
  });
});
