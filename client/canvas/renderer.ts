// Which of cytoscape's renderers draws the picture: the 2D canvas, or the canvas with its WebGL
// layer (opt-in since cytoscape 3.31), which draws node bodies and labels from texture atlases.
// The instance's renderer is fixed when it is made. The benchmark forces one or the other with
// `?renderer=canvas|webgl` to compare them on the same pictures (docs/performance.md).
import cytoscape, { type Core, type CytoscapeOptions, type StylesheetJson } from 'cytoscape';
import { CANVAS_OPTIONS } from './canvas-options';

export type RendererName = 'canvas' | 'webgl';

/**
 * The renderer pictures are drawn with. WebGL drew and panned every size from 1,000 to 6,445 nodes
 * slower than the 2D canvas in the benchmark's headless Chromium, where WebGL runs on SwiftShader
 * (software); figures and reasoning for a machine with a GPU in docs/performance.md.
 */
export const DEFAULT_RENDERER: RendererName = 'canvas';

// The WebGL layer's own options (cytoscape's defaults but the texture size): one 4096 px atlas
// holds four times the labels of a 2048 px one, so large pictures need fewer texture swaps.
const WEBGL_OPTIONS = { name: 'canvas', webgl: true, webglTexSize: 4096 };

/** `?renderer=` of the page's address, when it names one. */
export function forcedRenderer(search = typeof location === 'undefined' ? '' : location.search): RendererName | undefined {
  const value = new URLSearchParams(search).get('renderer');
  return value === 'canvas' || value === 'webgl' ? value : undefined;
}

export function chosenRenderer(forced = forcedRenderer()): RendererName {
  return forced ?? DEFAULT_RENDERER;
}

export function createCore(container: HTMLElement | undefined, style: StylesheetJson, renderer: RendererName): Core {
  const options: CytoscapeOptions = { container, headless: !container, style, ...CANVAS_OPTIONS };
  // cytoscape's types do not declare the renderer's options.
  if (container && renderer === 'webgl') (options as { renderer?: unknown }).renderer = WEBGL_OPTIONS;
  return cytoscape(options);
}
