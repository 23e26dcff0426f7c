/** @jest-environment jsdom */
// Recording spoken answers in the drill modal, with a fake microphone (the recorder port) and the
// host's hand-moved clock: record, stop, save as an attachment, link from the log, play back.
import { Modal, Notice, TFile } from '../../__mocks__/obsidian';
import { parseLog } from '../../../src/core/drill/log-format';
import type { RecordingFormat } from '../../../src/core/drill/recording';
import { DrillModal } from '../../../src/plugin/drill/drill-modal';
import { browserRecorder, failureOf, RecorderError, type RecorderPort, type RecordingHandle } from '../../../src/plugin/drill/recorder-port';
import { CO, DIVE, orbitSnapshot, OWN } from '../../core/drill/fixture';
import { buttons, click, logText, makeHost, mockApp, pressKey, type TestHost } from './host';

const snap = orbitSnapshot();
const [co, own, dive] = [CO, OWN, DIVE].map((p) => snap.questions.find((q) => q.principles[0].id === p) as (typeof snap.questions)[number]);
const WEBM: RecordingFormat = { mimeType: 'audio/webm;codecs=opus', extension: 'webm' };

/** A microphone that hands back a few bytes per take and counts the tracks it holds open. */
class FakeMic implements RecorderPort {
  failWith: Error | null = null;
  /** Tracks open now (a hot microphone when above 0 with nothing recording). */
  live = 0;
  starts = 0;
  bytes: number[] = [26, 69, 223, 163, 1, 2, 3];
  /** When set, start() waits for it, as getUserMedia waits for the permission prompt. */
  prompt: Promise<void> | null = null;

  async start(): Promise<RecordingHandle> {
    this.starts++;
    if (this.prompt) await this.prompt;
    if (this.failWith) throw this.failWith;
    this.live++;
    let open = true;
    const release = () => {
      if (open) this.live--;
      open = false;
    };
    const take = new Uint8Array([...this.bytes, this.starts]).buffer;
    return {
      format: WEBM,
      stop: async () => {
        release();
        return take;
      },
      cancel: release,
    };
  }
}

async function settle(): Promise<void> {
  for (let i = 0; i < 30; i++) await Promise.resolve();
}

function open(options: { record?: boolean; attachments?: string } = {}) {
  const host: TestHost = makeHost(snap);
  host.settings.recordAnswers = options.record ?? true;
  const mic = new FakeMic();
  host.recorder = mic;
  mockApp(host).vault.config.attachmentFolderPath = options.attachments ?? './attachments';
  const modal = new DrillModal(host, { title: 'Drill', questions: [co, own, dive], snapshot: snap });
  modal.open();
  return { host, mic, modal, el: modal.contentEl, vault: mockApp(host).vault };
}

const status = (el: HTMLElement) => el.querySelector('.ip-drill-record-status')?.textContent ?? null;
const recordButton = (el: HTMLElement) => el.querySelector<HTMLButtonElement>('.ip-drill-record-button');

beforeEach(() => {
  jest.useFakeTimers();
  Notice.shown.length = 0;
});
afterEach(() => {
  for (const m of Modal.opened) m.close();
  Modal.opened.length = 0;
  jest.useRealTimers();
});

