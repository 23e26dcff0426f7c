// Principles as typed: id, name, alias, unique prefix; a did-you-mean for an unknown name.
import { findPrinciple } from '../../../src/core/index/find-principle';
import type { Principle } from '../../../src/core/model';

const p = (set: string, name: string, aliases: string[] = []): Principle => ({
  id: `${set}/${name.toLowerCase().replace(/[^a-z]+/g, '-')}`,
  name,
  set,
  path: `${set}.md`,
  line: 1,
  description: '',
  aliases,
});
const ALL = [p('amazon', 'Earn Trust'), p('amazon', 'Customer Obsession', ['CO']), p('amazon', 'Ownership'), p('amazon', 'Deliver Results'), p('amazon', 'Dive Deep'), p('acme', 'Ownership')];
const name = (q: string, opts = {}) => {
  const r = findPrinciple(ALL, q, opts);
  return r.ok ? r.principle.id : r.message;
};

describe('findPrinciple', () => {
  it('finds by id, name and alias in any case and spacing', () => {
    expect(name('amazon/dive-deep')).toBe('amazon/dive-deep');
    expect(name('  customer   OBSESSION ')).toBe('amazon/customer-obsession');
    expect(name('co')).toBe('amazon/customer-obsession');
  });

  it('accepts a unique prefix and names the candidates of an ambiguous one', () => {
    expect(name('Earn')).toBe('amazon/earn-trust');
    expect(name('deliv')).toBe('amazon/deliver-results');
    expect(name('D')).toBe('"D" starts several principles; use one of: Deliver Results, Dive Deep');
  });

  it('prefers the given set among same-named principles, and keeps to --set', () => {
    expect(name('Ownership')).toBe('principle "Ownership" is in several sets; use one of: amazon/ownership, acme/ownership');
    expect(name('Ownership', { preferredSet: 'acme' })).toBe('acme/ownership');
    expect(name('Own', { set: 'amazon' })).toBe('amazon/ownership');
    expect(name('Earn', { set: 'acme' })).toBe('unknown principle "Earn" in set acme');
    expect(name('Ownershp', { set: 'acme' })).toBe('unknown principle "Ownershp" in set acme (did you mean "Ownership"?)');
  });

  it('answers an unknown name with a did-you-mean', () => {
    expect(name('Custmer Obsesion')).toBe('unknown principle "Custmer Obsesion" (did you mean "Customer Obsession"?)');
    expect(name('')).toBe('unknown principle ""');
  });
});
