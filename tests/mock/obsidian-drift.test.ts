// The mock of `obsidian` (tests/__mocks__/obsidian.ts) must not drift from the real API
// (node_modules/obsidian/obsidian.d.ts) in what the plugin uses. tests/e2e/harness/drift.ts checks at
// compile time that shared members are sync or async alike and need no more arguments; this test
// reads both with the TypeScript compiler and, for every Obsidian member that src/plugin uses and
// the mock implements, compares the parameter and return types: each parameter must accept what
// Obsidian's callers pass, each result must be what Obsidian would return. Obsidian's classes are
// matched by name (the mock's TFile stands for Obsidian's TFile), so a TFile where Obsidian returns
// TAbstractFile is fine and a string where it returns a TFile is not. `unknown`, `any` and type
// parameters say nothing and match anything.
import * as fs from 'fs';
import * as path from 'path';
import ts from 'typescript';

const root = path.resolve(__dirname, '../..');
const REAL = path.join(root, 'node_modules', 'obsidian', 'obsidian.d.ts');
const MOCK = path.join(root, 'tests', '__mocks__', 'obsidian.ts');
const MOCK_DIR = path.join(root, 'tests', '__mocks__');
const FIXTURE = path.join(__dirname, 'drift-fixture.ts');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

const pluginFiles = sourceFiles(path.join(root, 'src', 'plugin'));
const program = ts.createProgram([...pluginFiles, MOCK, FIXTURE], {
  target: ts.ScriptTarget.ES2020,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2021.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  types: [],
  strict: true,
  skipLibCheck: true,
  noEmit: true,
  esModuleInterop: true,
  resolveJsonModule: true,
});
const checker = program.getTypeChecker();
const F = ts.TypeFlags;

const norm = (p: string) => path.resolve(p);
const isReal = (file: string) => norm(file) === norm(REAL);
const isMock = (file: string) => norm(file).startsWith(norm(MOCK_DIR) + path.sep);

function moduleExports(file: string): Map<string, ts.Symbol> {
  const sf = program.getSourceFile(file);
  if (!sf) throw new Error(`not in the program: ${file}`);
  const sym = checker.getSymbolAtLocation(sf);
  if (!sym) throw new Error(`no module symbol: ${file}`);
  return new Map(checker.getExportsOfModule(sym).map((s) => [s.getName(), s]));
}

const realExports = moduleExports(REAL);
const mockExports = moduleExports(MOCK);

function resolveAlias(s: ts.Symbol): ts.Symbol {
  return s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
}

/** The type a named export stands for: a class's instances, an interface, a type alias, else its value's type. */
function exportedType(s: ts.Symbol): ts.Type {
  const t = resolveAlias(s);
  if (t.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias)) return checker.getDeclaredTypeOfSymbol(t);
  return checker.getTypeOfSymbol(t);
}

function realTypeNamed(name: string): ts.Type | null {
  const s = realExports.get(name);
  return s ? exportedType(s) : null;
}

/** The name of a class, interface, enum or type alias; null for anonymous and function types. */
function typeName(t: ts.Type): string | null {
  const s = t.aliasSymbol ?? t.getSymbol();
  return s && s.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias | ts.SymbolFlags.Enum) ? s.getName() : null;
}

function declaredIn(t: ts.Type, test: (file: string) => boolean): boolean {
  const s = t.aliasSymbol ?? t.getSymbol();
  return !!s?.declarations?.some((d) => test(d.getSourceFile().fileName));
}

const str = (t: ts.Type) => checker.typeToString(t, undefined, ts.TypeFormatFlags.NoTruncation);

/** Says nothing about the value: matches anything (also `[...T]`, the arguments of a generic callback). */
function open(t: ts.Type): boolean {
  if (t.flags & (F.Any | F.Unknown | F.TypeParameter | F.Index | F.IndexedAccess | F.Conditional | F.Substitution)) return true;
  return checker.isTupleType(t) && checker.getTypeArguments(t as ts.TypeReference).some((a) => !!(a.flags & F.TypeParameter));
}

function typeOfSymbol(s: ts.Symbol): ts.Type {
  return checker.getTypeOfSymbol(s);
}

function hasRest(sig: ts.Signature): boolean {
  const params = sig.getParameters();
  const last = params[params.length - 1]?.valueDeclaration;
  return !!last && ts.isParameter(last) && !!last.dotDotDotToken;
}

function paramType(sig: ts.Signature, i: number): ts.Type | null {
  const params = sig.getParameters();
  const rest = hasRest(sig) ? params.length - 1 : -1;
  if (rest >= 0 && i >= rest) {
    const t = typeOfSymbol(params[rest]);
    return checker.isArrayType(t) ? checker.getTypeArguments(t as ts.TypeReference)[0] : t;
  }
  return i < params.length ? typeOfSymbol(params[i]) : null;
}

function requiredCount(sig: ts.Signature): number {
  return sig.getParameters().filter((p) => {
    const d = p.valueDeclaration;
    return d && ts.isParameter(d) && !d.questionToken && !d.initializer && !d.dotDotDotToken;
  }).length;
}

