// The model behind "Tag story with principles": which principles to offer (those of the story's
// set or sets, grouped), which are mapped now and how, which are suggested, and what the user's
// choice changes in frontmatter (a diff, applied by tag-edit.ts).
import type { IndexSnapshot, MappingSource, Principle, PrincipleRef, PrincipleSet, Role, Story } from '../model';
import { nameKey } from '../text/normalize';
import { principleValue } from './principle-values';
import type { KeyDiff } from './tag-edit';

export type Choice = Role | 'none';

export interface PrincipleOption {
  principle: Principle;
  /** The role the story has for it now, or 'none'. */
  current: Choice;
  /** Where the current mapping comes from (frontmatter, a link in the text, …). */
  source: MappingSource | null;
  suggested: boolean;
}

export interface TagGroup {
  set: PrincipleSet;
  options: PrincipleOption[];
}

/**
 * The sets offered: those the story is mapped or suggested into; when there are none, the
 * preferred set (the plugin's default set) or else every set.
 */
export function tagGroups(snapshot: IndexSnapshot, story: Story, preferredSet = ''): TagGroup[] {
  const setOf = (id: string) => id.split('/')[0];
  const wanted = new Set<string>([...story.principles.map((r) => setOf(r.id)), ...story.suggestions.map(setOf)]);
  if (wanted.size === 0 && snapshot.sets.some((s) => s.id === preferredSet)) wanted.add(preferredSet);
  const sets = snapshot.sets.filter((s) => wanted.size === 0 || wanted.has(s.id));
  const refs = new Map(story.principles.map((r) => [r.id, r]));
  const suggested = new Set(story.suggestions);
  return sets.map((set) => ({
    set,
    options: snapshot.principles
      .filter((p) => p.set === set.id)
      .map((p) => {
        const ref = refs.get(p.id);
        return { principle: p, current: ref ? ref.role : 'none', source: ref ? ref.source : null, suggested: suggested.has(p.id) };
      }),
  }));
}

/** Options whose name (or set name, or alias) contains the typed text, ignoring case and punctuation. */
export function filterOptions(groups: readonly TagGroup[], query: string): TagGroup[] {
  const q = nameKey(query);
  if (q === '') return [...groups];
  const out: TagGroup[] = [];
  for (const g of groups) {
    const setHit = nameKey(g.set.name).includes(q);
    const options = g.options.filter((o) => setHit || [o.principle.name, ...o.principle.aliases].some((n) => nameKey(n).includes(q)));
    if (options.length > 0) out.push({ set: g.set, options });
  }
  return out;
}

/** The starting choices: the current mappings. */
export function initialChoices(groups: readonly TagGroup[]): Map<string, Choice> {
  const m = new Map<string, Choice>();
  for (const g of groups) for (const o of g.options) m.set(o.principle.id, o.current);
  return m;
}

/**
 * What to change in frontmatter: for each principle whose choice differs from the story's current
 * role, add it to the key of its new role (`principles` or `secondary-principles`) and remove it
 * from the other (or from both when unchecked). Unchanged principles are not touched at all.
 */
export function choicesToDiff(snapshot: IndexSnapshot, current: readonly PrincipleRef[], choices: ReadonlyMap<string, Choice>, links: boolean): KeyDiff[] {
  const roles = new Map(current.map((r) => [r.id, r.role]));
  const add: Record<Role, { principle: Principle; value: string }[]> = { primary: [], secondary: [] };
  const remove: Record<Role, Principle[]> = { primary: [], secondary: [] };
  for (const p of snapshot.principles) {
    const choice = choices.get(p.id);
    if (choice === undefined || choice === (roles.get(p.id) ?? 'none')) continue;
    if (choice !== 'secondary') remove.secondary.push(p);
    if (choice !== 'primary') remove.primary.push(p);
    if (choice !== 'none') add[choice].push({ principle: p, value: principleValue(p, links) });
  }
  return [
    { key: 'principles', add: add.primary, remove: remove.primary },
    { key: 'secondary-principles', add: add.secondary, remove: remove.secondary },
  ];
}
