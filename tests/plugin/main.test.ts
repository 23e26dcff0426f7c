/** @jest-environment jsdom */
import { Modal, Notice } from '../__mocks__/obsidian';
import { DEFAULT_SETTINGS } from '../../src/plugin/settings';
import { DASHBOARD_VIEW_TYPE } from '../../src/plugin/coverage/dashboard/view';
import { DEMO_VAULT, loadPlugin, makeApp, readFolder, settle, startPlugin } from './harness';

describe('plugin lifecycle', () => {
  it('onload registers everything and reads no file; indexing waits for the layout', async () => {
    const app = makeApp(readFolder(DEMO_VAULT));
    const plugin = await loadPlugin(app);
    expect(app.vault.reads).toEqual([]);
    expect(plugin.index.isReady).toBe(false);
    expect(app.viewRegistry.has(DASHBOARD_VIEW_TYPE)).toBe(true);
    expect(app.codeBlockProcessors.has('interview-prep')).toBe(true);
    const p = plugin as unknown as { commandList: { id: string; name: string; hotkeys?: unknown[] }[]; ribbonIcons: HTMLElement[]; settingTabs: unknown[] };
    expect(p.commandList.map((c) => c.name)).toEqual(expect.arrayContaining(['Open coverage dashboard', 'Export coverage', 'Rebuild index']));
    expect(p.commandList.every((c) => c.hotkeys === undefined)).toBe(true);
    expect(p.ribbonIcons.map((r) => r.getAttribute('aria-label'))).toEqual(['Open coverage dashboard']);
    expect(p.settingTabs).toHaveLength(1);

    app.setLayoutReady();
    await plugin.index.whenReady();
    expect(app.vault.reads.length).toBeGreaterThan(0);
    // Articles and journals are never read.
    expect(app.vault.reads.some((r) => r.startsWith('Journal/') || r.startsWith('Articles/'))).toBe(false);
  });

  it('merges saved settings over the defaults', async () => {
    const plugin = await loadPlugin(makeApp(), { target: 3 });
    expect(plugin.settings.target).toBe(3);
    expect(plugin.settings.storyTag).toBe(DEFAULT_SETTINGS.storyTag);
  });

  it('status bar shows the set and its principles at target, and opens the dashboard on click', async () => {
    const app = makeApp(readFolder(DEMO_VAULT));
    const plugin = await startPlugin(app);
    const bar = (plugin as unknown as { statusBarItems: HTMLElement[] }).statusBarItems[0];
    const snapshot = plugin.index.snapshot();
    const amazon = snapshot.sets.find((s) => s.id === 'amazon')!;
    const principles = snapshot.principles.filter((p) => p.set === 'amazon').length;
    expect(bar.textContent).toMatch(new RegExp(`^${amazon.name} \\d+/${principles}$`));
    bar.click();
    await settle();
    expect(app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)).toHaveLength(1);

    // A stricter target: fewer principles at target.
    const before = Number(/ (\d+)\//.exec(bar.textContent ?? '')![1]);
    await plugin.updateSettings({ target: 3 });
    await settle(300);
    const after = Number(/ (\d+)\//.exec(bar.textContent ?? '')![1]);
    expect(after).toBeLessThan(before);
  });

  it('changing an index setting re-indexes', async () => {
    const app = makeApp({
      'Values.md': '# Values\n#principles/acme\n\n### Ownership\nOwn it.\n',
      'Drafts/Idea.md': '**S:** No docs.\n**A:** I wrote them. [[Values#Ownership]]\n**R:** Tickets fell 30%.\n',
    });
    const plugin = await startPlugin(app);
    expect(plugin.index.snapshot().stories).toHaveLength(0);
    await plugin.updateSettings({ storyFolders: ['Drafts'] });
    await settle(900);
    await plugin.index.whenReady();
    expect(plugin.index.snapshot().stories.map((s) => s.path)).toEqual(['Drafts/Idea.md']);
  });

  it('Export coverage writes a new note at a free name and never overwrites', async () => {
    const app = makeApp({ ...readFolder(DEMO_VAULT), 'Coverage export.md': 'My own note.\n' });
    const plugin = await startPlugin(app);
    const run = async (button: string) => {
      app.commands.executeCommandById('interview-prep:export-coverage');
      const modal = Modal.opened[Modal.opened.length - 1];
      const b = [...modal.contentEl.querySelectorAll('button')].find((x) => x.textContent === button) as HTMLElement;
      b.click();
      await settle();
    };
    await run('Markdown note');
    await run('Markdown note');
    await run('CSV file');
    expect(app.vault.textOf('Coverage export.md')).toBe('My own note.\n');
    expect(app.vault.textOf('Coverage export 1.md')).toMatch(/^# Coverage: amazon\n/);
    expect(app.vault.textOf('Coverage export 2.md')).toMatch(/^# Coverage: amazon\n/);
    const csv = app.vault.textOf('Coverage export.csv')!;
    expect(csv.split('\r\n')[0]).toMatch(/^Story,Path,Line,Customer Obsession,Ownership,/);
    expect(Notice.shown).toContain('Coverage exported to Coverage export.csv.');
    void plugin;
  });

  it('unload removes listeners and the status bar', async () => {
    const app = makeApp(readFolder(DEMO_VAULT));
    const plugin = await startPlugin(app);
    const bar = (plugin as unknown as { statusBarItems: HTMLElement[] }).statusBarItems[0];
    expect(bar.isConnected).toBe(true);
    plugin.unload();
    expect(app.metadataCache.listenerCount('changed')).toBe(0);
    expect(app.vault.listenerCount('rename')).toBe(0);
    expect(bar.isConnected).toBe(false);
  });
});
