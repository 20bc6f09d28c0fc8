'use client';
import dynamic from 'next/dynamic';
import type { GraphCanvasProps } from './graph-canvas';

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
