// The canvas's settings in one place, one comment per choice, and the shapes of what the canvas
// controller takes and announces.
import type { CytoscapeOptions } from 'cytoscape';
import type { LayoutName } from '../graph/layouts';
import type { Edge, Language } from '../graph/types';
import type { Positions } from './placement';

export interface CanvasEvents extends Record<string, unknown> {
  'node-tap': string;
  'node-dbltap': string;
  'edge-tap': Edge;
  /** The first graph drawn painted its first frame, this many milliseconds after navigation. */
  'first-render': number;
}

export interface Hidden {
  hideKinds?: string[];
  hideTypes?: string[];
}

export interface DrawOptions {
  lang: Language;
  hidden: Hidden;
  layout: LayoutName;
  focus?: string;
  /** Force-directed positions the server computed for this very graph: drawn as they are, with no layout in the page. */
  positions?: Positions;
}

/** Up to this many edges on screen, each shows its caption. */
export const EDGE_CAPTIONS_UP_TO = 40;

/** A small graph is not blown up past this zoom when fitted. */
export const MAX_FIT_ZOOM = 1.6;

/** Margin in pixels around a fitted picture. */
export const FIT_PADDING = 30;

export const CANVAS_OPTIONS: CytoscapeOptions = {
  // Cheap redraws while the reader pans and zooms a large graph: a bitmap of the picture instead of
  // every element, labels left out meanwhile, no motion blur. A high-DPI screen gets a canvas of its
  // own density (capped at 2, a quarter of the pixels a 4× phone would ask for) so names stay sharp;
  // the texture makes panning cost the same either way.
  textureOnViewport: true,
  hideEdgesOnViewport: false,
  hideLabelsOnViewport: true,
  motionBlur: false,
  pixelRatio: typeof devicePixelRatio === 'number' ? Math.min(2, Math.max(1, devicePixelRatio)) : 1,
  minZoom: 0.05,
  maxZoom: 4,
  // A double-click expands. Cytoscape's 250 ms window misses slower double-clicks (and busy
  // machines); desktop systems allow about 500 ms.
  multiClickDebounceTime: 450,
};
