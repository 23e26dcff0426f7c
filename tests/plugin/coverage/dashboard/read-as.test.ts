/** @jest-environment jsdom */
// The "Read as" panel: grouped entries with Accept and Dismiss, "+N read as" beside the counts,
// dismissed readings gone from the panel and the `?` cells; Accept on a question line tags only
// that line, Accept on a story note adds a secondary principle, Dismiss goes to the plugin's data.
import { readFileSync } from 'fs';
import { join } from 'path';
import { DEFAULT_COVERAGE_SETTINGS } from '../../../../src/core/settings';
import { readingKey, type ReadAsItem } from '../../../../src/core/reading/read-as-list';
import type { Principle } from '../../../../src/core/model';
import { buildDashboardModel } from '../../../../src/plugin/coverage/dashboard/model';
import { renderDashboard } from '../../../../src/plugin/coverage/dashboard/render';
import { acceptReading, dismissReading } from '../../../../src/plugin/coverage/dashboard/read-as-actions';
import type { PluginSettings } from '../../../../src/plugin/settings';
import { harness } from '../../authoring/harness';
import '../../harness';

const SET_NOTE = readFileSync(join(__dirname, '..', '..', '..', 'fixtures', 'notes', 'Acme Principles.md'), 'utf8');
const STORY = `---
tags: [story]
principles: [Bias for Action]
---
# Cheaper checkout

**S:** A customer complained that checkout asked for the same address twice.
**T:** I had to fix the customer's experience before the sale.
**A:** I listened to ten customer calls and rebuilt the form around what customers asked for.
**R:** Complaints fell 40%.
`;

function setup(dismissed: string[] = []) {
  const h = harness({ 'Acme Principles.md': SET_NOTE, 'Stories/Checkout.md': STORY }, { dismissedReadings: dismissed });
  const snapshot = h.host.index.snapshot();
  const set = snapshot.sets.find((s) => s.id === 'acme') ?? null;
  const model = buildDashboardModel({ snapshot, ready: true, set, sort: 'title', coverage: DEFAULT_COVERAGE_SETTINGS, setTag: 'principles', dismissed: new Set(dismissed) });
  const calls: string[] = [];
  const el = createDiv();
  document.body.appendChild(el);
  renderDashboard(el, model, { open: () => {}, selectSet: () => {}, sort: () => {} }, {
    readAs: {
      accept: (e, p) => calls.push(`accept ${e.item.id} ${p.id}`),
      dismiss: (e, p) => calls.push(`dismiss ${e.item.id} ${p.id}`),
    },
  });
  return { h, model, el, calls };
}

function entry(model: ReturnType<typeof setup>['model'], principleId: string, kind: 'question' | 'story'): { e: ReadAsItem; p: Principle } {
  const g = model.readAs.find((x) => x.principle.id === principleId);
  const e = g?.items.find((x) => x.kind === kind);
  if (!g || !e) throw new Error(`no ${kind} read as ${principleId}`);
  return { e, p: g.principle };
}

