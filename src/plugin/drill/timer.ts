// The once-a-second redraw of a drill timer. The interval is registered with the plugin, so it is
// cleared when the plugin unloads, and cleared by the returned function when the modal closes.
import type { DrillHost } from './host';

export function startTicker(host: DrillHost, tick: () => void): () => void {
  const id = host.registerInterval(window.setInterval(tick, 1000));
  return () => window.clearInterval(id);
}
