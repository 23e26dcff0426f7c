import fc from 'fast-check';
import { findFrontmatterBlock, isClosingFence, openingFence } from '../../../src/core/frontmatter/block';

const yamlOf = (t: string) => {
  const b = findFrontmatterBlock(t);
  return b ? t.slice(b.yamlStart, b.closeStart) : null;
};

describe('findFrontmatterBlock', () => {
  it('finds a block closed by --- or ..., with trailing spaces, and says where the body starts', () => {
    const t = '---\ntitle: A\n...  \n# Body\n';
    const b = findFrontmatterBlock(t);
    expect(b).toEqual({ bomLength: 0, lang: '', yamlStart: 4, closeStart: 13, bodyStart: 19, closeLine: 2 });
    expect(t.slice(b?.bodyStart)).toBe('# Body\n');
    expect(yamlOf('---\t\r\ntitle: A\r\n---\r\nbody')).toBe('title: A\r\n');
  });

  it('counts a BOM and reads CR-only and mixed line endings', () => {
    const b = findFrontmatterBlock('\uFEFF---\rtitle: A\n---\r\nbody');
    expect(b).toMatchObject({ bomLength: 1, yamlStart: 5, closeLine: 2 });
    expect(yamlOf('\uFEFF---\rtitle: A\n---\r\nbody')).toBe('title: A\n');
  });

  it('is not fooled by a thematic break, a missing closing line, a lone --- or ---- fences', () => {
    for (const t of ['# T\n---\nx\n---\n', '---\nx: 1\n', '---', '----\nx: 1\n----\n', '---\nx: 1\n.. .\n', ' ---\nx\n---\n']) {
      expect(findFrontmatterBlock(t)).toBeNull();
    }
    expect(findFrontmatterBlock('---\n---\n')).toMatchObject({ yamlStart: 4, closeStart: 4, closeLine: 1 });
    expect(findFrontmatterBlock('---\nx: 1\n---')).toMatchObject({ bodyStart: 12 });
  });

  it('reports the language of a ---lang fence so a reader can refuse it', () => {
    expect(findFrontmatterBlock('---js\nx\n---\n')?.lang).toBe('js');
    expect(openingFence('---')).toBe('');
    expect(openingFence('---yaml ')).toBe('yaml');
    expect(openingFence('--- x')).toBeNull();
    expect(isClosingFence('...')).toBe(true);
    expect(isClosingFence('... # no')).toBe(false);
  });

  it('body plus block gives the text back, for any text (property; fast-check prints its seed)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('---', '...', 'a: 1', '', ' ---', '\uFEFF---'), { maxLength: 8 }), fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 8, maxLength: 8 }), (lines, eols) => {
        const t = lines.map((l, i) => l + eols[i]).join('');
        const b = findFrontmatterBlock(t);
        if (!b) return;
        expect(b.bomLength <= b.yamlStart && b.yamlStart <= b.closeStart && b.closeStart < b.bodyStart && b.bodyStart <= t.length).toBe(true);
        expect(isClosingFence(t.slice(b.closeStart, b.bodyStart).replace(/\r?\n|\r/, ''))).toBe(true);
      }),
    );
  });
});
