// the app compiles this file without the lib's tsconfig, so the untyped module's declaration comes along
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./cytoscape-svg.d.ts" />
import cytoscape from 'cytoscape';
import type { LayoutName } from './types';

type Extension = Parameters<typeof cytoscape.use>[0];
type Loaded = { default?: Extension } | Extension;

const REGISTERED = Symbol.for('streamscape.cytoscape.extensions');

/**
 * Extensions load when first needed (a page with Assembly Lines never downloads fcose, nobody waits for the SVG
 * exporter) and register once per page, hot reloads included (Cytoscape throws on a second `use`).
 */
async function register(name: string, load: () => Promise<Loaded>): Promise<void> {
  const holder = globalThis as { [REGISTERED]?: Map<string, Promise<void>> };
  const registered = (holder[REGISTERED] ??= new Map());
  let done = registered.get(name);
  if (!done) {
    done = load().then((m) => {
      cytoscape.use(((m as { default?: Extension }).default ?? m) as Extension);
    });
    registered.set(name, done);
  }
  return done;
}

/** Cytoscape with the layout extension the named layout needs. */
export async function loadCytoscape(layout: LayoutName): Promise<typeof cytoscape> {
  if (layout === 'dagre-lr') await register('dagre', () => import('cytoscape-dagre'));
  else if (layout === 'fcose') await register('fcose', () => import('cytoscape-fcose'));
  return cytoscape;
}

/** The SVG exporter (`cy.svg()`); loaded in the background once a graph is drawn. */
export function loadSvgExport(): Promise<void> {
  return register('svg', () => import('cytoscape-svg'));
}
