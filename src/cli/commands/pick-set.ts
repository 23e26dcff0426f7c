// Which principle set a command reports on: `--set` (id or name), else the plugin's default set,
// else the first set found.
import type { PrincipleSet } from '../../core/model';
import { slugify } from '../../core/text/normalize';
import { UsageError } from '../usage-error';

function matches(set: PrincipleSet, wanted: string): boolean {
  const w = wanted.trim().toLowerCase();
  return set.id === w || set.name.toLowerCase() === w || set.id === slugify(wanted);
}

export function pickSet(sets: PrincipleSet[], wanted: string | null, fallback: string): PrincipleSet {
  if (wanted !== null) {
    const found = sets.find((s) => matches(s, wanted));
    if (found) return found;
    const known = sets.length > 0 ? `known sets: ${sets.map((s) => s.id).join(', ')}` : 'the vault has no principle sets';
    throw new UsageError(`unknown set "${wanted}" (${known})`);
  }
  if (sets.length === 0) throw new UsageError('the vault has no principle sets: tag a note #principles to define one');
  return (fallback !== '' ? sets.find((s) => matches(s, fallback)) : undefined) ?? sets[0];
}
