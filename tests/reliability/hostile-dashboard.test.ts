/** @jest-environment jsdom */
// The plugin loaded on the hostile vault: the dashboard and the code block render every set,
// and markup in names and titles is shown as text, never turned into elements.
import type { DashboardView } from '../../src/plugin/coverage/dashboard/view';
import { makeApp, startPlugin } from '../plugin/harness';
import { renderCodeBlock } from '../__mocks__/obsidian';
import { hostileFiles } from './hostile';

const MARKUP_SET = [
  '#principles #markup',
  '# Markup set',
  '### <img src=y onerror=alert(8)>',
  'A principle whose name is an HTML tag.',
  '### Plain',
  'An ordinary one.',
  '## Main: Plain',
  '1. **<script>alert(9)</script> Tell me about a time?**',
].join('\n');

const MARKUP_STORY = '---\ntags: [story]\nprinciples: ["[[Markup Set#<img src=y onerror=alert(8)>]]", Plain]\n---\n# <iframe src="javascript:alert(10)"></iframe>\n**S:** a\n**T:** b\n**A:** I c.\n**R:** 1 d.\n';

// The progress panel's own charts are SVG (class-named, drawn with createSvg); any other svg came from note text.
const DANGEROUS = 'img, script, iframe, svg:not(.ip-progress-calendar):not(.ip-progress-sparkline), object, embed, a[href^="javascript"]';

async function start() {
  const app = makeApp({ ...Object.fromEntries(hostileFiles()), 'Markup Set.md': MARKUP_SET, 'Stories/Markup story.md': MARKUP_STORY });
  const plugin = await startPlugin(app, { defaultSet: 'markup' });
  return { app, plugin };
}

describe('the plugin on the hostile vault', () => {
  it('the dashboard shows markup in names and titles as text', async () => {
    const { plugin } = await start();
    const snap = plugin.index.snapshot();
    expect(snap.principles.map((p) => p.name)).toContain('<img src=y onerror=alert(8)>');
    const leaf = await plugin.openDashboard();
    const el = (leaf.view as unknown as DashboardView).contentEl;
    expect(el.textContent).toContain('<img src=y onerror=alert(8)>');
    expect(el.textContent).toContain('<iframe src="javascript:alert(10)"></iframe>');
    expect(el.querySelectorAll(DANGEROUS)).toHaveLength(0);
  });

  it('the code block renders every set of the hostile vault, without elements from note text', async () => {
    const { app, plugin } = await start();
    for (const set of plugin.index.snapshot().sets) {
      const { el } = await renderCodeBlock(app, 'interview-prep', `set: ${set.id}\nshow: summary matrix gaps warnings`);
      expect(el.textContent).not.toBe('');
      expect(el.querySelectorAll(DANGEROUS)).toHaveLength(0);
    }
    for (const source of ['set: __proto__', 'set: constructor', 'show: toString', '__proto__: x', 'set: <img src=z onerror=alert(11)>']) {
      const { el } = await renderCodeBlock(app, 'interview-prep', source);
      expect(el.textContent).not.toBe('');
      expect(el.querySelectorAll(DANGEROUS)).toHaveLength(0);
    }
  });
});
