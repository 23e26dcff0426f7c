// What the coverage feature (dashboard, status bar, code block, export) needs from the plugin.
// InterviewPrepPlugin satisfies it structurally, so no feature file imports main.ts.
import type { App, WorkspaceLeaf } from 'obsidian';
import type { LiveIndex } from '../index/live-index';
import type { PluginSettings } from '../settings';
import type { CurrentSetStore } from './current-set';
import type { DrillHost } from '../drill/host';
import type { AuthoringHost } from '../authoring/host';

export interface CoverageHost {
  app: App;
  settings: PluginSettings;
  index: LiveIndex;
  /** The set the dashboard shows; the status bar and exports follow it. */
  currentSet: CurrentSetStore;
  /** The dashboard tab, created once per workspace and revealed. */
  openDashboard(): Promise<WorkspaceLeaf>;
}

/** The dashboard also offers drills and new stories from its panels, so it needs those hosts too. */
export type DashboardHost = CoverageHost & DrillHost & AuthoringHost;
