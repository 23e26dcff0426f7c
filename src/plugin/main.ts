// Plugin lifecycle only: load settings, register the features, and start indexing once the
// workspace layout is ready. Feature code lives in its own folders; each takes the plugin as its
// host through an interface of its own, so nothing imports this file.
import { Plugin, debounce } from 'obsidian';
import type { WorkspaceLeaf } from 'obsidian';
import { DEFAULT_SETTINGS, indexSettingsOf, settingsFromData, type PluginSettings } from './settings';
import { LiveIndex } from './index/live-index';
import { CurrentSetStore } from './coverage/current-set';
import { openDashboard } from './coverage/open-dashboard';
import { registerCoverageFeature } from './coverage/register';
import { registerDrillFeature } from './drill/register';
import { registerAuthoringFeature } from './authoring/register';
import { InterviewPrepSettingTab, type SettingsSection } from './settings-tab/settings-tab';

export default class InterviewPrepPlugin extends Plugin {
  settings: PluginSettings = { ...DEFAULT_SETTINGS };
  /** The live index; features read `index.snapshot()` and listen with `index.onRefresh`. */
  index!: LiveIndex;
  /** Settings blocks added by other features, drawn after the coverage settings. */
  readonly settingsSections: SettingsSection[] = [];
  /** The set the dashboard shows. */
  readonly currentSet = new CurrentSetStore();
  private readonly rebuildSoon = debounce(() => void this.index.rebuild(indexSettingsOf(this.settings)), 800, true);

  /** The drill feature reads the dashboard's set through this. */
  get currentSetId(): string | null {
    return this.currentSet.id;
  }

  async onload(): Promise<void> {
    this.settings = settingsFromData(await this.loadData());
    this.index = this.addChild(new LiveIndex(this.app, indexSettingsOf(this.settings)));
    registerCoverageFeature(this);
    registerDrillFeature(this);
    registerAuthoringFeature(this);
    this.addSettingTab(new InterviewPrepSettingTab(this.app, this, this));
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

  openDashboard(): Promise<WorkspaceLeaf> {
    return openDashboard(this.app);
  }
}
