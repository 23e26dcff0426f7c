import { frontmatterKeyLines } from '../../../src/core/extract/frontmatter-lines';
import { VaultIndex } from '../../../src/core/index/vault-index';
import { toNoteRecord } from '../../../src/cli/note-record';
import { fixture } from '../helpers';

describe('frontmatter key lines', () => {
  it('finds top-level keys and their block list items; the opening fence is line 1', () => {
    const yaml = ['title: Pilot', '# a comment', 'principles:', '  - "[[Acme Principles#Ownership]]"', '  - Bias for Acton', "'secondary-principles': [Ownership]", 'nested:', '  principles: x'].join('\r\n');
    const lines = frontmatterKeyLines(yaml);
    expect(lines.get('title')).toEqual({ line: 2, items: [] });
    expect(lines.get('principles')).toEqual({ line: 4, items: [5, 6] });
    expect(lines.get('secondary-principles')).toEqual({ line: 7, items: [] });
    expect(lines.get('nested')).toEqual({ line: 8, items: [] });
    expect(lines.size).toBe(4);
  });

  it('an unknown principle in frontmatter is reported on its own line, through the CLI reader', () => {
    const text = [
      '---',
      'tags: [story]',
      'principles:',
      '  - Ownership',
      '  - Bias for Acton',
      'secondary-principles: Deliver Reslts',
      '---',
      '# Pilot',
      '**S:** a',
    ].join('\n');
    const index = new VaultIndex();
    index.upsert(fixture('Acme Principles.md'));
    index.upsert(toNoteRecord('S/Pilot.md', text));
    const found = index.snapshot().warnings.filter((w) => w.path === 'S/Pilot.md').map((w) => [w.code, w.line]);
    expect(found).toEqual([
      ['unknown-principle', 5],
      ['unknown-principle', 6],
    ]);
  });

  it('without the YAML text (an old caller) warnings fall back to line 1', () => {
    const index = new VaultIndex();
    index.upsert(fixture('Acme Principles.md'));
    index.upsert({ path: 'S/P.md', frontmatter: { tags: ['story'], principles: ['Bias for Acton'] }, body: '**S:** a\n', bodyLine: 4 });
    expect(index.snapshot().warnings.filter((w) => w.path === 'S/P.md').map((w) => w.line)).toEqual([1]);
  });
});
