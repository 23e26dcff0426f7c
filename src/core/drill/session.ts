// One drill in progress, independent of any UI: the current question, its timer, follow-ups
// revealed one at a time, and the rating. The Obsidian modal and the CLI's --interactive mode
// both drive it; the clock is injected so timers are testable.
import type { Question } from '../model';
import { attemptText } from './log-format';
import type { Clock } from './random';
import type { Attempt, Rating } from './types';

export const DEFAULT_TARGET_SECONDS = 120;

/** `75` → `1:15`. */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export interface TimerView {
  elapsed: number;
  /** `1:15 / 2:00`, or `2:10 / 2:00 (+0:10 over)` past the target. */
  text: string;
  overtime: boolean;
}

export class DrillSession {
  readonly attempts: Attempt[] = [];
  private pos = 0;
  private started: Date;
  private shown = 0;
  private pending: { rating: Rating; seconds: number } | null = null;
  private story: string | null = null;
  private stopped: number | null = null;
  private spoken: number | null = null;
  private finished = false;

  constructor(
    readonly questions: readonly Question[],
    private readonly clock: Clock,
    readonly targetSeconds = DEFAULT_TARGET_SECONDS,
  ) {
    this.started = clock();
    if (questions.length === 0) this.finished = true;
  }

  get done(): boolean {
    return this.finished;
  }

  get index(): number {
    return this.pos;
  }

  get current(): Question | null {
    return this.finished ? null : (this.questions[this.pos] ?? null);
  }

  get isLast(): boolean {
    return this.pos >= this.questions.length - 1;
  }

  elapsedSeconds(): number {
    return Math.max(0, Math.floor((this.clock().getTime() - this.started.getTime()) / 1000));
  }

  timer(): TimerView {
    const elapsed = this.spoken ?? this.pending?.seconds ?? this.stopped ?? this.elapsedSeconds();
    const over = elapsed - this.targetSeconds;
    const base = `${formatClock(elapsed)} / ${formatClock(this.targetSeconds)}`;
    return { elapsed, overtime: over > 0, text: over > 0 ? `${base} (+${formatClock(over)} over)` : base };
  }

  /** Follow-ups revealed so far for the current question. */
  get followUpsShown(): readonly string[] {
    return this.current?.followUps.slice(0, this.shown) ?? [];
  }

  get hasMoreFollowUps(): boolean {
    return (this.current?.followUps.length ?? 0) > this.shown;
  }

  /** Reveals the next follow-up probe; returns it, or null when all are shown. */
  revealFollowUp(): string | null {
    const q = this.current;
    if (!q || this.shown >= q.followUps.length) return null;
    return q.followUps[this.shown++];
  }

  /** Stops the clock of the current question (rating stops it too). */
  stop(): void {
    if (this.stopped === null) this.stopped = this.elapsedSeconds();
  }

  get stoppedClock(): boolean {
    return this.stopped !== null || this.pending !== null || this.spoken !== null;
  }

  /** Rates the current question (a later rating replaces an earlier one); the time stops at the first rating. */
  rate(rating: Rating): void {
    if (!this.current) return;
    this.pending = { rating, seconds: this.pending?.seconds ?? this.stopped ?? this.elapsedSeconds() };
  }

  /**
   * The length of the current answer as recorded (null = no recording): the attempt logs it
   * instead of the clock's time, which also counts reading the question.
   */
  setSpokenSeconds(seconds: number | null): void {
    this.spoken = seconds === null ? null : Math.max(0, Math.round(seconds));
  }

  /** The story told for the current question (null = none). */
  pickStory(story: string | null): void {
    this.story = story;
  }

  get pickedStory(): string | null {
    return this.story;
  }

  get rating(): Rating | null {
    return this.pending?.rating ?? null;
  }

  /** Records the current question's attempt (when rated) and moves on; returns that attempt. */
  next(): Attempt | null {
    const q = this.current;
    if (!q) return null;
    let attempt: Attempt | null = null;
    if (this.pending) {
      attempt = {
        at: this.clock(),
        questionId: q.id,
        text: attemptText(q.text),
        principles: [...new Set(q.principles.map((r) => r.id))],
        rating: this.pending.rating,
        seconds: this.spoken ?? this.pending.seconds,
        story: this.story,
      };
      this.attempts.push(attempt);
    }
    this.pending = null;
    this.story = null;
    this.stopped = null;
    this.spoken = null;
    this.shown = 0;
    this.pos++;
    if (this.pos >= this.questions.length) this.finished = true;
    this.started = this.clock();
    return attempt;
  }

  /** Records the current question when rated, then ends the session. */
  finish(): Attempt | null {
    if (this.finished) return null;
    const attempt = this.pending ? this.next() : null;
    this.finished = true;
    return attempt;
  }
}