describe('recording a spoken answer', () => {
  it('records, stops, saves the attachment, links it from the log line and plays it back in the summary', async () => {
    const { host, mic, modal, el, vault } = open();
    host.advance(20); // reading the question
    click(el, 'Record answer');
    await settle();
    expect(recordButton(el)?.textContent).toBe('Stop recording');
    expect(recordButton(el)?.getAttribute('aria-pressed')).toBe('true');
    host.advance(42);
    jest.advanceTimersByTime(1000);
    expect(status(el)).toBe('Recording 0:42');
    expect(mic.live).toBe(1);
    click(el, 'Stop recording');
    expect(mic.live).toBe(0);
    expect(status(el)).toBe('Recorded 0:42');
    expect(el.querySelector('.ip-drill-timer')?.textContent).toBe('0:42 / 2:00');
    host.advance(30); // thinking about the rating
    pressKey('3');
    click(el, 'Finish now');
    await modal.flushed();

    const path = 'Interview Prep/attachments/Drill 2026-11-22 0930 Customer Obsession.webm';
    expect(vault.getAbstractFileByPath(path)).toBeInstanceOf(TFile);
    expect([...new Uint8Array(vault.bytesOf(path) as ArrayBuffer)]).toEqual([...mic.bytes, 1]);
    const log = parseLog(logText(host) ?? '');
    expect(log.malformed).toEqual([]);
    expect(log.attempts).toHaveLength(1);
    // The spoken length, not the 92 seconds the question was on screen.
    expect(log.attempts[0]).toMatchObject({ questionId: co.id, rating: 'good', seconds: 42, recording: path });
    expect(logText(host)).toContain(`| recording: [[${path}]] |`);

    expect(modal.titleEl.textContent).toBe('Drill: summary');
    expect(el.querySelector('.ip-drill-summary-line')?.textContent).toBe('1 question rated in 0:42.');
    const audio = el.querySelector('.ip-drill-recordings audio') as HTMLAudioElement;
    expect(audio.hasAttribute('controls')).toBe(true);
    const file = vault.getAbstractFileByPath(path);
    if (!(file instanceof TFile)) throw new Error('not saved');
    expect(audio.getAttribute('src')).toBe(vault.getResourcePath(file));
    expect(audio.getAttribute('src')).toMatch(/^app:\/\/mock\/Interview%20Prep\/attachments\/Drill%202026-11-22%200930%20Customer%20Obsession\.webm\?\d+$/);
    expect(el.querySelector('.ip-drill-recording-text')?.textContent).toBe(`${co.text} (0:42)`);
    expect(el.querySelector('.ip-drill-recording-path')?.textContent).toBe(path);
  });

  it('works from the keyboard: r starts and stops; a rating ends the recording too', async () => {
    const { host, mic, modal, el, vault } = open({ attachments: '/' });
    pressKey('r');
    await settle();
    host.advance(12);
    pressKey('r');
    expect(status(el)).toBe('Recorded 0:12');
    expect(recordButton(el)?.textContent).toBe('Record again');
    pressKey('4');
    click(el, 'Next');
    // The next question starts with no recording.
    expect(status(el)).toBe('');
    pressKey('r');
    await settle();
    host.advance(65);
    pressKey('2'); // rating while recording: the answer is over
    expect(mic.live).toBe(0);
    expect(status(el)).toBe('Recorded 1:05');
    click(el, 'Next');
    await modal.flushed();
    const log = parseLog(logText(host) ?? '');
    expect(log.attempts.map((a) => [a.rating, a.seconds, a.recording])).toEqual([
      ['easy', 12, 'Drill 2026-11-22 0930 Customer Obsession.webm'],
      ['hard', 65, 'Drill 2026-11-22 0930 Ownership.webm'],
    ]);
    expect(vault.getFiles().filter((f) => f.extension === 'webm')).toHaveLength(2);
  });

  it('"Record again" replaces the take; a free name is found next to an existing file', async () => {
    const { host, mic, modal, el, vault } = open();
    vault.seed('Interview Prep/attachments/Drill 2026-11-22 0930 Customer Obsession.webm', 'an older file');
    click(el, 'Record answer');
    await settle();
    host.advance(5);
    click(el, 'Stop recording');
    click(el, 'Record again');
    await settle();
    host.advance(50);
    click(el, 'Stop recording');
    pressKey('3');
    click(el, 'Next');
    await modal.flushed();
    const taken = 'Interview Prep/attachments/Drill 2026-11-22 0930 Customer Obsession.webm';
    expect(vault.textOf(taken)).toBe('an older file');
    const path = 'Interview Prep/attachments/Drill 2026-11-22 0930 Customer Obsession 1.webm';
    expect([...new Uint8Array(vault.bytesOf(path) as ArrayBuffer)]).toEqual([...mic.bytes, 2]);
    expect(vault.getFiles().filter((f) => f.extension === 'webm')).toHaveLength(2);
    expect(parseLog(logText(host) ?? '').attempts[0]).toMatchObject({ seconds: 50, recording: path });
  });

  it('with the setting off, shows no record button and r does nothing', () => {
    const { mic, el } = open({ record: false });
    expect(recordButton(el)).toBeNull();
    pressKey('r');
    expect(mic.starts).toBe(0);
  });
});

