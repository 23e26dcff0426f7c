// Opens the coverage dashboard: one tab per workspace, created the first time, revealed after.
import type { App, WorkspaceLeaf } from 'obsidian';
import { DASHBOARD_VIEW_TYPE } from './dashboard/view';

export async function openDashboard(app: App): Promise<WorkspaceLeaf> {
  const { workspace } = app;
  let leaf = workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0];
  if (!leaf) {
    leaf = workspace.getLeaf('tab');
    await leaf.setViewState({ type: DASHBOARD_VIEW_TYPE, active: true });
  }
  await workspace.revealLeaf(leaf);
  return leaf;
}
