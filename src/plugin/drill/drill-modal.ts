// The drill modal: one question at a time with its principles, a timer against the target,
// follow-ups revealed one by one, the user's answer cue behind "Show my cue" (key c), the user's
// stories for the principle, four rating buttons (keys 1–4), next and finish; then a summary. Each rated answer is appended to the log as soon
// as the user moves on, so closing halfway keeps it. With "Record spoken answers" on, a record button
// (key r) records the answer; rating, moving on or closing stops it. The recording of a rated answer is
// saved as an attachment and linked from its log line (its length is the answer's time); the recording
// of an answer left unrated is dropped. The summary plays the recordings back.
import type { IndexSnapshot, Question } from '../../core/model';
import type { Attempt, Rating } from '../../core/drill/types';
import { formatClock } from '../../core/drill/session';
import { principleName, summarize } from '../../core/drill/summary';
import { ratingLabel } from '../../core/drill/types';
import { isReadAs, principleScopeText } from '../../core/drill/read-as-scope';
import { openNoteAt } from '../navigate';
import { recorderOf, clockOf, type DrillHost } from './host';
import { AnswerRecorder, type Take } from './answer-recorder';
import { renderRecorder, renderRecordings, type RecordedAnswer } from './record-parts';
import { saveRecording } from './recording-store';
import { renderCue, renderFollowUps, renderQuestionHeader, renderRatings, renderStories, renderTimer } from './parts';
import { TimedDrillModal } from './timed-modal';

export interface DrillModalOptions {
  title: string;
  questions: Question[];
  snapshot: IndexSnapshot;
  /** Weak principle ids, suggested in the summary after the ones answered badly. */
  weak?: string[];
  /** The principle drilled ("Drill a principle"): its questions read as it are marked, and counted at the top. */
  principle?: string;
  /** Starts a new drill of one principle (the summary's "Drill" buttons). */
  drillPrinciple?: (principleId: string) => void;
}

export class DrillModal extends TimedDrillModal {
  /** The question whose cue is shown; a new question starts with it hidden. */
  private cueShownFor: Question | null = null;
  /** The microphone, when the setting "Record spoken answers" is on. */
  readonly recorder: AnswerRecorder | null;
  private readonly recorded: RecordedAnswer[] = [];

  constructor(
    host: DrillHost,
    private readonly options: DrillModalOptions,
  ) {
    super(host, options.questions);
    this.recorder = host.settings.recordAnswers ? new AnswerRecorder(recorderOf(host), clockOf(host), () => this.render()) : null;
  }

  onOpen(): void {
    this.scope.register([], 'c', () => {
      this.showCue();
      return false;
    });
    if (this.recorder) {
      this.scope.register([], 'r', () => {
        this.toggleRecording();
        return false;
      });
    }
    super.onOpen();
  }

  /** Starts recording the answer, or stops the recording in progress. */
  toggleRecording(): void {
    const recorder = this.recorder;
    if (!recorder || this.session.done) return;
    if (recorder.state === 'recording' || recorder.state === 'starting') {
      this.stopRecording();
      this.render();
    } else if (recorder.state === 'idle') {
      this.session.setSpokenSeconds(null);
      void recorder.start();
    }
  }

  /** Rating ends the answer: a recording in progress stops first. */
  rate(r: Rating): void {
    if (this.session.done) return;
    this.stopRecording();
    super.rate(r);
  }

  private stopRecording(): void {
    const take = this.recorder?.stop();
    if (take) this.session.setSpokenSeconds(take.seconds);
  }

  /** Logs the current question's attempt (when rated) with its recording, and moves on or ends. */
  private leaveQuestion(end: boolean): void {
    const q = this.session.current;
    this.stopRecording();
    const take = this.recorder?.leave() ?? null;
    const attempt = end ? this.session.finish() : this.session.next();
    this.log.record(this.withRecording(attempt, take, q));
  }

  /** The attempt as it is logged: with its recording's path once saved. A take of an unrated answer is dropped. */
  private withRecording(attempt: Attempt | null, take: Take | null, q: Question | null): Attempt | null | Promise<Attempt | null> {
    if (!attempt || !take) return attempt;
    const first = q?.principles[0];
    const file = saveRecording(this.app, take, this.host.settings.drillLogPath, first ? principleName(this.options.snapshot, first.id) : null);
    this.recorded.push({ attempt, file });
    return file.then((f) => (f ? { ...attempt, recording: f.path } : attempt));
  }

