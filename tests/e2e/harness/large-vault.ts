// A generated vault for the render-time report: one set of N principles and M story notes mapped to
// 1–3 principles each, spread over all principles. Deterministic (mulberry32), generated inside the page so
// nothing large is shipped.

const WORDS = [
  'latency', 'budget', 'migration', 'customer', 'review', 'pipeline', 'launch', 'incident', 'hiring',
  'forecast', 'vendor', 'outage', 'roadmap', 'mentoring', 'pricing', 'warehouse', 'onboarding', 'audit',
];

export function generateLargeVault(storyCount: number, principleCount: number): Record<string, string> {
  let seed = 12345;
  const next = (n: number): number => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
  const word = (): string => WORDS[next(WORDS.length)];
  const principles = Array.from({ length: principleCount }, (_, i) => `Principle ${String(i + 1).padStart(2, '0')} ${word()}`);
  const files: Record<string, string> = {};
  files['Large Set.md'] = [
    '#principles #large',
    '',
    '# Large Set',
    '',
    ...principles.flatMap((name) => [`### ${name}`, `How we handle ${word()} and ${word()} when it matters.`, '']),
  ].join('\n');
  for (let s = 0; s < storyCount; s++) {
    const mapped = new Set<string>();
    const count = 1 + next(3);
    while (mapped.size < count) mapped.add(principles[next(principleCount)]);
    files[`Stories/Story ${String(s + 1).padStart(3, '0')}.md`] = [
      '---',
      'tags: [story]',
      'principles:',
      ...[...mapped].map((p) => `  - ${p}`),
      '---',
      `# Story ${s + 1}: the ${word()} ${word()}`,
      '',
      '## Situation',
      `Our ${word()} was slipping and the ${word()} team had no owner for it.`,
      '## Task',
      `I had to fix the ${word()} within ${2 + next(8)} weeks.`,
      '## Action',
      `I mapped the ${word()}, split the work, and I reviewed every ${word()} change myself.`,
      '## Result',
      `We cut the ${word()} by ${5 + next(60)}% and kept it there.`,
      '',
    ].join('\n');
  }
  return files;
}
