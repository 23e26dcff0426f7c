// The mock interview loop: interviewer after interviewer, one question per principle, timed.
// After each answer the user names the story told (or none); the summary warns about a story
// told to two interviewers and about answers with no story. Rated answers go to the drill log.
import { mockSummary, PRINCIPLES_PER_INTERVIEWER, type MockAnswer, type MockRound } from '../../core/drill/mock-loop';
import { formatClock } from '../../core/drill/session';
import { storiesFor } from '../../core/drill/stories';
import type { IndexSnapshot, Story } from '../../core/model';
import type { DrillHost } from './host';
import { renderFollowUps, renderQuestionHeader, renderRatings, renderTimer } from './parts';
import { TimedDrillModal } from './timed-modal';

export class MockLoopModal extends TimedDrillModal {
  readonly answers: MockAnswer[] = [];
  /** 'answer' while the user speaks; 'story' while they name the story told. */
  private phase: 'answer' | 'story' = 'answer';

  constructor(
    host: DrillHost,
    private readonly rounds: MockRound[],
    private readonly snapshot: IndexSnapshot,
    private readonly setName: string,
  ) {
    super(host, rounds.map((r) => r.question));
  }

  private get interviewers(): number {
    return Math.ceil(this.rounds.length / PRINCIPLES_PER_INTERVIEWER);
  }

  /** The user finished speaking: stop the clock and ask which story it was. */
  doneAnswering(): void {
    this.session.stop();
    this.phase = 'story';
    this.render();
  }

  /** The story told for the current round (null = none); moves to the next round. */
  told(storyId: string | null): void {
    const round = this.rounds[this.session.index];
    if (!round || this.session.done) return;
    this.session.pickStory(storyId);
    this.answers.push({ round, story: storyId, rating: this.session.rating, seconds: this.session.timer().elapsed });
    this.log.record(this.session.next());
    this.phase = 'answer';
    this.render();
  }

  protected render(): void {
    const el = this.contentEl;
    el.empty();
    this.timer = null;
    if (this.session.done) {
      this.renderSummary(el);
      return;
    }
    const round = this.rounds[this.session.index];
    this.setTitle(`Mock loop (${this.setName}): interviewer ${round.interviewer} of ${this.interviewers}`);
    el.createDiv({ cls: 'ip-drill-round', text: `${round.principle.name}, question ${this.session.index + 1} of ${this.rounds.length}` });
    renderQuestionHeader(el, round.question, this.snapshot);
    this.timer = renderTimer(el, this.session);
    if (this.phase === 'answer') {
      renderFollowUps(el, this.session, () => this.render());
      renderRatings(el, this.session.rating, (r) => this.rate(r));
      const nav = el.createDiv({ cls: 'ip-drill-nav' });
      const done = nav.createEl('button', { cls: 'ip-drill-button mod-cta', text: 'Done answering' });
      done.addEventListener('click', () => this.doneAnswering());
      return;
    }
    renderRatings(el, this.session.rating, (r) => this.rate(r));
    const box = el.createDiv({ cls: 'ip-drill-stories' });
    box.createDiv({ cls: 'ip-drill-subheading', text: 'Which story did you tell?' });
    const own = storiesFor(this.snapshot, [round.principle.id]);
    const others = this.snapshot.stories.filter((s) => s.kind !== 'sketch' && !own.includes(s) && s.principles.some((r) => r.id.startsWith(`${round.principle.set}/`)));
    const button = (s: Story) => {
      const used = this.answers.filter((a) => a.story === s.id).map((a) => a.round.interviewer);
      const btn = box.createEl('button', { cls: 'ip-drill-button ip-drill-story-choice', text: s.title });
      if (used.length > 0) btn.createSpan({ cls: 'ip-drill-used', text: ` (told to interviewer ${used.join(', ')})` });
      btn.addEventListener('click', () => this.told(s.id));
    };
    own.forEach(button);
    if (others.length > 0) box.createDiv({ cls: 'ip-drill-hint', text: 'Other stories' });
    others.forEach(button);
    const none = box.createEl('button', { cls: 'ip-drill-button ip-drill-no-story', text: 'No story' });
    none.addEventListener('click', () => this.told(null));
  }

  private renderSummary(el: HTMLElement): void {
    const sum = mockSummary(this.answers, this.snapshot);
    this.setTitle(`Mock loop (${this.setName}): summary`);
    const box = el.createDiv({ cls: 'ip-drill-summary' });
    box.createDiv({ cls: 'ip-drill-summary-line', text: `${sum.answered} answers in ${formatClock(sum.totalSeconds)}.` });
    for (const r of sum.repeatedStories) {
      box.createDiv({ cls: 'ip-drill-warning', text: `"${r.title}" was told to interviewers ${r.interviewers.join(' and ')}. Each interviewer should hear a different story.` });
    }
    for (const n of sum.noStory) {
      box.createDiv({ cls: 'ip-drill-warning', text: `${n.name} (interviewer ${n.interviewer}) was answered with no story.` });
    }
    if (sum.repeatedStories.length === 0 && sum.noStory.length === 0 && sum.answered > 0) {
      box.createDiv({ cls: 'ip-drill-ok', text: 'Every answer had its own story.' });
    }
    const list = box.createEl('ol', { cls: 'ip-drill-loop-list' });
    for (const a of this.answers) {
      const title = a.story ? (this.snapshot.stories.find((s) => s.id === a.story)?.title ?? a.story) : 'no story';
      list.createEl('li', { text: `Interviewer ${a.round.interviewer}, ${a.round.principle.name}: ${title}` });
    }
    const close = box.createEl('button', { cls: 'ip-drill-button mod-cta', text: 'Close' });
    close.addEventListener('click', () => this.close());
  }
}
