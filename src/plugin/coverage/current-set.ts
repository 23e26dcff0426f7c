// The set the coverage dashboard shows. The dashboard changes it; the status bar, the exports, the
// code blocks and the drills read it, and whoever draws from it listens to `change`.
import { Events } from 'obsidian';
import type { EventRef } from 'obsidian';

const CHANGE = 'change';

export class CurrentSetStore {
  private current: string | null = null;
  private readonly events = new Events();

  /** The chosen set's id, or null before the dashboard chose one (not saved; the default set is). */
  get id(): string | null {
    return this.current;
  }

  /** Changes the set; listeners hear of it only when it really changed. */
  set(id: string | null): void {
    if (id === this.current) return;
    this.current = id;
    this.events.trigger(CHANGE, id);
  }

  onChange(listener: (id: string | null) => void): EventRef {
    return this.events.on(CHANGE, listener as (...data: unknown[]) => unknown);
  }
}
