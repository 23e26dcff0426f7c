// Plugin lifecycle only: load settings, register the features, and start indexing once the
// workspace layout is ready. Feature code lives in its own folders.
import { Plugin, debounce } from 'obsidian';
import type { WorkspaceLeaf } from 'obsidian';
import { DEFAULT_SETTINGS, indexSettingsOf, settingsFromData, type PluginSettings } from './settings';
import { LiveIndex } from './index/live-index';
import { DashboardView, DASHBOARD_VIEW_TYPE } from './dashboard/view';
import { registerCoverageCommands } from './commands';
import { CoverageStatusBar } from './status-bar';
import { registerCoverageBlock } from './codeblock/coverage-block';
import { registerDrillFeature } from './drill/register';
import { registerAuthoringFeature } from './authoring/register';
import { InterviewPrepSettingTab, type SettingsSection } from './settings-tab/settings-tab';
import { registerCoverageBasesView } from './bases/coverage-view';

export default class InterviewPrepPlugin extends Plugin {
  settings: PluginSettings = { ...DEFAULT_SETTINGS };
  /** The live index; features read `index.snapshot()` and listen with `index.onRefresh`. */
  index!: LiveIndex;
  /** Settings blocks added by other features, drawn after the coverage settings. */
  readonly settingsSections: SettingsSection[] = [];
  /** The set last chosen in the dashboard (not saved; the default set is). */
  currentSetId: string | null = null;
  private statusBar: CoverageStatusBar | null = null;
  private readonly rebuildSoon = debounce(() => void this.index.rebuild(indexSettingsOf(this.settings)), 800, true);

  async onload(): Promise<void> {
    this.settings = settingsFromData(await this.loadData());
    this.index = this.addChild(new LiveIndex(this.app, indexSettingsOf(this.settings)));
    this.registerView(DASHBOARD_VIEW_TYPE, (leaf) => new DashboardView(leaf, this));
    registerCoverageCommands(this);
    this.addRibbonIcon('layout-grid', 'Open coverage dashboard', () => void this.openDashboard());
    this.statusBar = this.addChild(new CoverageStatusBar(this, this.addStatusBarItem()));
    registerCoverageBlock(this);
    registerDrillFeature(this);
    registerAuthoringFeature(this);
    registerCoverageBasesView(this);
    this.addSettingTab(new InterviewPrepSettingTab(this.app, this));
    this.register(() => this.rebuildSoon.cancel());
    this.app.workspace.onLayoutReady(() => void this.index.start());
  }

  async saveSettings(): Promise<void> {
    await this.saveData(this.settings);
  }

  /** Saves a change; index settings re-index (after typing pauses), others just redraw. */
  async updateSettings(patch: Partial<PluginSettings>): Promise<void> {
    const before = JSON.stringify(indexSettingsOf(this.settings));
    this.settings = { ...this.settings, ...patch };
    await this.saveSettings();
    if (JSON.stringify(indexSettingsOf(this.settings)) !== before) this.rebuildSoon();
    else this.index.touch();
  }

  /** For other features' settings (drills, authoring). */
  addSettingsSection(section: SettingsSection): void {
    this.settingsSections.push(section);
  }

  /** The dashboard tab, created once per workspace and revealed. */
  async openDashboard(): Promise<WorkspaceLeaf> {
    const { workspace } = this.app;
    let leaf = workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0];
    if (!leaf) {
      leaf = workspace.getLeaf('tab');
      await leaf.setViewState({ type: DASHBOARD_VIEW_TYPE, active: true });
    }
    await workspace.revealLeaf(leaf);
    return leaf;
  }

  /** The dashboard moved to another set: the status bar and exports follow it. */
  rememberSet(setId: string): void {
    this.currentSetId = setId;
    this.statusBar?.update(true);
  }
}
