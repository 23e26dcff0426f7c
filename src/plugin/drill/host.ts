// What the drill feature needs from the plugin. InterviewPrepPlugin satisfies it structurally,
// so the feature can be tested with a small fake host.
import type { App, Command } from 'obsidian';
import type { IndexSnapshot } from '../../core/model';
import type { Clock, Rng } from '../../core/drill/random';
import type { PluginSettings } from '../settings';
import type { SettingsSection } from '../settings-tab/rows';
import { browserRecorder, type RecorderPort } from './recorder-port';

export interface DrillHost {
  app: App;
  settings: PluginSettings;
  /** `touch` (optional) tells views something changed: the dashboard's drill stats then reload. */
  index: { snapshot(): IndexSnapshot; readonly isReady: boolean; touch?(): void };
  /** The set the dashboard shows, when one was chosen. */
  currentSetId?: string | null;
  addCommand(command: Command): Command;
  registerInterval(id: number): number;
  updateSettings(patch: Partial<PluginSettings>): Promise<void>;
  addSettingsSection?(section: SettingsSection): void;
  /** Injected in tests; the real clock and Math.random otherwise. */
  drillClock?: Clock;
  drillRng?: Rng;
  /** The microphone (setting "Record spoken answers"); injected in tests, the browser's otherwise. */
  recorder?: RecorderPort;
}

export const clockOf = (host: DrillHost): Clock => host.drillClock ?? (() => new Date());
export const rngOf = (host: DrillHost): Rng => host.drillRng ?? Math.random;
export const recorderOf = (host: DrillHost): RecorderPort => host.recorder ?? browserRecorder();
