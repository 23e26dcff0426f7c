// What the dashboard shows, computed from a snapshot: the chosen set's coverage report, its
// stories in the chosen order, and the warnings. Pure, so the view, the code block and the
// tests share it.
import type { IndexSnapshot, IndexWarning, PrincipleSet } from '../../../core/model';
import type { CoverageSettings } from '../../../core/settings';
import { coverageSettingsOf, type PluginSettings } from '../../settings';
import type { CoverageReport, StoryCoverage } from '../../../core/coverage/types';
import { computeCoverage } from '../../../core/coverage/coverage';
import { pickSet } from '../../../core/coverage/pick-set';
import { readAsList, readingKey, type ReadAsGroup } from '../../../core/reading/read-as-list';

export type SortKey = 'title' | 'coverage' | 'health';
export const SORT_KEYS: readonly SortKey[] = ['title', 'coverage', 'health'];

export type DashboardSection = 'summary' | 'matrix' | 'gaps' | 'warnings';
export const DASHBOARD_SECTIONS: readonly DashboardSection[] = ['summary', 'matrix', 'gaps', 'warnings'];

export interface DashboardModel {
  /** `indexing` until the first pass is done; `no-sets` when the vault defines none. */
  state: 'indexing' | 'no-sets' | 'ready';
  sets: PrincipleSet[];
  report: CoverageReport | null;
  /** The report's stories in display order. */
  rows: StoryCoverage[];
  sort: SortKey;
  warnings: IndexWarning[];
  /** The tag that defines a set, for the empty-state hint. */
  setTag: string;
  /** Items of the set read as a principle they are not mapped to (dismissed ones left out). */
  readAs: ReadAsGroup[];
  /** Per principle id: how many items read as it, shown beside its count ("+2 read as"), never in it. */
  readAsCounts: Map<string, number>;
}

/**
 * The title order, as `localeCompare(b, undefined, { sensitivity: 'base', numeric: true })` gives
 * it: one collator for every sort, because `localeCompare` with options builds one per call, which
 * made sorting 500 stories cost more than the rest of a redraw (npm run bench).
 */
const TITLE_ORDER = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function byTitle(a: StoryCoverage, b: StoryCoverage): number {
  return TITLE_ORDER.compare(a.story.title, b.story.title);
}

/** title: A→Z; coverage: most principles first; health: most issues first. Ties by title. */
export function sortStories(stories: StoryCoverage[], sort: SortKey): StoryCoverage[] {
  const mapped = (s: StoryCoverage): number => s.primary.length + s.secondary.length;
  const list = [...stories];
  if (sort === 'title') return list.sort(byTitle);
  if (sort === 'coverage') return list.sort((a, b) => mapped(b) - mapped(a) || byTitle(a, b));
  return list.sort((a, b) => b.health.issues.length - a.health.issues.length || byTitle(a, b));
}

export interface ModelInput {
  snapshot: IndexSnapshot | null;
  ready: boolean;
  set: PrincipleSet | null;
  sort: SortKey;
  coverage: CoverageSettings;
  setTag: string;
  /** Dismissed readings, `itemId|principleId`: out of the Read as panel and the `?` cells. */
  dismissed?: ReadonlySet<string>;
}

/**
 * What a model reads from the plugin's settings (the coverage rules, the set tag, the dismissed
 * readings): one projection for the dashboard, the code block and the Bases view.
 */
export function modelSettingsOf(settings: PluginSettings): Pick<ModelInput, 'coverage' | 'setTag' | 'dismissed'> {
  return { coverage: coverageSettingsOf(settings), setTag: settings.setTag, dismissed: new Set(settings.dismissedReadings) };
}

/** The report without the `?` (suggested) marks the user dismissed. */
function withoutDismissed(report: CoverageReport, dismissed: ReadonlySet<string>): CoverageReport {
  if (dismissed.size === 0) return report;
  return {
    ...report,
    principles: report.principles.map((pc) => ({ ...pc, suggestedStories: pc.suggestedStories.filter((id) => !dismissed.has(readingKey(id, pc.principle.id))) })),
    stories: report.stories.map((sc) => ({ ...sc, suggested: sc.suggested.filter((pid) => !dismissed.has(readingKey(sc.story.id, pid))) })),
  };
}

export function buildDashboardModel(input: ModelInput): DashboardModel {
  const { snapshot, sort, setTag } = input;
  const base = { sets: snapshot?.sets ?? [], rows: [], sort, warnings: snapshot?.warnings ?? [], setTag, report: null, readAs: [], readAsCounts: new Map<string, number>() };
  if (!input.ready || !snapshot) return { ...base, state: 'indexing' };
  const set = input.set ?? pickSet(snapshot);
  if (!set || !snapshot.sets.some((s) => s.id === set.id)) return { ...base, state: 'no-sets' };
  const dismissed = input.dismissed ?? new Set<string>();
  const report = withoutDismissed(computeCoverage(snapshot, set.id, input.coverage), dismissed);
  const readAs = readAsList(snapshot, set.id, dismissed);
  const readAsCounts = new Map(readAs.map((g) => [g.principle.id, g.items.length]));
  return { ...base, state: 'ready', report, rows: sortStories(report.stories, sort), readAs, readAsCounts };
}
