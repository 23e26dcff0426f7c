// The drill log's and settings' date texts: what they look like, what is refused, and that
// reading back a written date gives the same date for any date (fast-check prints its seed).
import fc from 'fast-check';
import { formatDay, formatMinute, parseDay, parseMinute } from '../../src/core/local-date';

/** Any local minute in years 0–9999 (the years four digits can write). */
const minute = fc
  .date({ min: new Date(-62_000_000_000_000), max: new Date(253_000_000_000_000), noInvalidDate: true })
  .map((d) => new Date(d.getFullYear() < 0 ? 0 : d.getTime()))
  .filter((d) => d.getFullYear() >= 0 && d.getFullYear() <= 9999)
  .map((d) => {
    const m = new Date(d.getTime());
    m.setSeconds(0, 0);
    return m;
  });

describe('formatDay and formatMinute', () => {
  it('write local time with zero-padded fields', () => {
    expect(formatDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(formatMinute(new Date(2026, 10, 22, 9, 5))).toBe('2026-11-22 09:05');
    const early = new Date(2000, 0, 1);
    early.setFullYear(45, 2, 7);
    expect(formatDay(early)).toBe('0045-03-07');
  });
});

describe('parseDay and parseMinute', () => {
  it('read what people type, one-digit fields included', () => {
    expect(parseDay('2026-11-22')).toEqual(new Date(2026, 10, 22));
    expect(parseDay('2026-1-5')).toEqual(new Date(2026, 0, 5));
    expect(parseMinute('2026-11-22 09:05')).toEqual(new Date(2026, 10, 22, 9, 5));
    expect(parseMinute('2024-02-29 0:00')).toEqual(new Date(2024, 1, 29, 0, 0));
  });

  it('refuse dates that do not exist and text that is not a date', () => {
    for (const bad of ['2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-11-22 ', '26-11-22', 'yesterday', '', '2026-11-22T09:05']) {
      expect(parseDay(bad)).toBeNull();
    }
    for (const bad of ['2026-11-22 24:00', '2026-11-22 12:60', '2026-11-22', '2026-11-22 09:05:00', '2026-11-31 10:00', '2026-11-22  09:05']) {
      expect(parseMinute(bad)).toBeNull();
    }
  });

  it('read back any written minute and any written day', () => {
    fc.assert(
      fc.property(minute, (d) => {
        expect(parseMinute(formatMinute(d))).toEqual(d);
        const midnight = new Date(d.getTime());
        midnight.setHours(0, 0, 0, 0);
        expect(parseDay(formatDay(d))).toEqual(midnight);
      }),
      { numRuns: 2000 },
    );
  });

  it('write back any valid text they read as the same text, padded', () => {
    const field = (max: number) => fc.integer({ min: 0, max });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), field(13), field(32), field(24), field(60), (y, mo, d, h, mi) => {
        const text = `${String(y).padStart(4, '0')}-${mo}-${d} ${h}:${mi}`;
        const parsed = parseMinute(text);
        const exists = mo >= 1 && mo <= 12 && d >= 1 && d <= new Date(2000 + (y % 400), mo, 0).getDate() && h < 24 && mi < 60;
        expect(parsed !== null).toBe(exists);
        if (parsed) {
          const pad = (n: number) => String(n).padStart(2, '0');
          expect(formatMinute(parsed)).toBe(`${String(y).padStart(4, '0')}-${pad(mo)}-${pad(d)} ${pad(h)}:${pad(mi)}`);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
