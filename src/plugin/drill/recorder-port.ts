// The microphone, behind a small port: the drill modal asks it to start a recording and gets a
// handle to stop or cancel it. browserRecorder() is the real one (getUserMedia and MediaRecorder,
// in the container the platform records); tests inject a fake. Nothing here sends data anywhere:
// the recorded bytes are handed back to the caller, which saves them in the vault.
import { chooseRecordingFormat, type RecordingFormat } from '../../core/drill/recording';

/** Why a recording could not start, in the words the notice uses. */
export type RecorderFailure = 'denied' | 'no-microphone' | 'busy' | 'unsupported' | 'failed';

export class RecorderError extends Error {
  constructor(
    readonly reason: RecorderFailure,
    message: string,
  ) {
    super(message);
    this.name = 'RecorderError';
  }
}

export interface RecordingHandle {
  readonly format: RecordingFormat;
  /** Stops recording and releases the microphone; resolves with the recorded audio. */
  stop(): Promise<ArrayBuffer>;
  /** Releases the microphone at once and drops what was recorded. */
  cancel(): void;
}

export interface RecorderPort {
  /** Asks for the microphone and starts recording; rejects with a RecorderError. */
  start(): Promise<RecordingHandle>;
}

/** getUserMedia's DOMException names, as a failure the user can act on. */
export function failureOf(err: unknown): RecorderError {
  if (err instanceof RecorderError) return err;
  // A DOMException is an Error in browsers, but not in every older WebView: read its fields directly.
  const fields = typeof err === 'object' && err !== null ? (err as { name?: unknown; message?: unknown }) : {};
  const name = typeof fields.name === 'string' ? fields.name : '';
  const message = typeof fields.message === 'string' ? fields.message : String(err);
  if (name === 'NotAllowedError' || name === 'SecurityError') return new RecorderError('denied', message);
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return new RecorderError('no-microphone', message);
  if (name === 'NotReadableError' || name === 'AbortError') return new RecorderError('busy', message);
  return new RecorderError('failed', message);
}

/** The platform's microphone through MediaRecorder. */
export function browserRecorder(): RecorderPort {
  return {
    async start() {
      const media = typeof navigator === 'undefined' ? undefined : navigator.mediaDevices;
      if (!media || typeof media.getUserMedia !== 'function' || typeof MediaRecorder === 'undefined') {
        throw new RecorderError('unsupported', 'no MediaRecorder or microphone access here');
      }
      const format = chooseRecordingFormat((type) => MediaRecorder.isTypeSupported(type));
      if (!format) throw new RecorderError('unsupported', 'no audio format this device records');
      let stream: MediaStream;
      try {
        stream = await media.getUserMedia({ audio: true });
      } catch (err) {
        throw failureOf(err);
      }
      const release = (): void => stream.getTracks().forEach((track) => track.stop());
      const chunks: Blob[] = [];
      let recorder: MediaRecorder;
      try {
        recorder = new MediaRecorder(stream, { mimeType: format.mimeType });
        recorder.addEventListener('dataavailable', (e) => {
          if (e.data.size > 0) chunks.push(e.data);
        });
        // A chunk a second, so a long answer is not held in one piece by the recorder.
        recorder.start(1000);
      } catch (err) {
        release();
        throw failureOf(err);
      }
      const audio = (): Promise<ArrayBuffer> => new Blob(chunks, { type: format.mimeType }).arrayBuffer();
      return {
        format,
        stop: () =>
          new Promise<ArrayBuffer>((resolve, reject) => {
            if (recorder.state === 'inactive') {
              release();
              Promise.resolve().then(audio).then(resolve, reject);
              return;
            }
            // The last chunk comes in a dataavailable event just before `stop`; then the microphone is released.
            recorder.addEventListener(
              'stop',
              () => {
                release();
                Promise.resolve().then(audio).then(resolve, reject);
              },
              { once: true },
            );
            recorder.stop();
          }),
        cancel: () => {
          if (recorder.state !== 'inactive') recorder.stop();
          release();
          chunks.length = 0;
        },
      };
    },
  };
}
