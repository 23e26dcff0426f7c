// The shipped knowledge is parsed in main.js on every phone, so each cue in it must count: a
// variant the stemmer folds into a cue listed before it (`served` after `serve`) or a lone stop
// word changes no reading and only adds bytes.
import { parseCues } from '../../../src/core/reading/cues';
import { KNOWN_SETS } from '../../../src/core/reading/knowledge/index';
import { isStop, tokens } from '../../../src/core/reading/tokenize';

describe('shipped knowledge', () => {
  it('lists each cue once: no entry repeats the tokens of an earlier one of its principle (weight 3, then 2, then 1)', () => {
    const dead: string[] = [];
    for (const set of KNOWN_SETS) {
      for (const principle of set.principles) {
        const seen = new Map<string, string>();
        for (const level of [3, 2, 1] as const) {
          for (const entry of (principle.cues[level] ?? '').split(',').filter((e) => e.trim() !== '')) {
            const t = tokens(entry);
            const key = t.join(' ');
            const where = `${set.key} / ${principle.names[0]} / ${level}: "${entry.trim()}"`;
            if (t.length === 0 || (t.length === 1 && isStop(t[0]))) dead.push(`${where} has no word a reading counts`);
            else if (seen.has(key)) dead.push(`${where} reads as ${seen.get(key)}, listed before it`);
            else seen.set(key, `"${entry.trim()}"`);
          }
        }
      }
    }
    expect(dead).toEqual([]);
  });

  it('gives every principle cues, and each list parses to as many cues as it has entries', () => {
    for (const set of KNOWN_SETS) {
      for (const principle of set.principles) {
        const entries = ([3, 2, 1] as const).flatMap((l) => (principle.cues[l] ?? '').split(',').filter((e) => e.trim() !== ''));
        expect(entries.length).toBeGreaterThan(0);
        expect(parseCues(principle.cues)).toHaveLength(entries.length);
      }
    }
  });
});
