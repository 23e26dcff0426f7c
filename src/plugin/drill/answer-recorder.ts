// Recording the answer to the question on screen: start (asking for the microphone on first use),
// stop, record again. The length is measured with the drill's clock from start to stop. A stopped
// recording is a "take"; the modal saves it when the answer is logged and drops it otherwise.
// A microphone that is denied or missing gives a notice, and recording stays off for the rest of
// the drill. close() releases the microphone, whatever state the recorder is in.
import { Notice } from 'obsidian';
import type { Clock } from '../../core/drill/random';
import { spokenSeconds, type RecordingFormat } from '../../core/drill/recording';
import { failureOf, type RecorderFailure, type RecorderPort, type RecordingHandle } from './recorder-port';

/** A finished recording: its length is known at once, its bytes when the recorder hands them over. */
export interface Take {
  format: RecordingFormat;
  startedAt: Date;
  seconds: number;
  /** The recorded audio; null when the recorder failed to hand it over. */
  audio: Promise<ArrayBuffer | null>;
}

const FAILURE_TEXT: Record<RecorderFailure, string> = {
  denied: 'Microphone access was denied, so this drill goes on without recording. Allow the microphone for Obsidian in your system settings to record answers.',
  'no-microphone': 'No microphone was found, so this drill goes on without recording.',
  busy: 'The microphone is in use by another app, so this drill goes on without recording.',
  unsupported: 'This device cannot record audio here, so this drill goes on without recording.',
  failed: 'Recording could not start, so this drill goes on without recording.',
};

export function failureText(reason: RecorderFailure, detail = ''): string {
  return reason === 'failed' && detail ? `${FAILURE_TEXT.failed} (${detail})` : FAILURE_TEXT[reason];
}

export type RecorderState = 'idle' | 'starting' | 'recording' | 'unavailable';

export class AnswerRecorder {
  private current: RecorderState = 'idle';
  private handle: RecordingHandle | null = null;
  private startedAt: Date | null = null;
  private closed = false;
  /** The last finished recording of the question on screen. */
  private lastTake: Take | null = null;

  constructor(
    private readonly port: RecorderPort,
    private readonly clock: Clock,
    /** Called when starting ends, recording or refused (the modal redraws). */
    private readonly changed: () => void,
  ) {}

  get state(): RecorderState {
    return this.current;
  }

  get take(): Take | null {
    return this.lastTake;
  }

  /** Seconds recorded so far (0 when not recording). */
  elapsed(): number {
    return this.current === 'recording' && this.startedAt ? spokenSeconds(this.startedAt, this.clock()) : 0;
  }

  /** Starts recording; an earlier take of this question is dropped. Resolves when recording (or refused). */
  async start(): Promise<void> {
    if (this.current !== 'idle' || this.closed) return;
    this.current = 'starting';
    this.lastTake = null;
    this.changed();
    try {
      const handle = await this.port.start();
      // Closed, or stopped, while the permission prompt was up: release the microphone at once.
      if (this.closed || this.current !== 'starting') {
        handle.cancel();
        return;
      }
      this.handle = handle;
      this.startedAt = this.clock();
      this.current = 'recording';
    } catch (err) {
      if (this.closed) return;
      const failure = failureOf(err);
      this.current = 'unavailable';
      new Notice(failureText(failure.reason, failure.message));
    }
    this.changed();
  }

  /** Stops recording and returns the take (null when nothing was recording). The caller redraws. */
  stop(): Take | null {
    if (this.current === 'starting') {
      this.current = 'idle';
      return null;
    }
    const handle = this.handle;
    const startedAt = this.startedAt;
    if (this.current !== 'recording' || !handle || !startedAt) return null;
    const take: Take = {
      format: handle.format,
      startedAt,
      seconds: spokenSeconds(startedAt, this.clock()),
      audio: handle.stop().catch(() => null),
    };
    this.handle = null;
    this.startedAt = null;
    this.current = 'idle';
    this.lastTake = take;
    return take;
  }

  /** The take of the question being left (stopping a recording in progress); the next question starts with none. */
  leave(): Take | null {
    this.stop();
    const take = this.lastTake;
    this.lastTake = null;
    return take;
  }

  /** The modal closed: no recording starts any more, and the microphone is released. */
  close(): void {
    this.closed = true;
    this.handle?.cancel();
    this.handle = null;
    if (this.current !== 'unavailable') this.current = 'idle';
  }
}