function paramCount(sig: ts.Signature): number {
  return hasRest(sig) ? Infinity : sig.getParameters().length;
}

/** Whether a value of type `s` can be used where `t` is expected, Obsidian's classes matched by name. */
function fits(s: ts.Type, t: ts.Type, depth = 0): boolean {
  if (depth > 8 || open(s) || open(t)) return true;
  if (t.flags & F.Void) return true; // a result the caller ignores
  if (s.isUnion()) return s.types.every((x) => fits(x, t, depth + 1));
  if (t.isUnion()) return t.types.some((x) => fits(s, x, depth + 1));
  if (s.flags & F.Void) return !!(t.flags & F.Undefined);
  const primitive = (x: ts.Type) => !(x.flags & F.Object) && !(x.flags & F.Intersection) && !(x.flags & F.NonPrimitive);
  if (primitive(s) || primitive(t)) return checker.isTypeAssignableTo(s, t);
  const sn = typeName(s);
  const tn = typeName(t);
  // One of Obsidian's own types (not a global such as Window that obsidian.d.ts extends).
  const obsidian = (x: ts.Type) => {
    const n = typeName(x);
    return !!n && (realExports.has(n) || mockExports.has(n)) && declaredIn(x, (f) => isReal(f) || isMock(f));
  };
  if (sn && tn && (obsidian(s) || obsidian(t))) {
    const rs = realTypeNamed(sn);
    const rt = realTypeNamed(tn);
    if (rs && rt) return sn === tn || checker.isTypeAssignableTo(rs, rt);
    if (sn !== tn) return false;
  }
  if (sn && tn && sn === tn && (s.flags & F.Object) && (t.flags & F.Object) && ((s as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference) && ((t as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference)) {
    const sa = checker.getTypeArguments(s as ts.TypeReference);
    const ta = checker.getTypeArguments(t as ts.TypeReference);
    if (sa.length === ta.length && sa.length > 0) return sa.every((a, i) => fits(a, ta[i], depth + 1));
  }
  // Two library types (Window, EventTarget, HTMLElement): the compiler's own rule.
  if (sn && tn && sn !== tn && !obsidian(s) && !obsidian(t)) {
    return checker.isTypeAssignableTo(s, t);
  }
  const tSigs = t.getCallSignatures();
  if (tSigs.length > 0) {
    const sSigs = s.getCallSignatures();
    return sSigs.length > 0 && tSigs.every((tsig) => sSigs.some((ssig) => signatureProblem(ssig, tsig, depth + 1) === null));
  }
  if (sn && tn && sn === tn) return true; // the same library type (HTMLElement, Date, …)
  for (const p of t.getProperties()) {
    const sp = s.getProperty(p.getName());
    if (!sp) {
      if (p.flags & ts.SymbolFlags.Optional) continue;
      return checker.isTypeAssignableTo(s, t);
    }
    if (!fits(typeOfSymbol(sp), typeOfSymbol(p), depth + 1)) return false;
  }
  return true;
}

/** Why signature `m` (the mock's) cannot stand for `r` (Obsidian's), or null when it can. */
function signatureProblem(m: ts.Signature, r: ts.Signature, depth = 0): string | null {
  if (requiredCount(m) > paramCount(r)) return `requires ${requiredCount(m)} arguments, Obsidian passes at most ${paramCount(r)}`;
  const n = Math.min(r.getParameters().length + (hasRest(r) ? 1 : 0), 12);
  for (let i = 0; i < n; i++) {
    let rt = paramType(r, i);
    const mt = paramType(m, i);
    if (!rt || !mt) continue;
    // A parameter the mock makes optional (`alias = ''`) also takes Obsidian's `undefined`.
    const mp = m.getParameters()[i]?.valueDeclaration;
    if (rt.isUnion() && mp && ts.isParameter(mp) && (mp.questionToken || mp.initializer)) {
      const defined = rt.types.filter((x) => !(x.flags & F.Undefined));
      if (defined.length === 1) rt = defined[0];
      else if (defined.every((x) => fits(x, mt, depth))) continue;
    }
    if (!fits(rt, mt, depth)) {
      const name = r.getParameters()[Math.min(i, r.getParameters().length - 1)]?.getName() ?? String(i + 1);
      return `parameter ${i + 1} (${name}) is \`${str(mt)}\` in the mock, which does not accept Obsidian's \`${str(rt)}\``;
    }
  }
  const mr = checker.getReturnTypeOfSignature(m);
  const rr = checker.getReturnTypeOfSignature(r);
  if (!fits(mr, rr, depth)) return `returns \`${str(mr)}\` in the mock, Obsidian returns \`${str(rr)}\``;
  return null;
}

/** Why the mock's member type cannot stand for Obsidian's, or null. Overloads: every one of Obsidian's needs a mock signature. */
export function memberProblem(mock: ts.Type, real: ts.Type): string | null {
  const rSigs = real.getCallSignatures();
  const mSigs = mock.getCallSignatures();
  if (rSigs.length === 0) {
    if (mSigs.length > 0) return `a method in the mock, a value of type \`${str(real)}\` in Obsidian`;
    return fits(mock, real) ? null : `is \`${str(mock)}\` in the mock, \`${str(real)}\` in Obsidian`;
  }
  if (mSigs.length === 0) return `a value of type \`${str(mock)}\` in the mock, a method in Obsidian`;
  for (const r of rSigs) {
    const problems = mSigs.map((m) => signatureProblem(m, r));
    if (problems.every((p) => p !== null)) return `${problems[0]} (Obsidian: \`${checker.signatureToString(r)}\`)`;
  }
  return null;
}

/** Obsidian members the plugin uses: `Owner.member` (`.name` for a module-level function), with the declaring symbol. */
function usedMembers(): Map<string, { owner: string; member: string; real: ts.Symbol }> {
  const out = new Map<string, { owner: string; member: string; real: ts.Symbol }>();
  const note = (sym: ts.Symbol | undefined) => {
    if (!sym) return;
    const s = resolveAlias(sym);
    for (const d of s.declarations ?? []) {
      if (!isReal(d.getSourceFile().fileName)) continue;
      const parent = d.parent;
      if ((ts.isClassDeclaration(parent) || ts.isInterfaceDeclaration(parent)) && parent.name) {
        const key = `${parent.name.text}.${s.getName()}`;
        if (!out.has(key)) out.set(key, { owner: parent.name.text, member: s.getName(), real: s });
      } else if (ts.isFunctionDeclaration(d) && d.name) {
        const key = `.${d.name.text}`;
        if (!out.has(key)) out.set(key, { owner: '', member: d.name.text, real: s });
      }
    }
  };
  for (const file of pluginFiles) {
    const sf = program.getSourceFile(file);
    if (!sf) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) note(checker.getSymbolAtLocation(node.name));
      else if (ts.isImportSpecifier(node) && !node.isTypeOnly && node.parent.parent.phaseModifier !== ts.SyntaxKind.TypeKeyword) note(checker.getSymbolAtLocation(node.name));
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

/** The mock's counterpart of an Obsidian member, or null when the mock does not implement it. */
function mockMember(owner: string, member: string): ts.Type | null {
  if (owner === '') {
    const s = mockExports.get(member);
    return s ? typeOfSymbol(resolveAlias(s)) : null;
  }
  const s = mockExports.get(owner);
  if (!s) return null;
  const prop = exportedType(s).getProperty(member);
  return prop ? typeOfSymbol(prop) : null;
}

function realMember(owner: string, member: string, sym: ts.Symbol): ts.Type {
  if (owner === '') return typeOfSymbol(sym);
  const t = realTypeNamed(owner);
  const prop = t?.getProperty(member);
  return prop ? typeOfSymbol(prop) : typeOfSymbol(sym);
}

describe('the obsidian mock against obsidian.d.ts', () => {
  const used = usedMembers();
  const compared: string[] = [];
  const drift: string[] = [];
  for (const [key, { owner, member, real }] of used) {
    const mock = mockMember(owner, member);
    if (!mock) continue;
    compared.push(key);
    const problem = memberProblem(mock, realMember(owner, member, real));
    if (problem) drift.push(`${key}: ${problem}`);
  }

  it('finds the Obsidian members the plugin uses, and the mock implements most of them', () => {
    // 129 used and 101 of them mocked when this was written.
    expect(used.size).toBeGreaterThan(100);
    expect(compared.length).toBeGreaterThan(80);
    for (const key of ['Vault.process', 'Vault.cachedRead', 'MetadataCache.getFileCache', 'Workspace.getLeaf', 'Plugin.registerMarkdownCodeBlockProcessor', '.debounce', '.getAllTags']) {
      expect({ key, compared: compared.includes(key) }).toEqual({ key, compared: true });
    }
  });

  it('gives every mocked member the parameter and return types Obsidian gives it', () => {
    expect(drift).toEqual([]);
  });

  it('catches a drift in a parameter, a result, an overload or a class (a planted fixture)', () => {
    const fixture = moduleExports(FIXTURE);
    const pair = (name: string) => {
      const t = exportedType(fixture.get(name) as ts.Symbol);
      return (member: string) => typeOfSymbol(t.getProperty(member) as ts.Symbol);
    };
    const real = pair('RealShape');
    const bad = pair('DriftedMock');
    const good = pair('FaithfulMock');
    for (const m of ['read', 'count', 'file', 'on', 'list']) {
      expect({ m, problem: memberProblem(good(m), real(m)) }).toEqual({ m, problem: null });
      expect({ m, drifted: memberProblem(bad(m), real(m)) !== null }).toEqual({ m, drifted: true });
    }
    expect(memberProblem(bad('read'), real('read'))).toContain('parameter 1 (path)');
    expect(memberProblem(bad('count'), real('count'))).toContain('returns `string` in the mock, Obsidian returns `number`');
    expect(memberProblem(bad('file'), real('file'))).toContain('TFolder');
  });
});