describe('a microphone that is denied or missing', () => {
  it('gives a clear notice, and the drill goes on without recording', async () => {
    const { host, mic, modal, el } = open();
    mic.failWith = new DOMException('Permission denied', 'NotAllowedError');
    host.advance(30);
    click(el, 'Record answer');
    await settle();
    expect(Notice.shown).toEqual([
      'Microphone access was denied, so this drill goes on without recording. Allow the microphone for Obsidian in your system settings to record answers.',
    ]);
    expect(recordButton(el)).toBeNull();
    expect(status(el)).toBe('No recording in this drill: the microphone is not available.');
    pressKey('r'); // asks no more
    expect(mic.starts).toBe(1);
    host.advance(60);
    pressKey('3');
    click(el, 'Next');
    await modal.flushed();
    expect(parseLog(logText(host) ?? '').attempts.map((a) => [a.seconds, a.recording ?? null])).toEqual([[90, null]]);
    expect(status(el)).toBe('No recording in this drill: the microphone is not available.');
  });

  it('names each failure the user can act on', () => {
    const reason = (e: unknown) => failureOf(e).reason;
    expect(reason(new DOMException('x', 'NotAllowedError'))).toBe('denied');
    expect(reason(new DOMException('x', 'SecurityError'))).toBe('denied');
    expect(reason(new DOMException('x', 'NotFoundError'))).toBe('no-microphone');
    expect(reason(new DOMException('x', 'NotReadableError'))).toBe('busy');
    expect(reason(new Error('boom'))).toBe('failed');
    expect(reason('odd')).toBe('failed');
  });

  it('a device with no microphone access or MediaRecorder cannot record (jsdom has neither)', async () => {
    await expect(browserRecorder().start()).rejects.toThrow(RecorderError);
    await expect(browserRecorder().start()).rejects.toMatchObject({ reason: 'unsupported' });
  });

  it('the real recorder in jsdom: the drill says this device cannot record', async () => {
    const { host, modal } = open();
    modal.close();
    host.recorder = undefined;
    const real = new DrillModal(host, { title: 'Drill', questions: [co], snapshot: snap });
    real.open();
    click(real.contentEl, 'Record answer');
    await settle();
    expect(Notice.shown).toEqual(['This device cannot record audio here, so this drill goes on without recording.']);
    expect(buttons(real.contentEl, 'Record answer')).toHaveLength(0);
  });
});

describe('closing the drill while recording', () => {
  it('stops the microphone and keeps a rated answer with its recording', async () => {
    const { host, mic, modal, vault } = open();
    pressKey('r');
    await settle();
    host.advance(33);
    modal.recorder?.stop(); // stopped by hand, then rated, then recorded again and closed
    pressKey('3');
    pressKey('r');
    await settle();
    host.advance(40);
    expect(mic.live).toBe(1);
    modal.close();
    expect(mic.live).toBe(0);
    await modal.flushed();
    const [a] = parseLog(logText(host) ?? '').attempts;
    expect(a).toMatchObject({ rating: 'good', seconds: 40, recording: 'Interview Prep/attachments/Drill 2026-11-22 0930 Customer Obsession.webm' });
    expect(vault.bytesOf(a.recording as string)).toBeDefined();
  });

  it('drops the recording of an answer left unrated', async () => {
    const { host, mic, modal, vault } = open();
    pressKey('r');
    await settle();
    host.advance(20);
    modal.close();
    await modal.flushed();
    expect(mic.live).toBe(0);
    expect(logText(host)).toBeUndefined();
    expect(vault.getFiles().filter((f) => f.extension === 'webm')).toEqual([]);
  });

  it('releases a microphone granted after the window closed', async () => {
    const { mic, modal, el } = open();
    let allow = () => undefined as void;
    mic.prompt = new Promise<void>((resolve) => (allow = resolve));
    click(el, 'Record answer');
    expect(recordButton(el)?.textContent).toBe('Starting microphone…');
    expect(recordButton(el)?.disabled).toBe(true);
    modal.close();
    allow();
    await settle();
    expect(mic.live).toBe(0);
    expect(Notice.shown).toEqual([]);
  });
});

describe('saving', () => {
  it('an empty recording is not saved, and the answer is logged without a link', async () => {
    const { host, mic, modal, el, vault } = open();
    mic.bytes = [];
    mic.start = async function (this: FakeMic) {
      this.live++;
      return { format: WEBM, stop: async () => (this.live--, new ArrayBuffer(0)), cancel: () => void this.live-- };
    };
    click(el, 'Record answer');
    await settle();
    host.advance(3);
    pressKey('3');
    click(el, 'Finish now');
    await modal.flushed();
    expect(Notice.shown).toEqual(['The recording was empty, so it was not saved.']);
    expect(parseLog(logText(host) ?? '').attempts.map((a) => [a.seconds, a.recording ?? null])).toEqual([[3, null]]);
    expect(vault.getFiles().filter((f) => f.extension === 'webm')).toEqual([]);
    expect(el.querySelector('.ip-drill-recording-player')?.textContent).toBe('Not saved.');
  });

  it('a write that fails gives a notice and the answer is still logged', async () => {
    const { host, modal, el, vault } = open();
    vault.createBinary = async () => {
      throw new Error('disk full');
    };
    click(el, 'Record answer');
    await settle();
    host.advance(8);
    pressKey('4');
    click(el, 'Next');
    await modal.flushed();
    expect(Notice.shown).toEqual(['Could not save the recording: disk full']);
    expect(parseLog(logText(host) ?? '').attempts.map((a) => [a.rating, a.seconds, a.recording ?? null])).toEqual([['easy', 8, null]]);
  });
});

