import { editPrincipleKeys } from '../../../src/core/authoring/tag-edit';
import { parseYamlText } from '../../../src/cli/note-record';
import type { Principle } from '../../../src/core/model';
const P = (name: string, path = 'Acme.md', line = 5): Principle => ({ id: 'acme/' + name.toLowerCase(), name, set: 'acme', path, line, description: '', aliases: [] });
const own = P('Ownership'), fru = P('Frugality'), cf = P('Customer Focus');
const add = (p: Principle, links = true) => ({ key: 'principles', add: [{ principle: p, value: links ? `[[Acme#${p.name}]]` : p.name }], remove: [] });
const rem = (p: Principle) => ({ key: 'principles', add: [], remove: [p] });
const cases: [string, any][] = [
  ['---\nprinciples: &p [Ownership]\nalso: *p\n---\n', add(fru)],
  ['---\nprinciples: [Ownership,\nFrugality]\ntitle: x\n---\n', add(cf)],
  ['---\nprinciples: "Ownership,\n  Frugality"\ntitle: x\n---\n', rem(fru)],
  ['---\n{title: T, principles: [A]}\n---\n', add(fru)],
  ['---\n  title: T\n  principles: [Ownership]\n---\n', add(fru)],
  ['---\n  title: T\n  principles:\n    - Ownership\n---\n', add(fru)],
  ['---\n? principles\n: [A]\n---\n', add(fru)],
  ['---\ntitle: T\n...\nprinciples: x\n---\nbody\n', add(fru)],
  ['---\nprinciples: [Ownership] # mine\n---\n', add(fru)],
  ['---\nprinciples: Ownership # mine\n---\n', add(fru)],
  ['---\r\ntitle: a\nprinciples:\n  - Ownership\n---\r\n', add(fru)],
  ['---\nprinciples:\n  - Custmer Obsesion\n  - "[[Some other note]]"\n  - Ownership, Frugality, Bogus # c\n  - Ownership\n---\n', rem(own)],
  ['---\nprinciples:\n  - Custmer Obsesion\n---\n', add(own)],
];
it('scratch', () => {
  for (const [t, d] of cases) {
    const o = editPrincipleKeys(t, [d], parseYamlText);
    console.log(JSON.stringify(t) + '\n => ' + o.kind + ' ' + ('text' in o ? JSON.stringify(o.text) : '') + ('reason' in o ? o.reason : '') + ' ' + JSON.stringify((o as any).changes));
  }
});
