import type { LayoutOptions } from 'cytoscape';
import type { LayoutName } from './types';

/** Above this many elements fcose runs fewer iterations and ignores label sizes. */
export const LARGE_LAYOUT = 1500;
/**
 * Above this many elements fcose keeps its spectral draft (seconds saved, some overlap left); a graph this big
 * without compounds is not laid out by fcose at all but placed by `spectralPlacement` (see GraphService).
 */
export const DRAFT_LAYOUT = 6000;

/**
 * Layout options by name and size: fcose for compound graphs, dagre left to right for Assembly Lines, and
 * 'bands' and 'lines' for positions computed beforehand (`bandPlacement`, `linePlacement`), which only need
 * fitting.
 */
export function layoutOptions(name: LayoutName, elementCount: number): LayoutOptions {
  if (name === 'bands' || name === 'lines') return { name: 'preset', fit: true, padding: 24, animate: false };
  if (name === 'dagre-lr') {
    return {
      name: 'dagre',
      rankDir: 'LR',
      // dagre knows nothing of compound padding and names: rows need room for both, or boxes overlap
      nodeSep: 90,
      rankSep: 70,
      edgeSep: 12,
      fit: true,
      padding: 24,
      animate: false,
    } as LayoutOptions;
  }
  const large = elementCount > LARGE_LAYOUT;
  return {
    name: 'fcose',
    quality: elementCount > DRAFT_LAYOUT ? 'draft' : 'default',
    randomize: true,
    animate: false,
    fit: true,
    padding: 24,
    nodeDimensionsIncludeLabels: !large,
    packComponents: true,
    tile: true,
    numIter: large ? 700 : 2500,
    // the draft's spectral step samples fewer nodes: 1.3 s instead of 1.8 s for 5,000 nodes, in Node
    ...(elementCount > DRAFT_LAYOUT ? { sampleSize: 10 } : {}),
    nodeRepulsion: 6500,
    idealEdgeLength: 70,
    // short edges into compounds and a stronger pull inside them keep compounds compact
    nestingFactor: 0.4,
    gravityCompound: 1.5,
  } as LayoutOptions;
}
