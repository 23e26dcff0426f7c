import fc from 'fast-check';
import { formatAttempt, parseLog, parseLogLine } from '../../../src/core/drill/log-format';
import { chooseRecordingFormat, recordingFileName, recordingPath, spokenSeconds } from '../../../src/core/drill/recording';
import { buildHistory } from '../../../src/core/drill/history';
import type { Attempt } from '../../../src/core/drill/types';
import { orbitSnapshot } from './fixture';

const answer: Attempt = {
  at: new Date(2026, 10, 29, 14, 12),
  questionId: 'orbit/q-0qe12iy',
  text: 'Tell me about a time you changed a plan because of customer feedback.',
  principles: ['orbit/customer-obsession'],
  rating: 'good',
  seconds: 83,
  story: null,
};

describe('the recording format', () => {
  const supports = (...types: string[]) => (t: string) => types.includes(t);

  it('is Opus in WebM where the platform records it (Chromium on desktop and Android)', () => {
    expect(chooseRecordingFormat(supports('audio/webm;codecs=opus', 'audio/webm', 'audio/mp4'))).toEqual({ mimeType: 'audio/webm;codecs=opus', extension: 'webm' });
  });

  it('is MP4 audio on iOS, which records no WebM', () => {
    expect(chooseRecordingFormat(supports('audio/mp4'))).toEqual({ mimeType: 'audio/mp4', extension: 'm4a' });
  });

  it('falls back to plain WebM, then Ogg, and is null when nothing records', () => {
    expect(chooseRecordingFormat(supports('audio/webm'))?.mimeType).toBe('audio/webm');
    expect(chooseRecordingFormat(supports('audio/ogg;codecs=opus'))?.extension).toBe('ogg');
    expect(chooseRecordingFormat(() => false)).toBeNull();
  });
});

describe('the recording file name', () => {
  it('says when and which principle, with no colon in the time', () => {
    expect(recordingFileName(new Date(2026, 10, 29, 14, 12), 'Ownership', 'webm')).toBe('Drill 2026-11-29 1412 Ownership.webm');
    expect(recordingFileName(new Date(2026, 0, 5, 9, 3), 'Are Right, A Lot', 'm4a')).toBe('Drill 2026-01-05 0903 Are Right, A Lot.m4a');
  });

  it('leaves the principle out when there is none', () => {
    expect(recordingFileName(new Date(2026, 10, 29, 8, 0), null, 'webm')).toBe('Drill 2026-11-29 0800.webm');
    expect(recordingFileName(new Date(2026, 10, 29, 8, 0), '  ', 'webm')).toBe('Drill 2026-11-29 0800.webm');
  });

  it('makes a principle name with path or link characters a portable name', () => {
    expect(recordingFileName(new Date(2026, 10, 29, 8, 0), '../../Think: Big? [[x]] #y', 'webm')).toBe('Drill 2026-11-29 0800 .. .. Think Big x y.webm');
  });

  it('is one portable name for any principle name', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.date({ min: new Date(2000, 0, 1), max: new Date(2100, 0, 1), noInvalidDate: true }), (principle, at) => {
        const name = recordingFileName(at, principle, 'webm');
        expect(name).toMatch(/^Drill \d{4}-\d{2}-\d{2} \d{4}( .+)?\.webm$/);
        expect(name).not.toMatch(/[\\/:*?"<>|#^[\]]/);
        expect(new TextEncoder().encode(name).length).toBeLessThan(200);
      }),
    );
  });
});

describe('the spoken length', () => {
  it('is whole seconds from start to stop, never negative', () => {
    const start = new Date(2026, 10, 29, 14, 12, 0);
    expect(spokenSeconds(start, new Date(start.getTime() + 83_400))).toBe(83);
    expect(spokenSeconds(start, new Date(start.getTime() + 83_600))).toBe(84);
    expect(spokenSeconds(start, new Date(start.getTime() - 5_000))).toBe(0);
  });
});

