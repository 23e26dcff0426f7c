// `--principle` for every command (drill, new-story): the core lookup, its failures as usage errors
// (exit 2) with the index's "did you mean".
import { lookupPrinciple } from '../../core/index/find-principle';
import type { IndexSnapshot, Principle } from '../../core/model';
import { UsageError } from '../usage-error';

export function findPrinciple(snapshot: IndexSnapshot, query: string, opts: { inSet?: string | null; preferredSet?: string } = {}): Principle {
  const found = lookupPrinciple(snapshot.principles, query, opts);
  if (found.kind === 'found') return found.principle;
  if (found.kind === 'ambiguous') {
    throw new UsageError(`principle "${query}" is in several sets; use its id (${found.candidates.map((p) => p.id).join(', ')}) or --set`);
  }
  const where = opts.inSet ? ` in set ${opts.inSet}` : '';
  throw new UsageError(`unknown principle "${query}"${where}${found.suggestion ? ` (did you mean "${found.suggestion.name}"?)` : ''}`);
}
