// Status bar item "amazon 11/16": principles at target in the current set; click opens the dashboard.
import { Component } from 'obsidian';
import type { CoverageHost } from './host';
import { computeCoverage } from '../../core/coverage/coverage';
import { pickSet } from '../../core/coverage/pick-set';
import { coverageSettingsOf } from '../settings';

export class CoverageStatusBar extends Component {
  private drawn = -1;

  constructor(
    private readonly plugin: CoverageHost,
    private readonly el: HTMLElement,
  ) {
    super();
  }

  onload(): void {
    this.el.addClass('ip-status-bar', 'mod-clickable');
    this.registerDomEvent(this.el, 'click', () => void this.plugin.openDashboard());
    this.registerEvent(this.plugin.index.onRefresh(() => this.update()));
    this.registerEvent(this.plugin.currentSet.onChange(() => this.update(true)));
    this.update();
  }

  /** Redraws when the index moved (or when forced after the current set changed). */
  update(force = false): void {
    const index = this.plugin.index;
    if (!force && index.revision === this.drawn && index.isReady) return;
    if (!index.isReady) {
      this.el.setText('');
      this.el.setAttr('aria-label', null);
      return;
    }
    this.drawn = index.revision;
    const snapshot = index.snapshot();
    const set = pickSet(snapshot, this.plugin.currentSet.id, this.plugin.settings.defaultSet);
    if (!set) {
      this.el.setText('');
      this.el.setAttr('aria-label', null);
      return;
    }
    const report = computeCoverage(snapshot, set.id, coverageSettingsOf(this.plugin.settings));
    const total = report.principles.length;
    this.el.setText(`${set.name} ${report.atTarget}/${total}`);
    this.el.setAttr('aria-label', `${report.atTarget} of ${total} principles in ${set.name} have ${report.target} stories. Open the coverage dashboard.`);
    this.el.setAttr('data-tooltip-position', 'top');
  }
}
