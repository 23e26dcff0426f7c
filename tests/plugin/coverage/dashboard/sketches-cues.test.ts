/** @jest-environment jsdom */
// The dashboard shows sketches as draft rows with their own marker, counted nowhere, and per
// principle how many of its questions have an answer cue.
import { VaultIndex } from '../../../../src/core/index/vault-index';
import { DEFAULT_COVERAGE_SETTINGS } from '../../../../src/core/settings';
import { buildDashboardModel } from '../../../../src/plugin/coverage/dashboard/model';
import { renderDashboard } from '../../../../src/plugin/coverage/dashboard/render';
import '../../harness';

const NOTE = `#principles #acme

# Acme values

### Ownership
Act for the long term.

### Frugality
Do more with less.

## Main: Ownership

1. **Tell me about a time you fixed something nobody owned.**

• The support inbox.

1. **Tell me about a time you took on work outside your role.**

**Weekend rescue**

I came in on a Saturday and we rebuilt the billing export before the audit.
`;

function render() {
  const index = new VaultIndex();
  index.upsert({ path: 'Acme.md', frontmatter: null, body: NOTE, bodyLine: 0 });
  const snapshot = index.snapshot();
  const model = buildDashboardModel({ snapshot, ready: true, set: snapshot.sets[0], sort: 'title', coverage: DEFAULT_COVERAGE_SETTINGS, setTag: 'principles' });
  const el = createDiv();
  document.body.appendChild(el);
  renderDashboard(el, model, { open: () => undefined, selectSet: () => undefined, sort: () => undefined }, {});
  return el;
}

describe('sketches and cues on the dashboard', () => {
  it('draws a sketch as a row of its own, with its marker and a legend entry, and counts it nowhere', () => {
    const el = render();
    const row = el.querySelector('tr.ip-sketch-row')!;
    expect(row.querySelector('.ip-link')?.textContent).toBe('Weekend rescue');
    expect(row.querySelector('.ip-badge-sketch')?.textContent).toBe('Sketch');
    const cells = [...row.querySelectorAll('td')];
    expect(cells.map((c) => c.textContent)).toEqual(['◇', '']);
    expect(cells[0].getAttribute('title')).toBe('Sketch — not counted: Ownership');
    expect([...el.querySelectorAll('tfoot td.ip-total')].map((t) => t.textContent)).toEqual(['0', '0']);
    expect(el.querySelector('.ip-legend')?.textContent).toContain('◇ sketch — not counted');
  });

  it('shows how many of a principle’s questions have a cue, muted, in the gaps panel', () => {
    const el = render();
    const cues = [...el.querySelectorAll('.ip-gaps .ip-gap-cues')];
    expect(cues.map((c) => c.textContent)).toEqual([' · 1/2 cued']);
    expect(cues[0].getAttribute('title')).toBe('1 of the 2 questions for Ownership have an answer cue under them');
  });
});