describe('the browser recorder (getUserMedia and MediaRecorder, stubbed as a browser has them)', () => {
  /** A track that counts as live until stopped. */
  const track = () => ({ readyState: 'live', stop(this: { readyState: string }) { this.readyState = 'ended'; } });
  class StubRecorder extends EventTarget {
    static supported = ['audio/webm;codecs=opus', 'audio/mp4'];
    static isTypeSupported = (t: string) => StubRecorder.supported.includes(t);
    static last: StubRecorder | null = null;
    state: 'inactive' | 'recording' = 'inactive';
    timeslice = 0;
    constructor(
      readonly stream: unknown,
      readonly options: { mimeType: string },
    ) {
      super();
      StubRecorder.last = this;
    }
    start(timeslice: number) {
      this.state = 'recording';
      this.timeslice = timeslice;
      this.chunk('first second ');
    }
    chunk(text: string) {
      this.dispatchEvent(Object.assign(new Event('dataavailable'), { data: new Blob([text]) }));
    }
    stop() {
      this.state = 'inactive';
      this.chunk('last words');
      this.dispatchEvent(new Event('stop'));
    }
  }
  let tracks: ReturnType<typeof track>[] = [];
  let getUserMedia: jest.Mock;

  beforeAll(() => {
    // jsdom's Blob has no arrayBuffer() (browsers have had it since 2019): read it as a browser would.
    if (!('arrayBuffer' in Blob.prototype)) {
      Object.defineProperty(Blob.prototype, 'arrayBuffer', {
        configurable: true,
        value(this: Blob) {
          return new Promise<ArrayBuffer>((resolve) => {
            const reader = new FileReader();
            reader.onload = () => resolve(reader.result as ArrayBuffer);
            reader.readAsArrayBuffer(this);
          });
        },
      });
    }
  });
  beforeEach(() => {
    jest.useRealTimers();
    tracks = [track()];
    getUserMedia = jest.fn(async () => ({ getTracks: () => tracks }));
    Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia }, configurable: true });
    (window as unknown as { MediaRecorder?: unknown }).MediaRecorder = StubRecorder;
    StubRecorder.supported = ['audio/webm;codecs=opus', 'audio/mp4'];
  });
  afterEach(() => {
    delete (navigator as { mediaDevices?: unknown }).mediaDevices;
    delete (window as unknown as { MediaRecorder?: unknown }).MediaRecorder;
  });
  const text = (b: ArrayBuffer) => String.fromCharCode(...new Uint8Array(b));

  it('asks for audio only, records WebM in one-second chunks, and releases the microphone on stop', async () => {
    const handle = await browserRecorder().start();
    expect(getUserMedia).toHaveBeenCalledWith({ audio: true });
    expect(handle.format).toEqual(WEBM);
    expect(StubRecorder.last?.options).toEqual({ mimeType: 'audio/webm;codecs=opus' });
    expect(StubRecorder.last?.timeslice).toBe(1000);
    expect(tracks[0].readyState).toBe('live');
    expect(text(await handle.stop())).toBe('first second last words');
    expect(tracks[0].readyState).toBe('ended');
  });

  it('records MP4 where WebM is not offered (iOS)', async () => {
    StubRecorder.supported = ['audio/mp4'];
    const handle = await browserRecorder().start();
    expect(handle.format).toEqual({ mimeType: 'audio/mp4', extension: 'm4a' });
    handle.cancel();
    expect(tracks[0].readyState).toBe('ended');
  });

  it('cancel releases the microphone and drops what was recorded', async () => {
    const handle = await browserRecorder().start();
    handle.cancel();
    expect(tracks[0].readyState).toBe('ended');
    expect(StubRecorder.last?.state).toBe('inactive');
    expect((await handle.stop()).byteLength).toBe(0);
  });

  it('turns a refused getUserMedia into the failure the notice names, holding no track', async () => {
    getUserMedia.mockRejectedValueOnce(new DOMException('Permission denied', 'NotAllowedError'));
    await expect(browserRecorder().start()).rejects.toMatchObject({ reason: 'denied' });
    getUserMedia.mockRejectedValueOnce(new DOMException('Requested device not found', 'NotFoundError'));
    await expect(browserRecorder().start()).rejects.toMatchObject({ reason: 'no-microphone' });
    StubRecorder.supported = [];
    await expect(browserRecorder().start()).rejects.toMatchObject({ reason: 'unsupported' });
    expect(getUserMedia).toHaveBeenCalledTimes(2);
  });
});
