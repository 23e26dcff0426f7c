// What the drill modal and the mock loop share: a timed DrillSession, keys 1–4 for the ratings,
// a ticker that refreshes the timer once a second, and the writer that appends attempts to the
// drill log. Subclasses draw the screen in `render()`.
import { Modal } from 'obsidian';
import type { Question } from '../../core/model';
import { DrillSession } from '../../core/drill/session';
import { RATINGS, type Rating } from '../../core/drill/types';
import { clockOf, type DrillHost } from './host';
import { DrillLogWriter } from './log-store';
import { startTicker } from './timer';

export abstract class TimedDrillModal extends Modal {
  readonly session: DrillSession;
  protected readonly log: DrillLogWriter;
  /** The timer drawn by the last render, if the screen shows one. */
  protected timer: { update(): void } | null = null;
  private stopTicker: (() => void) | null = null;

  protected constructor(
    protected readonly host: DrillHost,
    questions: Question[],
  ) {
    super(host.app);
    this.log = new DrillLogWriter(host.app, () => host.settings.drillLogPath, () => host.index.touch?.());
    this.session = new DrillSession(questions, clockOf(host), host.settings.drillTargetSeconds);
  }

  onOpen(): void {
    this.modalEl.addClass('ip-drill-modal');
    RATINGS.forEach((r, i) =>
      this.scope.register([], String(i + 1), () => {
        this.rate(r);
        return false;
      }),
    );
    this.stopTicker = startTicker(this.host, () => this.timer?.update());
    this.render();
  }

  onClose(): void {
    this.stopTicker?.();
    this.stopTicker = null;
    this.contentEl.empty();
  }

  /** Resolves when every attempt so far is in the log (tests wait on it). */
  flushed(): Promise<void> {
    return this.log.flushed();
  }

  rate(r: Rating): void {
    if (this.session.done) return;
    this.session.rate(r);
    this.render();
  }

  protected abstract render(): void;
}