describe('the log line of a recorded answer', () => {
  const path = 'Interview Prep/attachments/Drill 2026-11-29 1412 Customer Obsession.webm';

  it('links the recording before the text, and reads it back', () => {
    const line = formatAttempt({ ...answer, recording: path });
    expect(line).toBe(
      '- 2026-11-29 14:12 | question: orbit/q-0qe12iy | rating: good | seconds: 83 | principles: orbit/customer-obsession | recording: [[Interview Prep/attachments/Drill 2026-11-29 1412 Customer Obsession.webm]] | text: Tell me about a time you changed a plan because of customer feedback.',
    );
    expect(parseLogLine(line)).toEqual({ ...answer, recording: path });
  });

  it('is the old line without a recording, which reads back without one', () => {
    const line = formatAttempt(answer);
    expect(line).not.toContain('recording');
    const back = parseLogLine(line) as Attempt;
    expect(back).toEqual(answer);
    expect('recording' in back).toBe(false);
  });

  it('loads old and new lines side by side, and the schedule counts both', () => {
    const old = '- 2026-11-22 09:05 | question: orbit/q-0qe12iy | rating: hard | seconds: 140 | principles: orbit/customer-obsession | text: Tell me about a time you changed a plan.';
    const log = parseLog(`# Drill log\n\n${old}\n${formatAttempt({ ...answer, recording: path })}\n`);
    expect(log.malformed).toEqual([]);
    expect(log.attempts.map((a) => a.recording ?? null)).toEqual([null, path]);
    expect(log.attempts.map((a) => a.seconds)).toEqual([140, 83]);
    const history = buildHistory(log.attempts, orbitSnapshot(), {});
    expect(history.states.get('orbit/q-0qe12iy')?.attempts).toBe(2);
  });

  it('reads the link as Obsidian rewrites it after a rename, or a markdown link', () => {
    expect(recordingPath('[[Drill 2026-11-29 1412 Ownership.webm]]')).toBe('Drill 2026-11-29 1412 Ownership.webm');
    expect(recordingPath('[[Audio/Drill 2026-11-29 1412 Ownership.webm|my answer]]')).toBe('Audio/Drill 2026-11-29 1412 Ownership.webm');
    expect(recordingPath('![[Audio/a.webm]]')).toBe('Audio/a.webm');
    expect(recordingPath('[my answer](Audio/Drill%202026-11-29%201412%20Ownership.webm)')).toBe('Audio/Drill 2026-11-29 1412 Ownership.webm');
    expect(recordingPath('[x](<Audio/a b.webm>)')).toBe('Audio/a b.webm');
    expect(recordingPath('[x](bad%E0%A4%A.webm)')).toBe('bad%E0%A4%A.webm');
    expect(recordingPath('Audio/a.webm')).toBe('Audio/a.webm');
    expect(recordingPath('  ')).toBeNull();
    expect(recordingPath('[[ ]]')).toBeNull();
    // An empty value is no recording: the line still loads.
    const line = formatAttempt(answer).replace(' | text:', ' | recording:  | text:');
    expect(parseLogLine(line)).toEqual(answer);
  });

  it('round-trips any recorded answer in any attachment folder', () => {
    const segment = fc.string({ minLength: 1, maxLength: 12 }).map((s) => s.replace(/[\\/|[\]#^\r\n]/g, 'x').trim()).filter((s) => s !== '' && s !== '.' && s !== '..');
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 3 }), fc.string({ maxLength: 60 }), fc.nat({ max: 3600 }), (folders, principle, seconds) => {
        const recording = [...folders, recordingFileName(answer.at, principle, 'webm')].join('/');
        const a: Attempt = { ...answer, seconds, recording };
        const back = parseLogLine(formatAttempt(a));
        expect(back).toEqual(a);
        expect(formatAttempt(back as Attempt)).toBe(formatAttempt(a));
      }),
    );
  });
});
