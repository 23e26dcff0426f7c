/** @jest-environment jsdom */
import { renderCodeBlock } from '../../../__mocks__/obsidian';
import { DEMO_VAULT, loadPlugin, makeApp, readFolder, startPlugin, afterVaultChange } from '../../harness';

describe('interview-prep code block', () => {
  it('embeds the parts asked for and follows the index', async () => {
    const app = makeApp(readFolder(DEMO_VAULT));
    await startPlugin(app);
    const { el } = await renderCodeBlock(app, 'interview-prep', 'set: amazon\nshow: gaps');
    expect(el.querySelector('.ip-matrix')).toBeNull();
    const gapNames = () => [...el.querySelectorAll('.ip-gaps .ip-gap-head > .ip-link')].map((a) => a.textContent);
    expect(gapNames()).toContain('Learn and Be Curious');

    await app.vault.create(
      'Stories/Curious.md',
      '---\ntags: [story]\nprinciples: [Learn and Be Curious]\n---\n# Curious\n\n**S:** x\n**A:** I y\n**R:** 4%\n',
    );
    await app.vault.create(
      'Stories/Curious 2.md',
      '---\ntags: [story]\nprinciples: [Learn and Be Curious]\n---\n# Curious two\n\n**S:** z\n**A:** I w\n**R:** 5%\n',
    );
    await afterVaultChange(app, 400);
    expect(gapNames()).not.toContain('Learn and Be Curious');
  });

  it('shows a clear message for a bad option or an unknown set, in place', async () => {
    const app = makeApp(readFolder(DEMO_VAULT));
    await startPlugin(app);
    const bad = await renderCodeBlock(app, 'interview-prep', 'show: pie');
    expect(bad.el.querySelector('.ip-block-error')?.textContent).toBe('Interview prep blockUnknown value "pie" for show: use summary, matrix, gaps or warnings.');
    const unknown = await renderCodeBlock(app, 'interview-prep', 'set: netflix');
    expect(unknown.el.querySelector('.ip-block-error')?.textContent).toMatch(/No principle set named "netflix"\. Known sets: .*amazon/i);
  });

  it('waits for the index, then draws; stops following once unloaded', async () => {
    const app = makeApp(readFolder(DEMO_VAULT));
    const plugin = await loadPlugin(app);
    const { el, children } = await renderCodeBlock(app, 'interview-prep', 'show: summary');
    expect(el.textContent).toBe('Indexing your notes…');
    app.setLayoutReady();
    await plugin.index.whenReady();
    expect(el.querySelector('.ip-at-target')?.textContent).toMatch(/^\d+ of \d+ principles at target/);
    children.forEach((c) => c.unload());
    const drawn = el.querySelector('.ip-dashboard');
    await app.vault.create('Stories/After.md', '---\ntags: [story]\nprinciples: [Frugality]\n---\n# After\n\n**S:** a\n**A:** I b\n**R:** 1%\n');
    await afterVaultChange(app, 400);
    expect(el.querySelector('.ip-dashboard')).toBe(drawn);
  });
});

describe('interview-prep code block in a hidden tab', () => {
  it('skips redraws while hidden and catches up when its tab is shown', async () => {
    const app = makeApp(readFolder(DEMO_VAULT));
    await startPlugin(app);
    const { el } = await renderCodeBlock(app, 'interview-prep', 'show: matrix');
    el.hide();
    await app.vault.create('Stories/Quiet.md', '---\ntags: [story]\nprinciples: [Frugality]\n---\n# Quiet change\n\n**S:** a\n**A:** I b\n**R:** 2%\n');
    await afterVaultChange(app, 400);
    expect(el.textContent).not.toContain('Quiet change');
    el.show();
    app.workspace.trigger('active-leaf-change', null);
    expect(el.textContent).toContain('Quiet change');
  });
});
