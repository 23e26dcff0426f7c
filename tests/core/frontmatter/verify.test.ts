import { parseFrontmatter, verifyEdit } from '../../../src/core/frontmatter/verify';
import { parseYamlText } from '../../../src/cli/note-record';

describe('parseFrontmatter', () => {
  it('reads the block with the parser it is given; no block or an empty one is {}', () => {
    expect(parseFrontmatter('---\r\na: 1\r\n...\r\nbody', parseYamlText)).toEqual({ ok: true, data: { a: 1 } });
    expect(parseFrontmatter('# no block', parseYamlText)).toEqual({ ok: true, data: {} });
    expect(parseFrontmatter('---\n---\n', () => null)).toEqual({ ok: true, data: {} });
    expect(parseFrontmatter('---yaml\na: 1\n---\n', parseYamlText)).toEqual({ ok: true, data: { a: 1 } });
  });

  it('says why it cannot: another language, YAML that does not parse, a list at the top', () => {
    expect(parseFrontmatter('---js\n{}\n---\n', parseYamlText)).toEqual({ ok: false, reason: 'the frontmatter is written in "js", not YAML' });
    const broken = parseFrontmatter('---\na: [\n---\n', parseYamlText);
    expect(broken.ok ? '' : broken.reason).toMatch(/^the frontmatter is not valid YAML \(.+\)$/);
    expect(
      parseFrontmatter('---\na: 1\n---\n', () => {
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- a parser may throw a non-Error
        throw 'plain string';
      }),
    ).toEqual({ ok: false, reason: 'the frontmatter is not valid YAML (plain string)' });
    expect(parseFrontmatter('---\n- a\n---\n', parseYamlText)).toEqual({ ok: false, reason: 'the frontmatter is not a list of "key: value" pairs' });
  });
});

describe('verifyEdit', () => {
  const before = '---\ntitle: T\nprinciples: [A]\n---\nbody\n';
  const intended = new Map<string, unknown>([['principles', ['A', 'B']]]);

  it('accepts exactly the intended change', () => {
    expect(verifyEdit(before, '---\ntitle: T\nprinciples: [A, B]\n---\nbody\n', intended, parseYamlText)).toBeNull();
    expect(verifyEdit(before, '---\ntitle: T\n---\nbody\n', new Map([['principles', undefined]]), parseYamlText)).toBeNull();
  });

  it('rejects invalid YAML, a changed body or BOM, another key changed, or values other than intended', () => {
    expect(verifyEdit('---\na: [\n---\n', before, intended, parseYamlText)).toMatch(/not valid YAML/);
    expect(verifyEdit(before, '---\ntitle: T\nprinciples: [A, B\n---\nbody\n', intended, parseYamlText)).toMatch(/^the edit would break the frontmatter/);
    expect(verifyEdit(before, '---\ntitle: T\nprinciples: [A, B]\n---\nbody!\n', intended, parseYamlText)).toBe('the edit would change the note outside its frontmatter');
    expect(verifyEdit(before, '\uFEFF---\ntitle: T\nprinciples: [A, B]\n---\nbody\n', intended, parseYamlText)).toBe('the edit would change the note outside its frontmatter');
    expect(verifyEdit(before, '---\ntitle: U\nprinciples: [A, B]\n---\nbody\n', intended, parseYamlText)).toBe('the edit would change "title" too');
    expect(verifyEdit(before, '---\ntitle: T\nprinciples: [B, A]\n---\nbody\n', intended, parseYamlText)).toBe('"principles" would not hold the intended values');
    expect(verifyEdit(before, '---\ntitle: T\n---\nbody\n', intended, parseYamlText)).toBe('"principles" would not hold the intended values');
    expect(verifyEdit(before, before, new Map([['principles', undefined]]), parseYamlText)).toBe('"principles" would not hold the intended values');
  });
});
