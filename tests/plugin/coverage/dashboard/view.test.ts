/** @jest-environment jsdom */
import { DASHBOARD_VIEW_TYPE, DashboardView } from '../../../../src/plugin/coverage/dashboard/view';
import { DEMO_VAULT, makeApp, readFolder, settle, startPlugin, afterVaultChange } from '../../harness';

async function openDemoDashboard() {
  const app = makeApp(readFolder(DEMO_VAULT));
  const plugin = await startPlugin(app);
  const leaf = await plugin.openDashboard();
  const view = leaf.view as unknown as DashboardView;
  return { app, plugin, view, el: view.contentEl };
}

function column(el: HTMLElement, principle: string): number {
  const heads = [...el.querySelectorAll('thead th')];
  return heads.findIndex((th) => th.querySelector('.ip-link')?.getAttribute('aria-label') === principle);
}

function cell(el: HTMLElement, story: string, principle: string): string {
  const row = [...el.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th .ip-link')?.textContent === story);
  if (!row) throw new Error(`no row ${story}`);
  return row.children[column(el, principle)].textContent ?? '';
}

describe('dashboard view on the demo vault', () => {
  it('shows the matrix cells the demo story notes declare', async () => {
    const { el } = await openDemoDashboard();
    // Stories/Checkout latency rescue.md lists Customer Obsession and Dive Deep in its frontmatter.
    expect(cell(el, 'Checkout latency rescue', 'Customer Obsession')).toBe('●');
    expect(cell(el, 'Checkout latency rescue', 'Dive Deep')).toBe('●');
    expect(cell(el, 'Checkout latency rescue', 'Frugality')).toBe('');
    // The draft has no Result section.
    const draft = [...el.querySelectorAll('tbody tr')].find((tr) => tr.textContent?.includes('Event bus migration (draft)'))!;
    expect(draft.querySelector('.ip-health-missing-parts')?.textContent).toBe('No R');
  });

  it('totals count the marks in each column, coloured by status', async () => {
    const { el, plugin } = await openDemoDashboard();
    const rows = [...el.querySelectorAll('tbody tr')];
    const totals = [...el.querySelectorAll('tfoot td.ip-total')];
    expect(totals.length).toBeGreaterThan(10);
    totals.forEach((td, i) => {
      const marks = rows.filter((tr) => ['●', '○'].includes(tr.children[i + 1].textContent ?? '')).length;
      expect(Number(td.textContent)).toBe(marks);
      const target = plugin.settings.target;
      const status = marks === 0 ? 'gap' : marks < target ? 'thin' : 'ok';
      expect(td.classList.contains(`ip-status-${status}`)).toBe(true);
    });
    // Principles the demo vault never covers show as gaps.
    const gaps = [...el.querySelectorAll('.ip-gaps li')].filter((li) => li.classList.contains('ip-status-gap')).map((li) => li.querySelector('.ip-link')?.textContent);
    expect(gaps).toContain('Learn and Be Curious');
  });

  it('lists the misspelled principle of the demo vault with its suggestion', async () => {
    const { el } = await openDemoDashboard();
    const warnings = [...el.querySelectorAll('.ip-warnings li')].map((li) => li.textContent ?? '');
    const typo = warnings.find((w) => w.includes('Customer Obession'));
    expect(typo).toBeDefined();
    expect(typo).toContain('Customer Obsession');
    expect(typo).toContain('Stories/Quarterly forecast miss.md');
  });

  it('opens a story note at its line when its row title is clicked', async () => {
    const { el, app } = await openDemoDashboard();
    const link = [...el.querySelectorAll('tbody th .ip-link')].find((l) => l.textContent === 'Returns portal redesign') as HTMLElement;
    const line = Number(link.getAttribute('data-ip-line'));
    expect(line).toBeGreaterThan(1);
    link.click();
    await settle();
    const opened = app.workspace.leaves.flatMap((l) => l.opened);
    expect(opened.map((o) => [o.file.path, o.state?.eState?.line])).toEqual([['Amazon Leadership Principles.md', line - 1]]);
    expect(app.vault.textOf('Amazon Leadership Principles.md')?.split('\n')[line - 1]).toMatch(/Returns portal redesign|\*\*S/);
  });

  it('follows edits: a new story shows up after the debounced refresh, and the set selector switches sets', async () => {
    const { app, view, el } = await openDemoDashboard();
    const rowsBefore = el.querySelectorAll('tbody tr').length;
    await app.vault.create('Stories/Pricing page test.md', '---\ntags: [story]\nprinciples: [Learn and Be Curious]\n---\n# Pricing page test\n\n**S:** Sign-ups were flat.\n**A:** I ran an A/B test.\n**R:** Sign-ups rose 12%.\n');
    await afterVaultChange(app, 400);
    expect(el.querySelectorAll('tbody tr').length).toBe(rowsBefore + 1);
    expect(cell(el, 'Pricing page test', 'Learn and Be Curious')).toBe('●');

    const select = el.querySelector('select.ip-set-select') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent).length).toBeGreaterThan(1);
    const other = [...select.options].find((o) => !o.selected)!;
    select.value = other.value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(view.getState()).toEqual({ set: other.value, sort: 'title' });
    expect((el.querySelector('select.ip-set-select') as HTMLSelectElement).value).toBe(other.value);
  });

  it('follows a modify, a tag removal, a rename and a delete', async () => {
    const { app, el } = await openDemoDashboard();
    const titles = () => [...el.querySelectorAll('tbody th .ip-link')].map((l) => l.textContent);
    const pathOf = (title: string) => [...el.querySelectorAll('tbody th .ip-link')].find((l) => l.textContent === title)?.getAttribute('data-ip-path');

    const cost = app.vault.getFileByPath('Stories/Data pipeline cost cut.md')!;
    const text = app.vault.textOf(cost.path)!;
    expect(text).toContain('principles: Frugality\n');
    await app.vault.modify(cost, text.replace('principles: Frugality\n', 'principles: Frugality, Learn and Be Curious\n'));
    await afterVaultChange(app, 400);
    expect(cell(el, 'Data pipeline cost cut', 'Learn and Be Curious')).toBe('●');

    await app.fileManager.renameFile(cost, 'Stories/Done/Data pipeline cost cut.md');
    await afterVaultChange(app, 400);
    expect(pathOf('Data pipeline cost cut')).toBe('Stories/Done/Data pipeline cost cut.md');

    const vendor = app.vault.getFileByPath('Stories/Vendor outage rollback.md')!;
    const vendorText = app.vault.textOf(vendor.path)!;
    expect(vendorText).toContain('type: story\n');
    await app.vault.modify(vendor, vendorText.replace('type: story\n', 'type: incident\n'));
    await afterVaultChange(app, 400);
    expect(titles()).not.toContain('Vendor outage rollback');

    await app.fileManager.trashFile(app.vault.getFileByPath('Stories/Onboarding mentorship program.md')!);
    await afterVaultChange(app, 400);
    expect(titles()).not.toContain('Onboarding mentorship program');
    expect(titles()).toContain('Checkout latency rescue');
  }, 20_000); // five changes, each with the cache's parse and the debounced refresh

  it('does not redraw while hidden, and catches up when shown again', async () => {
    const { app, view, el } = await openDemoDashboard();
    expect(view.refresh()).toBe(false); // nothing moved
    view.containerEl.hide();
    await app.vault.create('Stories/Hidden edit.md', '---\ntags: [story]\nprinciples: [Frugality]\n---\n# Hidden edit\n\n**S:** a\n**A:** I b\n**R:** 3%\n');
    await afterVaultChange(app, 400);
    expect(el.textContent).not.toContain('Hidden edit');
    view.containerEl.show();
    app.workspace.trigger('active-leaf-change', view.leaf);
    expect(el.textContent).toContain('Hidden edit');
  });

  it('is one view per workspace and restores its state', async () => {
    const { plugin, app, view } = await openDemoDashboard();
    await plugin.openDashboard();
    expect(app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)).toHaveLength(1);
    await view.setState({ set: 'google', sort: 'health' }, { history: false });
    expect(view.getState()).toEqual({ set: 'google', sort: 'health' });
    expect(view.contentEl.querySelector('[data-ip-sort="health"]')?.getAttribute('aria-pressed')).toBe('true');
  });
});
