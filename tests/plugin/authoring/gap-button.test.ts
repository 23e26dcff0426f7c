/** @jest-environment jsdom */
import { DEFAULT_COVERAGE_SETTINGS } from '../../../src/core/settings';
import { buildDashboardModel } from '../../../src/plugin/coverage/dashboard/model';
import { renderDashboard } from '../../../src/plugin/coverage/dashboard/render';
import { installObsidianDom } from '../../__mocks__/obsidian';
import { harness } from './harness';

beforeAll(() => installObsidianDom());

const SET = ['#principles #acme', '', '# Acme', '', '### Customer Focus', 'Start from the user.', '', '### Ownership', 'Own it.', ''].join('\n');
const STORY = '---\ntags: [story]\nprinciples: "[[Acme#Ownership]]"\n---\n**S:** a\n**A:** b\n';

function draw(newStory?: (id: string) => void): HTMLElement {
  const h = harness({ 'Acme.md': SET, 'S.md': STORY });
  const snapshot = h.host.index.snapshot();
  const model = buildDashboardModel({ snapshot, ready: true, set: snapshot.sets[0], sort: 'title', coverage: DEFAULT_COVERAGE_SETTINGS, setTag: 'principles' });
  const el = document.body.createDiv();
  renderDashboard(el, model, { open: () => undefined, selectSet: () => undefined, sort: () => undefined }, { newStory });
  return el;
}

describe('New story on gap rows', () => {
  it('each gap row gets a button that passes its principle', () => {
    const chosen: string[] = [];
    const el = draw((id) => chosen.push(id));
    const buttons = [...el.querySelectorAll<HTMLButtonElement>('.ip-gaps .ip-new-story-button')];
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(['New story for Customer Focus', 'New story for Ownership']);
    buttons[1].click();
    expect(chosen).toEqual(['acme/ownership']);
  });

  it('is absent when the caller gives no callback (code blocks)', () => {
    expect(draw().querySelectorAll('.ip-new-story-button')).toHaveLength(0);
  });
});
