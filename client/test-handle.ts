// The one handle end-to-end tests and the benchmark read the page through: the real cytoscape
// instance (so tests read what was drawn, not what the page meant to draw) and the page's own
// signals of progress. Declared once; tests import its type.
import type { Core } from 'cytoscape';
import type { Graph } from './graph/types';

export interface ExplorerHandle {
  /** True once the first picture is drawn, or the reason it could not be is shown. */
  readonly ready: boolean;
  /** The canvas's cytoscape instance; throws until the schema has arrived. */
  readonly cy: Core;
  /** Renders asked for and renders finished (drawn or failed): equal when the page has drawn what it was asked. */
  readonly requested: number;
  readonly finished: number;
  /** How the last finished render ended. */
  readonly lastOutcome: 'drawn' | 'failed' | undefined;
  /** Resolves when every render queued so far has finished. */
  idle(): Promise<void>;
  /** Milliseconds from navigation to the first frame of the first graph drawn. */
  readonly firstRenderMs: number | undefined;
  /** Draws a graph directly (the benchmark's drawing figures). */
  draw(graph: Graph, focus?: string): void;
  /** Adds a node's neighbours, as a double-click does. */
  expand(id: string): Promise<void>;
}

declare global {
  interface Window {
    __explorer?: ExplorerHandle;
  }
}

export function installHandle(handle: ExplorerHandle): void {
  window.__explorer = handle;
}
