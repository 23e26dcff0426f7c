// The coverage matrix of a Base: the dashboard's model, computed on the stories of the Base's
// entries only (so totals, statuses and health follow the Base's filters), rows in the Base's
// order (so they follow its sort). Pure, shared by the Bases view and its tests.
import type { IndexSnapshot } from '../../core/model';
import { pickSet } from '../../core/coverage/pick-set';
import { buildDashboardModel, type DashboardModel, type ModelInput } from '../coverage/dashboard/model';

export interface BaseModelInput extends Omit<ModelInput, 'snapshot' | 'set' | 'sort'> {
  snapshot: IndexSnapshot | null;
  /** Paths of the Base's entries, in the Base's order (its sort applied). */
  entryPaths: readonly string[];
  /** The set chosen in the view's options, then the default set; the first set otherwise. */
  setPreferences: (string | null | undefined)[];
}

export function buildBaseModel(input: BaseModelInput): DashboardModel {
  const { snapshot, entryPaths, setPreferences, ...rest } = input;
  const position = new Map<string, number>();
  entryPaths.forEach((p, i) => {
    if (!position.has(p)) position.set(p, i);
  });
  const scoped = snapshot ? { ...snapshot, stories: snapshot.stories.filter((s) => position.has(s.path)) } : null;
  const set = scoped ? pickSet(scoped, ...setPreferences) : null;
  const model = buildDashboardModel({ ...rest, snapshot: scoped, set, sort: 'title' });
  // The Base's order; stories of one note keep their order in it (line).
  const rows = [...model.rows].sort((a, b) => (position.get(a.story.path) ?? 0) - (position.get(b.story.path) ?? 0) || a.story.line - b.story.line);
  return { ...model, rows };
}