  /** Shows the current question's answer cue, if it has one. */
  showCue(): void {
    const q = this.session.current;
    if (this.session.done || !q || q.cues.length === 0 || this.cueShownFor === q) return;
    this.cueShownFor = q;
    this.render();
  }

  onClose(): void {
    // Closing halfway keeps what was rated: the current attempt goes to the log too, with its recording.
    if (!this.session.done) this.leaveQuestion(true);
    // No hot microphone: whatever was starting or recording is released.
    this.recorder?.close();
    super.onClose();
  }

  next(): void {
    this.leaveQuestion(false);
    this.render();
  }

  finish(): void {
    this.leaveQuestion(true);
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
    const q = this.session.current as Question;
    const total = this.options.questions.length;
    this.setTitle(`${this.options.title}: question ${this.session.index + 1} of ${total}`);
    const principle = this.options.principle;
    if (principle) el.createDiv({ cls: 'ip-drill-scope', text: principleScopeText(this.options.snapshot, principle) });
    renderQuestionHeader(el, q, this.options.snapshot, principle && isReadAs(q, principle) ? principleName(this.options.snapshot, principle) : undefined);
    const timer = renderTimer(el, this.session);
    const recording = this.recorder ? renderRecorder(el, this.recorder, () => this.toggleRecording()) : null;
    this.timer = {
      update: () => {
        timer.update();
        recording?.update();
      },
    };
    renderFollowUps(el, this.session, () => this.render());
    renderCue(el, q, this.cueShownFor === q, () => this.showCue());
    renderStories(el, this.options.snapshot, q, this.session.pickedStory, {
      open: (path, line) => void openNoteAt(this.app, path, line, true),
      pick: (id) => {
        this.session.pickStory(id);
        this.render();
      },
    });
    renderRatings(el, this.session.rating, (r) => this.rate(r));
    const nav = el.createDiv({ cls: 'ip-drill-nav' });
    const next = nav.createEl('button', { cls: 'ip-drill-button mod-cta', text: this.session.isLast ? 'Finish' : 'Next' });
    next.addEventListener('click', () => (this.session.isLast ? this.finish() : this.next()));
    if (!this.session.isLast) {
      const stop = nav.createEl('button', { cls: 'ip-drill-button', text: 'Finish now' });
      stop.addEventListener('click', () => this.finish());
    }
    if (!this.session.rating) nav.createSpan({ cls: 'ip-drill-hint', text: 'Rate your answer with 1–4 to log it.' });
  }

  private renderSummary(el: HTMLElement): void {
    const { snapshot } = this.options;
    const sum = summarize(this.session.attempts, snapshot, this.options.weak ?? []);
    this.setTitle(`${this.options.title}: summary`);
    const box = el.createDiv({ cls: 'ip-drill-summary' });
    box.createDiv({
      cls: 'ip-drill-summary-line',
      text: `${sum.questions} ${sum.questions === 1 ? 'question' : 'questions'} rated in ${formatClock(sum.totalSeconds)}.`,
    });
    if (sum.byPrinciple.length > 0) {
      const table = box.createEl('table', { cls: 'ip-drill-summary-table' });
      const head = table.createEl('tr');
      for (const h of ['Principle', 'Ratings', 'Average']) head.createEl('th', { text: h });
      for (const p of sum.byPrinciple) {
        const row = table.createEl('tr');
        row.createEl('td', { text: p.name });
        row.createEl('td', { text: p.ratings.map(ratingLabel).join(', ') });
        row.createEl('td', { text: p.average.toFixed(1) });
      }
    }
    renderRecordings(box, this.app, this.recorded);
    if (sum.drillNext.length > 0) {
      const next = box.createDiv({ cls: 'ip-drill-next' });
      next.createDiv({ cls: 'ip-drill-subheading', text: 'Drill next' });
      for (const id of sum.drillNext) {
        const row = next.createDiv({ cls: 'ip-drill-next-row' });
        row.createSpan({ text: principleName(snapshot, id) });
        if (this.options.drillPrinciple) {
          const btn = row.createEl('button', { cls: 'ip-drill-button', text: 'Drill' });
          btn.addEventListener('click', () => {
            this.close();
            this.options.drillPrinciple?.(id);
          });
        }
      }
    }
    const close = box.createEl('button', { cls: 'ip-drill-button mod-cta', text: 'Close' });
    close.addEventListener('click', () => this.close());
  }
}
