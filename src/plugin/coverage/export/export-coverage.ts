// The "Export coverage" command: writes the current set's coverage to a new file at a free name.
import { Notice, type App, type TFile } from 'obsidian';
import type { CoverageReport } from '../../../core/coverage/types';
import { freeName } from '../../../core/paths/free-name';
import { coverageCsv, coverageMarkdown } from './coverage-formats';
import type { ExportFormat } from './format-modal';

export const EXPORT_BASE_NAME = 'Coverage export';

/** Creates the export file (never overwriting) and returns it. */
export async function writeCoverageExport(app: App, report: CoverageReport, format: ExportFormat): Promise<TFile> {
  // Vault paths are case-insensitive on most systems: compare lowercased.
  const taken = new Set(app.vault.getAllLoadedFiles().map((f) => f.path.toLowerCase()));
  const ext = format === 'csv' ? 'csv' : 'md';
  const path = freeName(EXPORT_BASE_NAME, ext, (p) => taken.has(p.toLowerCase()));
  const text = format === 'csv' ? coverageCsv(report) : coverageMarkdown(report);
  const file = await app.vault.create(path, text);
  new Notice(`Coverage exported to ${path}.`);
  return file;
}
