// Injected randomness and time for the drill engine: the same seed gives the same drill, and tests
// pin the clock. mulberry32 is small, fast and good enough for shuffling questions.

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

/** The current time; injected so scheduling and timers can be tested with a fixed clock. */
export type Clock = () => Date;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A numeric seed from any text (`--seed monday` works as well as `--seed 42`). */
export function seedFrom(text: string): number {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) >>> 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < trimmed.length; i++) {
    h ^= trimmed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
