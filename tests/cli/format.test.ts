import { renderCsv, renderMarkdownTable, renderTextTable } from '../../src/cli/format';
import { csvField, markdownText, oneLine } from '../../src/core/export/table-cells';

describe('CSV', () => {
  it('quotes commas, quotes, line breaks and edge spaces, and doubles inner quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('Are Right, A Lot')).toBe('"Are Right, A Lot"');
    expect(csvField('The "big" one')).toBe('"The ""big"" one"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(renderCsv({ headers: ['a', 'b', 'c'], rows: [['1', 'x, "y"'], ['2', '', 'z']] })).toBe('a,b,c\n1,"x, ""y""",\n2,,z\n');
  });
});

describe('text table', () => {
  it('aligns every column to its widest cell, numbers on the right', () => {
    const out = renderTextTable({ headers: ['Name', 'N'], rows: [['Frugality', '1'], ['Dive Deep', '12'], ['Café', '3']], right: [1] });
    expect(out.split('\n')).toEqual(['Name        N', '---------  --', 'Frugality   1', 'Dive Deep  12', 'Café        3', '']);
  });
});

describe('markdown table', () => {
  it('escapes pipes and flattens line breaks', () => {
    expect(renderMarkdownTable({ headers: ['A', 'B'], rows: [['x|y', 'line\nbreak']], right: [1] })).toBe('| A | B |\n| --- | --: |\n| x\\|y | line break |\n');
  });
});

describe('text from notes', () => {
  it('prints on one line without terminal control sequences', () => {
    expect(oneLine('Red \u001b[31malert\u001b[0m\r\nnext\tline\u0007')).toBe('Red [31malert[0m next line');
    expect(oneLine('שלום \u202eevil')).toBe('שלום evil');
    expect(renderTextTable({ headers: ['T'], rows: [['a\u001b[2Jb']] })).toBe('T\n-----\na[2Jb\n');
  });

  it('keeps HTML out of markdown', () => {
    expect(markdownText('<img src=x onerror=alert(1)> & co')).toBe('&lt;img src=x onerror=alert(1)&gt; & co');
    expect(renderMarkdownTable({ headers: ['T'], rows: [['<b>x</b>']] })).toContain('| &lt;b&gt;x&lt;/b&gt; |');
  });
});
