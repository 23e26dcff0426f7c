// The CLI's face of the core's set choice (core/coverage/pick-set): `--set` must name a set,
// otherwise the default set from the plugin's settings, else the largest set; failures are usage
// errors (exit 2).
import { findSet, pickSet } from '../../core/coverage/pick-set';
import type { IndexSnapshot, PrincipleSet } from '../../core/model';
import { UsageError } from '../usage-error';

export function chooseSet(snapshot: IndexSnapshot, wanted: string | null, defaultSet: string): PrincipleSet {
  const { sets } = snapshot;
  if (wanted !== null) {
    const found = findSet(sets, wanted);
    if (found) return found;
    const known = sets.length > 0 ? `known sets: ${sets.map((s) => s.id).join(', ')}` : 'the vault has no principle sets';
    throw new UsageError(`unknown set "${wanted}" (${known})`);
  }
  const set = pickSet(snapshot, defaultSet);
  if (!set) throw new UsageError('the vault has no principle sets: tag a note #principles to define one');
  return set;
}
