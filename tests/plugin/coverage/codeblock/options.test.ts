import { parseBlockOptions } from '../../../../src/plugin/coverage/codeblock/options';

describe('parseBlockOptions', () => {
  it('defaults to the whole dashboard of the default set', () => {
    expect(parseBlockOptions('')).toEqual({ ok: true, options: { set: null, sections: ['summary', 'matrix', 'gaps', 'warnings'] } });
  });

  it('reads set and one or several parts, in the order given', () => {
    expect(parseBlockOptions('set: Amazon\nshow: gaps, summary')).toEqual({ ok: true, options: { set: 'Amazon', sections: ['gaps', 'summary'] } });
    expect(parseBlockOptions('show: matrix | warnings')).toEqual({ ok: true, options: { set: null, sections: ['matrix', 'warnings'] } });
    expect(parseBlockOptions('# a comment\nSHOW: Summary\n')).toEqual({ ok: true, options: { set: null, sections: ['summary'] } });
  });

  it('explains what is wrong', () => {
    const err = (src: string) => {
      const r = parseBlockOptions(src);
      return r.ok ? null : r.error;
    };
    expect(err('show: chart')).toBe('Unknown value "chart" for show: use summary, matrix, gaps or warnings.');
    expect(err('colour: red')).toBe('Unknown option "colour". Use set: and show:.');
    expect(err('set: a\nset: b')).toBe('Option "set" is given twice.');
    expect(err('set:')).toBe('Option "set" needs a value.');
    expect(err('matrix')).toBe('Line 1: expected "key: value" (keys: set, show), found "matrix".');
  });
});
