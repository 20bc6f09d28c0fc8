/** How a graph of a given size is drawn and laid out: cheap drawing and a cheaper layout as it grows. */
export interface RenderProfile {
  /** straight, arrowless edges (Cytoscape's cheapest) */
  haystack: boolean;
  /** draw with the WebGL renderer (Cytoscape >= 3.31, opt-in) */
  webgl: boolean;
  /** 1 ignores the screen's density: a quarter of the pixels on a 2x screen */
  pixelRatio: number | 'auto';
  /** while panning and zooming, move a snapshot and leave edges out */
  textureOnViewport: boolean;
  hideEdgesOnViewport: boolean;
}

/**
 * Above this many elements edges become haystack and the viewport gets the cheap drawing modes: a generated
 * domain design of 1,900 elements took 1.4 s to its first frame with bezier edges and arrows.
 */
export const BIG_GRAPH = 1000;
/**
 * Above this many elements the WebGL renderer draws. Measured in headless Chromium with software GL
 * (SwiftShader), 5,000 nodes and 10,000 edges: WebGL's first frame took 2.2 s against canvas's 0.9 s, later
 * frames 50 ms against 290 ms. Time to the first picture counts most here, so canvas up to this size.
 */
export const HUGE_GRAPH = 20000;

export function renderProfile(counts: { nodes: number; edges: number }): RenderProfile {
  const size = counts.nodes + counts.edges;
  const big = size > BIG_GRAPH;
  return {
    haystack: big,
    webgl: size > HUGE_GRAPH,
    pixelRatio: big ? 1 : 'auto',
    textureOnViewport: big,
    hideEdgesOnViewport: big,
  };
}

/** The renderer options fixed when the Cytoscape instance is made: a change needs a new instance. */
export function sameRenderer(a: RenderProfile, b: RenderProfile): boolean {
  return (
    a.webgl === b.webgl &&
    a.pixelRatio === b.pixelRatio &&
    a.textureOnViewport === b.textureOnViewport &&
    a.hideEdgesOnViewport === b.hideEdgesOnViewport
  );
}
