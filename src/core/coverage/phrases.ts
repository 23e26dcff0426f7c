// Small English phrasing helpers for coverage and health messages.

/** `A`, `A and B`, `A, B and C`. */
export function listNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Counts in sentences: `1 story`, `3 stories`. */
export function plural(n: number, one: string, many = one + 's'): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `once`, `2 times`. */
export function times(n: number): string {
  return n === 1 ? 'once' : `${n} times`;
}

/** `45 seconds`, `1 minute`, `3 minutes 20 seconds`. */
export function duration(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  const minutes = m === 1 ? '1 minute' : `${m} minutes`;
  return s === 0 ? minutes : `${minutes} ${s === 1 ? '1 second' : `${s} seconds`}`;
}
