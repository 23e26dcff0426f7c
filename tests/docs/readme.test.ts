// The README is what Obsidian's plugin browser shows: it stays short (reference lives in docs/), and
// every relative link in it, and in the docs it links to, names a file of the repository.
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');

/** Relative link targets of a markdown file (images too), without their #anchor. */
function relativeLinks(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  return [...text.matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)]
    .map((m) => m[1])
    .filter((target) => !/^[a-z]+:/i.test(target) && !target.startsWith('#'))
    .map((target) => target.split('#')[0]);
}

describe('README', () => {
  const readme = path.join(root, 'README.md');

  it('stays under 15 KB', () => {
    expect(fs.statSync(readme).size).toBeLessThan(15 * 1024);
  });

  it('links only to files that exist, and so do the docs it links to', () => {
    const docs = [readme, ...fs.readdirSync(path.join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => path.join(root, 'docs', f))];
    const missing = docs.flatMap((doc) =>
      relativeLinks(doc)
        .filter((target) => !fs.existsSync(path.resolve(path.dirname(doc), target)))
        .map((target) => `${path.relative(root, doc)} -> ${target}`),
    );
    expect(missing).toEqual([]);
    expect(relativeLinks(readme).length).toBeGreaterThan(5);
  });
});
