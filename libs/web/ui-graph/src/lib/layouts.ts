import type { LayoutOptions } from 'cytoscape';
import type { LayoutName } from './types';

/** Layout options by name; fcose for compound graphs, dagre left to right for Assembly Lines. */
export function layoutOptions(name: LayoutName, elementCount: number): LayoutOptions {
  if (name === 'dagre-lr') {
    return {
      name: 'dagre',
      rankDir: 'LR',
      nodeSep: 24,
      rankSep: 60,
      edgeSep: 10,
      fit: true,
      padding: 24,
      animate: false,
    } as LayoutOptions;
  }
  return {
    name: 'fcose',
    quality: elementCount > 1500 ? 'draft' : 'default',
    randomize: true,
    animate: false,
    fit: true,
    padding: 24,
    nodeDimensionsIncludeLabels: elementCount < 1500,
    packComponents: true,
    nodeRepulsion: 6000,
    idealEdgeLength: 70,
    nestingFactor: 0.5,
  } as LayoutOptions;
}