describe('Read as panel', () => {
  it('lists the entries by principle with Accept and Dismiss, and "+N read as" beside the counts', () => {
    const { model, el, calls } = setup();
    const panel = el.querySelector('.ip-read-as');
    expect(panel?.querySelector('h4')?.textContent).toMatch(/^Read as \(\d+\)$/);
    const heads = [...(panel?.querySelectorAll('.ip-read-as-principle') ?? [])].map((h) => h.textContent);
    expect(heads.length).toBe(model.readAs.length);
    expect(heads[0]).toContain(model.readAs[0].principle.name);
    const item = panel?.querySelector('.ip-read-as-item');
    expect(item?.textContent).toMatch(/^(Question|Story|Inline story): /);
    (item?.querySelector('.ip-read-as-accept') as HTMLButtonElement).click();
    (panel?.querySelectorAll('.ip-read-as-dismiss')[1] as HTMLButtonElement).click();
    const first = model.readAs[0];
    expect(calls[0]).toBe(`accept ${first.items[0].item.id} ${first.principle.id}`);
    expect(calls[1]).toMatch(/^dismiss /);
    const rightCount = model.readAsCounts.get('acme/are-right-a-lot') ?? 0;
    expect(rightCount).toBeGreaterThan(0);
    const cols = model.report?.principles.map((pc) => pc.principle.id) ?? [];
    const more = [...el.querySelectorAll('.ip-read-as-totals td')].map((td) => td.textContent ?? '');
    expect(more[cols.indexOf('acme/are-right-a-lot')]).toBe(`+${rightCount}`);
    expect(more[cols.indexOf('acme/bias-for-action')]).toBe('');
    expect(el.querySelector('.ip-gaps')?.textContent).toContain(`+${rightCount} read as`);
  });

  it('shows the read-elsewhere warning in the warnings panel', () => {
    const { el } = setup();
    expect(el.querySelector('.ip-warnings')?.textContent).toContain("5 questions under 'Main: Bias for Action'; 3 read as other principles");
  });

  it('hides a dismissed reading from the panel, the counts and the ? cells', () => {
    const before = setup();
    const { e, p } = entry(before.model, 'acme/customer-obsession', 'story');
    const key = readingKey(e.item.id, p.id);
    const row = (m: typeof before.model) => m.rows.find((r) => r.story.id === e.item.id);
    expect(row(before.model)?.suggested).toContain(p.id);
    const after = setup([key]);
    expect(after.model.readAs.flatMap((g) => g.items.map((x) => readingKey(x.item.id, g.principle.id)))).not.toContain(key);
    expect(row(after.model)?.suggested ?? []).not.toContain(p.id);
    expect(after.el.querySelector(`[data-ip-item="${e.item.id}"]`)).toBeNull();
  });

  it('Accept on a question tags only its line, and the index then maps the question', async () => {
    const { h, model } = setup();
    const { e, p } = entry(model, 'acme/are-right-a-lot', 'question');
    await acceptReading(h.host, e, p);
    const after = h.text('Acme Principles.md');
    const a = SET_NOTE.split('\n');
    const b = after.split('\n');
    expect(b.length).toBe(a.length);
    b.forEach((l, i) => expect(l).toBe(i === e.item.line - 1 ? `${a[i]}${/\s$/.test(a[i]) ? '' : ' '}#lp/are-right-a-lot` : a[i]));
    const q = h.host.index.snapshot().questions.find((x) => x.id === e.item.id);
    expect(q?.principles.map((x) => x.id)).toContain('acme/are-right-a-lot');
  });

  it('Accept on a story note adds the principle as secondary in its frontmatter', async () => {
    const { h, model } = setup();
    const { e, p } = entry(model, 'acme/customer-obsession', 'story');
    await acceptReading(h.host, e, p);
    expect(h.text('Stories/Checkout.md')).toBe(STORY.replace('principles: [Bias for Action]\n', 'principles: [Bias for Action]\nsecondary-principles:\n  - "[[Acme Principles#Customer Obsession]]"\n'));
    const s = h.host.index.snapshot().stories.find((x) => x.id === e.item.id);
    expect(s?.principles).toContainEqual(expect.objectContaining({ id: 'acme/customer-obsession', role: 'secondary' }));
  });

  it('Dismiss is saved in the plugin data, once', async () => {
    const { h, model } = setup();
    const { e, p } = entry(model, 'acme/are-right-a-lot', 'question');
    const saved: Partial<PluginSettings>[] = [];
    h.host.updateSettings = async (patch) => {
      saved.push(patch);
      h.host.settings = { ...h.host.settings, ...patch };
    };
    await dismissReading(h.host, e, p);
    await dismissReading(h.host, e, p);
    expect(saved).toEqual([{ dismissedReadings: [readingKey(e.item.id, p.id)] }]);
    expect(h.text('Acme Principles.md')).toBe(SET_NOTE);
  });
});
