// A `--principle` argument (or a positional principle) as the CLI's commands take it: the core's
// lookup (core/index/find-principle.ts), its refusal turned into a usage error (exit 2).
import { findPrinciple, type FindOptions } from '../core/index/find-principle';
import type { IndexSnapshot, Principle } from '../core/model';
import { UsageError } from './usage-error';

export function principleArg(snapshot: IndexSnapshot, query: string, opts: FindOptions = {}): Principle {
  const found = findPrinciple(snapshot.principles, query, opts);
  if (!found.ok) throw new UsageError(found.message);
  return found.principle;
}
