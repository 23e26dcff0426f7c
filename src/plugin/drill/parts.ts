// Pieces shared by the drill modal and the mock loop modal: the question header, the timer line,
// follow-ups, the user's answer cue, stories of the principle and the four rating buttons.
import type { Question, IndexSnapshot } from '../../core/model';
import type { DrillSession } from '../../core/drill/session';
import { storiesFor } from '../../core/drill/stories';
import { principleName } from '../../core/drill/summary';
import { RATINGS, ratingLabel, type Rating } from '../../core/drill/types';

/** `readAs`: the principle drilled, named in a "read as" chip, when the question is only read as it. */
export function renderQuestionHeader(parent: HTMLElement, q: Question, snapshot: IndexSnapshot, readAs?: string): void {
  const meta = parent.createDiv({ cls: 'ip-drill-meta' });
  if (readAs) meta.createSpan({ cls: 'ip-drill-chip ip-drill-read-as', text: `read as ${readAs}`, attr: { title: 'Its text reads as this principle; it is not mapped to it' } });
  for (const r of q.principles) meta.createSpan({ cls: 'ip-drill-chip', text: principleName(snapshot, r.id) });
  if (q.category) meta.createSpan({ cls: 'ip-drill-chip ip-drill-category', text: q.category });
  parent.createDiv({ cls: 'ip-drill-question', text: q.text });
}

/** The timer line; call `update` on each tick. */
export function renderTimer(parent: HTMLElement, session: DrillSession): { update(): void } {
  const el = parent.createDiv({ cls: 'ip-drill-timer', attr: { 'aria-live': 'off' } });
  const update = (): void => {
    const t = session.timer();
    el.setText(t.text);
    el.toggleClass('ip-drill-overtime', t.overtime);
  };
  update();
  return { update };
}

export function renderFollowUps(parent: HTMLElement, session: DrillSession, rerender: () => void): void {
  const q = session.current;
  if (!q || q.followUps.length === 0) return;
  const box = parent.createDiv({ cls: 'ip-drill-followups' });
  const list = box.createEl('ol');
  for (const f of session.followUpsShown) list.createEl('li', { text: f });
  if (session.hasMoreFollowUps) {
    const left = q.followUps.length - session.followUpsShown.length;
    const btn = box.createEl('button', { cls: 'ip-drill-button', text: `Show follow-up (${left} left)` });
    btn.addEventListener('click', () => {
      session.revealFollowUp();
      rerender();
    });
  }
}

/** The user's answer cue, behind "Show my cue" (key `c`): nothing when the question has none. */
export function renderCue(parent: HTMLElement, q: Question, shown: boolean, show: () => void): void {
  if (q.cues.length === 0) return;
  const box = parent.createDiv({ cls: 'ip-drill-cue' });
  if (!shown) {
    const btn = box.createEl('button', { cls: 'ip-drill-button', text: 'Show my cue', attr: { 'aria-keyshortcuts': 'C', title: 'Show my cue (c)' } });
    btn.addEventListener('click', show);
    return;
  }
  box.createDiv({ cls: 'ip-drill-subheading', text: 'My cue' });
  const list = box.createEl('ul', { cls: 'ip-drill-cues' });
  for (const c of q.cues) list.createEl('li', { text: c });
}

/** "My stories for this principle": the title opens the note at its line; "Told this" picks it. */
export function renderStories(
  parent: HTMLElement,
  snapshot: IndexSnapshot,
  q: Question,
  picked: string | null,
  handlers: { open(path: string, line: number): void; pick(storyId: string | null): void },
): void {
  const stories = storiesFor(snapshot, q.principles.map((r) => r.id));
  const box = parent.createDiv({ cls: 'ip-drill-stories' });
  box.createDiv({ cls: 'ip-drill-subheading', text: 'My stories for this principle' });
  if (stories.length === 0) {
    box.createDiv({ cls: 'ip-drill-empty', text: 'No story is mapped to this principle yet.' });
    return;
  }
  for (const s of stories) {
    const row = box.createDiv({ cls: 'ip-drill-story' });
    const link = row.createEl('a', { cls: 'ip-drill-story-link', text: s.title, attr: { href: '#' } });
    link.addEventListener('click', (evt) => {
      evt.preventDefault();
      handlers.open(s.path, s.line);
    });
    const told = picked === s.id;
    const btn = row.createEl('button', { cls: 'ip-drill-button ip-drill-told', text: told ? 'Told this ✓' : 'Told this' });
    btn.toggleClass('is-active', told);
    btn.addEventListener('click', () => handlers.pick(told ? null : s.id));
  }
}

export function renderRatings(parent: HTMLElement, current: Rating | null, rate: (r: Rating) => void): void {
  const row = parent.createDiv({ cls: 'ip-drill-ratings' });
  RATINGS.forEach((r, i) => {
    const btn = row.createEl('button', { cls: `ip-drill-rating ip-drill-rating-${r}`, text: `${i + 1} ${ratingLabel(r)}`, attr: { 'data-rating': r } });
    btn.toggleClass('is-active', current === r);
    btn.addEventListener('click', () => rate(r));
  });
}
