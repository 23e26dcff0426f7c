// What the drill modal draws for recorded answers: the record button with its status under the
// timer, and in the summary each recorded answer with an audio player.
import type { App, TFile } from 'obsidian';
import { formatClock } from '../../core/drill/session';
import type { Attempt } from '../../core/drill/types';
import type { AnswerRecorder } from './answer-recorder';

const BUTTON_TEXT = { idle: 'Record answer', again: 'Record again', starting: 'Starting microphone…', recording: 'Stop recording' };

/** The record button (key `r`) and its status; call `update` on each tick while recording. */
export function renderRecorder(parent: HTMLElement, recorder: AnswerRecorder, toggle: () => void): { update(): void } {
  const row = parent.createDiv({ cls: 'ip-drill-record' });
  const state = recorder.state;
  if (state === 'unavailable') {
    row.createSpan({ cls: 'ip-drill-record-status', text: 'No recording in this drill: the microphone is not available.' });
    return { update: () => undefined };
  }
  const recording = state === 'recording';
  const take = recorder.take;
  const label = state === 'idle' ? (take ? BUTTON_TEXT.again : BUTTON_TEXT.idle) : BUTTON_TEXT[state];
  const btn = row.createEl('button', {
    cls: `ip-drill-button ip-drill-record-button${recording ? ' is-recording' : ''}`,
    text: label,
    attr: { 'aria-keyshortcuts': 'R', 'aria-pressed': String(recording), title: `${label} (r)` },
  });
  btn.disabled = state === 'starting';
  btn.addEventListener('click', toggle);
  const status = row.createSpan({ cls: 'ip-drill-record-status', attr: { 'aria-live': 'polite' } });
  const update = (): void => {
    if (recorder.state === 'recording') status.setText(`Recording ${formatClock(recorder.elapsed())}`);
    else if (recorder.take) status.setText(`Recorded ${formatClock(recorder.take.seconds)}`);
    else status.setText('');
  };
  if (recording) row.addClass('is-recording');
  update();
  return { update };
}

/**
 * A WebM from MediaRecorder has no length in its header, so the player shows none and cannot seek.
 * Seeking far past the end makes it read the file through and find the length; then back to 0:00.
 */
function findLength(audio: HTMLAudioElement): void {
  if (Number.isFinite(audio.duration)) return;
  audio.addEventListener('timeupdate', () => (audio.currentTime = 0), { once: true });
  audio.currentTime = Number.MAX_SAFE_INTEGER;
}

export interface RecordedAnswer {
  attempt: Attempt;
  /** The saved file, once written (null when it could not be saved). */
  file: Promise<TFile | null>;
}

/** "Recorded answers" in the summary: the question, the length and a player for each. */
export function renderRecordings(parent: HTMLElement, app: App, answers: readonly RecordedAnswer[]): void {
  if (answers.length === 0) return;
  const box = parent.createDiv({ cls: 'ip-drill-recordings' });
  box.createDiv({ cls: 'ip-drill-subheading', text: 'Recorded answers' });
  for (const { attempt, file } of answers) {
    const row = box.createDiv({ cls: 'ip-drill-recording' });
    row.createDiv({ cls: 'ip-drill-recording-text', text: `${attempt.text} (${formatClock(attempt.seconds)})` });
    const slot = row.createDiv({ cls: 'ip-drill-recording-player', text: 'Saving…' });
    void file.then((f) => {
      slot.empty();
      if (!f) {
        slot.setText('Not saved.');
        return;
      }
      const audio = slot.createEl('audio', { attr: { controls: '', preload: 'metadata', src: app.vault.getResourcePath(f), 'aria-label': `Your answer: ${attempt.text}` } });
      audio.addEventListener('loadedmetadata', () => findLength(audio), { once: true });
      slot.createDiv({ cls: 'ip-drill-recording-path', text: f.path });
    });
  }
}
