// styles.css as a browser reads it: every rule closed, and no rule inside another one except in an
// at-rule (@media, @supports, @container). CSS nesting makes a missing `}` silent: the rules after
// it become descendants of the unclosed one and stop applying (the "Read as" panel's styles were
// lost that way behind `.ip-trend-last {`).
import * as fs from 'fs';
import * as path from 'path';

const CSS = fs.readFileSync(path.join(__dirname, '..', '..', 'styles.css'), 'utf8');

interface Block {
  selector: string;
  line: number;
}

/** Each `{` with the selector before it, and whether a rule sits inside a rule. */
function blocks(css: string): { nested: Block[]; unclosed: Block[]; strayClose: number[] } {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
  const stack: Block[] = [];
  const nested: Block[] = [];
  const strayClose: number[] = [];
  let start = 0;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    if (c === '{') {
      const selector = text.slice(start, i).split(/[;}]/).pop()?.trim() ?? '';
      const parent = stack[stack.length - 1];
      if (parent && !parent.selector.startsWith('@')) nested.push({ selector, line });
      stack.push({ selector, line });
      start = i + 1;
    } else if (c === '}') {
      if (stack.pop() === undefined) strayClose.push(line);
      start = i + 1;
    }
  }
  return { nested, unclosed: stack, strayClose };
}

describe('styles.css', () => {
  it('closes every rule and nests rules only in at-rules', () => {
    const found = blocks(CSS);
    expect(found.unclosed).toEqual([]);
    expect(found.strayClose).toEqual([]);
    expect(found.nested).toEqual([]);
  });

  it('the check finds a rule left open', () => {
    const broken = '.a {\n  color: red;\n\n.b {\n  color: blue;\n}\n';
    expect(blocks(broken).nested).toEqual([{ selector: '.b', line: 4 }]);
    expect(blocks(broken).unclosed).toEqual([{ selector: '.a', line: 1 }]);
    expect(blocks('@media (max-width: 400px) {\n  .a { color: red; }\n}\n')).toEqual({ nested: [], unclosed: [], strayClose: [] });
  });
});
