'use client';
import dynamic from 'next/dynamic';
import type { GraphCanvasProps } from './graph-canvas';
import type { LayoutName } from './types';

/** The graph, loaded in the browser only: Cytoscape needs a DOM and a canvas. */
export const GraphView = dynamic<GraphCanvasProps>(() => import('./graph-canvas'), {
  ssr: false,
  loading: () => (
    <div data-testid="graph-loading" style={{ padding: 16 }}>
      Loading the graph ...
    </div>
  ),
});
export type { GraphCanvasProps };

/**
 * Starts downloading the graph code (Cytoscape and the layout's extension) while the view still waits for its
 * data, instead of after it: call it when a view mounts. Browser only; repeated calls cost nothing.
 */
export function preloadGraph(layout: LayoutName): void {
  if (typeof window === 'undefined') return;
  void import('./graph-canvas').then((m) => m.preloadLayout(layout));
}
