// the app compiles this file without the lib's tsconfig, so the untyped module's declaration comes along
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./cytoscape-svg.d.ts" />
import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';

const REGISTERED = Symbol.for('streamscape.cytoscape.extensions');

/** Registers the layouts and the SVG exporter once per page, hot reloads included (Cytoscape throws on a second `use`). */
export function registerExtensions(): typeof cytoscape {
  const holder = globalThis as { [REGISTERED]?: boolean };
  if (!holder[REGISTERED]) {
    cytoscape.use(fcose);
    cytoscape.use(dagre);
    cytoscape.use(svg);
    holder[REGISTERED] = true;
  }
  return cytoscape;
}
