// Commands of the coverage feature. No default hotkeys: users choose their own.
import { Notice } from 'obsidian';
import type { Command } from 'obsidian';
import type { CoverageHost } from './host';
import { computeCoverage } from '../../core/coverage/coverage';
import { pickSet } from '../../core/coverage/pick-set';
import { coverageSettingsOf } from '../settings';
import { ExportFormatModal } from './export/format-modal';
import { writeCoverageExport } from './export/export-coverage';

export function registerCoverageCommands(plugin: CoverageHost & { addCommand(command: Command): Command }): void {
  plugin.addCommand({
    id: 'open-coverage-dashboard',
    name: 'Open coverage dashboard',
    callback: () => void plugin.openDashboard(),
  });
  plugin.addCommand({
    id: 'export-coverage',
    name: 'Export coverage',
    callback: () => exportCoverage(plugin),
  });
  plugin.addCommand({
    id: 'rebuild-index',
    name: 'Rebuild index',
    callback: () => {
      new Notice('Rebuilding the interview prep index…');
      void plugin.index.rebuild().then(() => new Notice(`Index rebuilt: ${plugin.index.core.size} notes.`));
    },
  });
}

function exportCoverage(plugin: CoverageHost & { addCommand(command: Command): Command }): void {
  if (!plugin.index.isReady) {
    new Notice('The index is still being built. Try again in a moment.');
    return;
  }
  const snapshot = plugin.index.snapshot();
  const set = pickSet(snapshot, plugin.currentSet.id, plugin.settings.defaultSet);
  if (!set) {
    new Notice(`No principle set found. Tag a note with #${plugin.settings.setTag} first.`);
    return;
  }
  new ExportFormatModal(plugin.app, (format) => {
    const report = computeCoverage(snapshot, set.id, coverageSettingsOf(plugin.settings));
    void writeCoverageExport(plugin.app, report, format).then((file) => plugin.app.workspace.getLeaf(false).openFile(file));
  }).open();
}
