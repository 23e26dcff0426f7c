/** @jest-environment jsdom */
// Zero configuration inside Obsidian: the user's real notes (../shared/seed-vault, beside the
// repository; CI has it there) go through the plugin's own path — candidates chosen from the
// metadata cache, bodies from cachedRead — to the status bar and the dashboard.
import type { DashboardView } from '../../../src/plugin/coverage/dashboard/view';
import { SEED_VAULT as SEED, seedVaultPresent } from '../../seed-vault';
import { makeApp, readFolder, startPlugin } from '../harness';

const maybe = seedVaultPresent('plugin seed acceptance') ? it : it.skip;

maybe('the plugin reads the seed vault with default settings: set, stories, questions, matrix', async () => {
  const app = makeApp(readFolder(SEED));
  const plugin = await startPlugin(app);
  const snap = plugin.index.snapshot();
  expect(snap.sets.map((s) => s.id)).toEqual(['amazon']);
  expect(snap.principles).toHaveLength(14);
  expect(snap.questions).toHaveLength(33);
  expect(snap.stories.map((s) => s.partText.S?.line)).toEqual([78, 98, 137]);
  // The one warning: most questions under the second `Main: Bias for Action` read as other principles.
  expect(snap.warnings.map((w) => [w.code, w.line])).toEqual([['read-elsewhere', 86]]);
  // The untagged job-description note contributes nothing.
  const paths = new Set([...snap.stories, ...snap.questions, ...snap.principles].map((x) => x.path));
  expect([...paths]).toEqual(['Interview/Amazon Leadership Principles.md']);

  const bar = (plugin as unknown as { statusBarItems: HTMLElement[] }).statusBarItems[0];
  expect(bar.textContent).toBe('amazon 1/14'); // Bias for Action has its three stories

  const view = (await plugin.openDashboard()).view as unknown as DashboardView;
  const el = view.contentEl;
  expect(el.querySelectorAll('tbody tr:not(.ip-sketch-row)')).toHaveLength(3);
  // The two sketches (lines 215 and 219) follow as draft rows, in no total.
  expect([...el.querySelectorAll('tbody tr.ip-sketch-row .ip-link')].map((a) => a.getAttribute('data-ip-line'))).toEqual(['215', '219']);
  expect(el.querySelectorAll('thead th')).toHaveLength(15);
  const totals = [...el.querySelectorAll('tfoot td.ip-total')].map((td) => td.textContent);
  expect(totals.filter((t) => t === '0')).toHaveLength(10);
});
