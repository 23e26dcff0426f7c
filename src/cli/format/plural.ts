// Counts in sentences: `1 story`, `3 stories`.
export function plural(n: number, one: string, many = one + 's'): string {
  return `${n} ${n === 1 ? one : many}`;
}
