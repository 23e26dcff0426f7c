// Compile-time only: the shared mock must not drift from the real `obsidian` API (obsidian.d.ts).
// Every value the mock exports must exist in Obsidian (or be listed as mock-only), and for every class the
// harness relies on, each member the mock shares with Obsidian must be async exactly when Obsidian's is and
// require no more arguments than Obsidian passes. A drift is a `tsc --noEmit` error on the `true` constants below.
// tests/mock/obsidian-drift.test.ts also compares parameter and return types of every member the plugin uses.
import type * as Real from 'obsidian';
import type * as Mock from '../../__mocks__/obsidian';

type Fn = (...args: never[]) => unknown;
type Kind<F> = F extends Fn
  ? unknown extends ReturnType<F>
    ? 'unknown'
    : [ReturnType<F>] extends [void]
      ? 'void'
    : [ReturnType<F>] extends [Promise<unknown>]
    ? 'async'
    : Promise<unknown> extends ReturnType<F>
      ? 'either'
      : [Extract<ReturnType<F>, Promise<unknown>>] extends [never]
        ? 'sync'
        : 'either'
  : 'value';
/**
 * Drift is a promise where Obsidian returns none (or the reverse), or a value where Obsidian has a method.
 * Obsidian's `Promise<void> | void` and plain `void` accept either (the caller ignores or awaits the result);
 * `unknown` says nothing.
 */
type Compatible<M, R> = [M, R] extends ['unknown', unknown] | [unknown, 'unknown']
  ? true
  : [M, R] extends ['value', 'value']
    ? true
    : [M] extends ['value']
      ? false
      : [R] extends ['value']
        ? false
        : [R] extends ['either' | 'void']
          ? true
          : [M, R] extends ['async' | 'either', 'async'] | ['sync' | 'void', 'sync']
            ? true
            : false;
type SameKind<M, R> = Compatible<Kind<M>, Kind<R>>;
type Required<F> = F extends (...args: infer P) => unknown ? RequiredCount<P> : 0;
type RequiredCount<P extends unknown[], Acc extends unknown[] = []> = P extends [unknown, ...infer T]
  ? RequiredCount<T, [...Acc, 1]>
  : Acc['length'];
type MaxArgs<F> = F extends (...args: infer P) => unknown ? P['length'] : 0;
type NotMore<A extends number, B extends number> = A extends B ? true : `${A}` extends `${B}` ? true : LessOrEqual<A, B>;
type LessOrEqual<A extends number, B extends number, C extends unknown[] = []> = C['length'] extends B
  ? C['length'] extends A
    ? true
    : false
  : C['length'] extends A
    ? true
    : LessOrEqual<A, B, [...C, 1]>;

/**
 * Members M shares with R whose kind (sync/async/value) or arity differ. Members only the mock has are its
 * own helpers (seed, textOf, …) and are fine; members only Obsidian has are simply not mocked.
 */
export type Drift<M, R> = {
  [K in keyof M & keyof R]: SameKind<M[K], R[K]> extends true
    ? NotMore<Required<M[K]>, MaxArgs<R[K]>> extends true
      ? never
      : `${K & string}: requires more arguments than Obsidian passes`
    : `${K & string}: ${Kind<M[K]>} in the mock, ${Kind<R[K]>} in Obsidian`;
}[keyof M & keyof R];

type NoDrift<D> = [D] extends [never] ? true : D;

// Exported values: the mock may add helpers of its own, named here.
type MockOnlyExports = 'installObsidianDom' | 'renderCodeBlock' | 'computeMetadata' | 'mountBase' | 'mockApi';
export const exportsOk: NoDrift<Exclude<keyof typeof Mock, keyof typeof Real | MockOnlyExports>> = true;

export const appOk: NoDrift<Drift<Mock.App, Real.App>> = true;
export const vaultOk: NoDrift<Drift<Mock.Vault, Real.Vault>> = true;
export const metadataOk: NoDrift<Drift<Mock.MetadataCache, Real.MetadataCache>> = true;
export const workspaceOk: NoDrift<Drift<Mock.Workspace, Real.Workspace>> = true;
export const leafOk: NoDrift<Drift<Mock.WorkspaceLeaf, Real.WorkspaceLeaf>> = true;
export const fileManagerOk: NoDrift<Drift<Mock.FileManager, Real.FileManager>> = true;
export const pluginOk: NoDrift<Drift<Mock.Plugin, Real.Plugin>> = true;
export const itemViewOk: NoDrift<Drift<Mock.ItemView, Real.ItemView>> = true;
export const modalOk: NoDrift<Drift<Mock.Modal, Real.Modal>> = true;
export const suggestModalOk: NoDrift<Drift<Mock.SuggestModal<unknown>, Real.SuggestModal<unknown>>> = true;
export const noticeOk: NoDrift<Drift<Mock.Notice, Real.Notice>> = true;
export const menuOk: NoDrift<Drift<Mock.Menu, Real.Menu>> = true;
export const settingOk: NoDrift<Drift<Mock.Setting, Real.Setting>> = true;
export const componentOk: NoDrift<Drift<Mock.Component, Real.Component>> = true;
export const eventsOk: NoDrift<Drift<Mock.Events, Real.Events>> = true;
export const renderChildOk: NoDrift<Drift<Mock.MarkdownRenderChild, Real.MarkdownRenderChild>> = true;
export const scopeOk: NoDrift<Drift<Mock.Scope, Real.Scope>> = true;
export const menuItemOk: NoDrift<Drift<Mock.MenuItem, Real.MenuItem>> = true;
export const fileOk: NoDrift<Drift<Mock.TFile, Real.TFile>> = true;
export const fuzzyOk: NoDrift<Drift<Mock.FuzzySuggestModal<unknown>, Real.FuzzySuggestModal<unknown>>> = true;
export const settingTabOk: NoDrift<Drift<Mock.PluginSettingTab, Real.PluginSettingTab>> = true;
export const basesViewOk: NoDrift<Drift<Mock.BasesView, Real.BasesView>> = true;
export const basesEntryOk: NoDrift<Drift<Mock.BasesEntry, Real.BasesEntry>> = true;
export const basesResultOk: NoDrift<Drift<Mock.BasesQueryResult, Real.BasesQueryResult>> = true;
export const basesConfigOk: NoDrift<Drift<Mock.BasesViewConfig, Real.BasesViewConfig>> = true;
export const queryControllerOk: NoDrift<Drift<Mock.QueryController, Real.QueryController>> = true;
