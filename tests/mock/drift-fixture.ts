// Read by tests/mock/obsidian-drift.test.ts, never run: an API as Obsidian declares it, a mock that
// is faithful to it and one that drifted, to show that the drift check catches each kind of drift.
import type { TAbstractFile, TFile, TFolder } from 'obsidian';

export declare class RealShape {
  read(path: string): Promise<string>;
  count(): number;
  file(path: string): TFile | null;
  on(name: 'create', callback: (file: TAbstractFile) => unknown): void;
  on(name: 'rename', callback: (file: TAbstractFile, oldPath: string) => unknown): void;
  list: string[];
}

export declare class FaithfulMock {
  read(path: string): Promise<string>;
  count(): number;
  file(path: string): TFile | null;
  on(name: string, callback: (...data: unknown[]) => unknown): void;
  list: string[];
}

export declare class DriftedMock {
  read(path: number): Promise<string>;
  count(): string;
  file(path: string): TFolder | null;
  on(name: 'create', callback: (file: TAbstractFile) => unknown): void;
  list: number[];
}
