// The coverage feature: the dashboard view, its ribbon icon and commands, the status bar item and
// the `interview-prep` code block, and the Bases view (Obsidian 1.10+). main.ts calls registerCoverageFeature(this) once in onload.
import type { Plugin } from 'obsidian';
import { DashboardView, DASHBOARD_VIEW_TYPE } from './dashboard/view';
import { registerCoverageCommands } from './commands';
import { CoverageStatusBar } from './status-bar';
import { registerCoverageBlock } from './codeblock/coverage-block';
import { registerCoverageBasesView } from '../bases/coverage-view';
import type { DashboardHost } from './host';

export function registerCoverageFeature(plugin: Plugin & DashboardHost): void {
  plugin.registerView(DASHBOARD_VIEW_TYPE, (leaf) => new DashboardView(leaf, plugin));
  registerCoverageCommands(plugin);
  plugin.addRibbonIcon('layout-grid', 'Open coverage dashboard', () => void plugin.openDashboard());
  plugin.addChild(new CoverageStatusBar(plugin, plugin.addStatusBarItem()));
  registerCoverageBlock(plugin);
  registerCoverageBasesView(plugin);
}
