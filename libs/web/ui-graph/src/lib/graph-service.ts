import type { Core, CytoscapeOptions, ElementDefinition, EventObject, NodeSingular } from 'cytoscape';
import { loadCytoscape, loadSvgExport } from './extensions';
import { visibleNodeIds } from './filter';
import { labelIsLegible, nameWidth } from './labels';
import { layoutKey, readPositions, writePositions, type Positions } from './layout-cache';
import { DRAFT_LAYOUT, layoutOptions } from './layouts';
import { LANDSCAPE_CANVAS, linePlacement, type Canvas } from './line-placement';
import { bandPlacement, LANDSCAPE_BANDS } from './placement';
import { renderProfile, sameRenderer, type RenderProfile } from './render-profile';
import { spectralPlacement } from './spectral';
import {
  graphStyles,
  HEADLINE_LABELS,
  headlineFontSize,
  insideHeadlinePadding,
  type GraphTheme,
} from './styles';
import type { GraphElements, GraphFilter, LayoutName } from './types';

/** A node under the pointer whose name is cut or too small to read: the page shows it in full. */
export interface GraphHover {
  label: string;
  /** rendered position, relative to the graph's container */
  x: number;
  y: number;
}

export interface GraphServiceEvents {
  onSelect?: (nodeId: string | null) => void;
  /** after each layout: how many nodes and edges are shown */
  onLayoutDone?: (shown: { nodes: number; edges: number }) => void;
  onHover?: (hover: GraphHover | null) => void;
}

/** Marks in the page's performance timeline, read by `npm run bench:web` to tell where the time goes. */
function mark(name: string): void {
  globalThis.performance?.mark?.(`graph:${name}`);
}

function sessionStore(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/**
 * Positions computed in one pass, before the elements are added: the landscape bands, the Assembly Lines (sized
 * for the panel they are shown in), and for a big graph without compounds the spectral placement (what fcose's
 * draft quality computes, without its cost: about 2 s of the 5,000-node benchmark graph in headless Chromium).
 * Null: the layout runs.
 */
function placement(elements: GraphElements, layout: LayoutName, count: number, canvas: Canvas) {
  if (layout === 'bands') return bandPlacement(elements, LANDSCAPE_BANDS);
  if (layout === 'lines') return linePlacement(elements, canvas);
  if (layout === 'fcose' && count > DRAFT_LAYOUT && elements.nodes.every((n) => !n.data.parent)) {
    return spectralPlacement(elements);
  }
  return null;
}

/**
 * Owns the one Cytoscape instance of a graph component: elements, layout, filter, highlight, export.
 * The instance is made with the first elements, as its renderer options depend on the graph's size.
 */
export class GraphService {
  private cy: Core | null = null;
  private profile: RenderProfile | null = null;
  /** whether the instance's stylesheet draws haystack edges (restyling every element is not free) */
  private styledHaystack: boolean | null = null;
  private elements: GraphElements = { nodes: [], edges: [] };
  private theme: GraphTheme;
  /** each setElements call; a slower earlier one finding a newer one stops */
  private generation = 0;
  private zoomFrame = 0;
  /** nodes the filter hides and nodes a finding highlights now: an empty filter or highlight is then free */
  private hidden = 0;
  private highlighted = false;
  private layout: LayoutName | null = null;
  private destroyed = false;

  constructor(
    private readonly container: HTMLElement,
    theme: GraphTheme,
    private readonly events: GraphServiceEvents = {},
  ) {
    this.theme = theme;
  }

  /** Replaces the graph and lays it out (or places it where the same view was laid out in this session). */
  async setElements(elements: GraphElements, layout: LayoutName): Promise<void> {
    const generation = ++this.generation;
    const cytoscape = await loadCytoscape(layout);
    if (generation !== this.generation || this.destroyed) return;
    mark('elements');
    this.elements = elements;
    this.hidden = 0;
    this.highlighted = false;
    this.layout = layout;
    const count = elements.nodes.length + elements.edges.length;
    const profile = renderProfile({ nodes: elements.nodes.length, edges: elements.edges.length });
    const cy = this.instance(cytoscape, profile);

    const key = layoutKey(elements, layout);
    const cached = readPositions(
      sessionStore(),
      key,
      elements.nodes.map((n) => n.data.id),
    );
    const placed = cached ?? placement(elements, layout, count, this.canvas());
    const definitions: ElementDefinition[] = [];
    for (const n of elements.nodes) {
      const position = placed?.[n.data.id];
      definitions.push({
        group: n.group,
        data: { ...n.data },
        classes: n.classes,
        ...(position ? { position: { ...position } } : {}),
      });
    }
    for (const e of elements.edges)
      definitions.push({ group: e.group, data: { ...e.data }, classes: e.classes });
    cy.batch(() => {
      cy.elements().remove();
      cy.add(definitions);
    });
    if (this.styledHaystack !== profile.haystack) {
      cy.style(graphStyles({ theme: this.theme, haystack: profile.haystack }));
      this.styledHaystack = profile.haystack;
    }

    mark('layout');
    if (placed) {
      // positions known (the same view and data laid out before in this session, or placed in one pass): no layout
      this.layoutDone(generation, null, '');
      return;
    }
    // feedback loops run backwards: leaving them out of the ranking keeps the Assembly Line left to right
    const laidOut = layout === 'dagre-lr' ? cy.elements().not('edge.feedback') : cy.elements();
    const run = laidOut.layout(layoutOptions(layout, count));
    run.one('layoutstop', () => this.layoutDone(generation, cy, key));
    run.run();
  }

  private layoutDone(generation: number, laidOut: Core | null, key: string): void {
    if (generation !== this.generation || !this.cy) return;
    mark('layout-done');
    // headline fonts follow the zoom and change the picture's bounds: fit again with them, then settle the fonts
    this.scaleHeadlines();
    this.cy.fit(undefined, 24);
    this.scaleHeadlines();
    this.cy.fit(undefined, 24);
    const cy = this.cy;
    // done once the first frame is drawn (the user waits for the picture, not for the positions); should no frame
    // come (a hidden tab draws none), done anyway a little later
    let drawn = false;
    const done = () => {
      if (drawn || generation !== this.generation || this.destroyed) return;
      drawn = true;
      mark('drawn');
      this.events.onLayoutDone?.(this.shownCounts());
      // after the first frame: keep the positions for the next visit, fetch the SVG exporter
      setTimeout(() => {
        if (laidOut && generation === this.generation && !this.destroyed) {
          const positions: Positions = {};
          cy.nodes().forEach((n) => {
            if (!n.isParent()) positions[n.id()] = n.position();
          });
          writePositions(sessionStore(), key, positions);
        }
        void loadSvgExport();
      }, 0);
    };
    cy.one('render', done);
    setTimeout(done, 1000);
  }

  /** The panel's size on screen; a hidden one (no size yet) counts as a landscape panel. */
  private canvas(): Canvas {
    const { clientWidth: width, clientHeight: height } = this.container;
    return width > 0 && height > 0 ? { width, height } : LANDSCAPE_CANVAS;
  }

  /** The instance for this size of graph: made on first use, made again when the renderer options change. */
  private instance(cytoscape: (options: CytoscapeOptions) => Core, profile: RenderProfile): Core {
    if (this.cy && this.profile && sameRenderer(this.profile, profile)) {
      this.profile = profile;
      return this.cy;
    }
    this.cy?.destroy();
    this.profile = profile;
    const options = {
      container: this.container,
      style: graphStyles({ theme: this.theme, haystack: profile.haystack }),
      minZoom: 0.05,
      maxZoom: 4,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
      pixelRatio: profile.pixelRatio,
      textureOnViewport: profile.textureOnViewport,
      hideEdgesOnViewport: profile.hideEdgesOnViewport,
      ...(profile.webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as CytoscapeOptions;
    const cy = cytoscape(options);
    this.styledHaystack = profile.haystack;
    cy.on('tap', 'node', (event: EventObject) => this.events.onSelect?.(event.target.id()));
    cy.on('tap', (event: EventObject) => {
      if (event.target === cy) this.events.onSelect?.(null);
    });
    cy.on('mouseover', 'node', (event: EventObject) => this.hover(event.target as NodeSingular));
    cy.on('mouseout', 'node', () => this.events.onHover?.(null));
    cy.on('viewport', () => {
      this.events.onHover?.(null);
      if (!this.zoomFrame) {
        this.zoomFrame = requestAnimationFrame(() => {
          this.zoomFrame = 0;
          this.scaleHeadlines();
        });
      }
    });
    this.cy = cy;
    return cy;
  }

  /** Domain, org unit and stream names stay readable at any zoom: their font grows as the view zooms out. */
  private scaleHeadlines(): void {
    const cy = this.cy;
    if (!cy) return;
    const zoom = cy.zoom();
    cy.batch(() => {
      for (const h of HEADLINE_LABELS) {
        if (h.layouts && !(this.layout && h.layouts.includes(this.layout))) continue;
        const size = headlineFontSize(h, zoom, this.layout);
        const fitsName = !!(h.inside && this.layout && h.fitsName?.includes(this.layout));
        cy.nodes(h.selector).forEach((n) => {
          const width = fitsName ? nameWidth(String(n.data('short') ?? n.data('label') ?? ''), size) : 0;
          if (n.numericStyle('font-size') === size && n.numericStyle('min-width') === width) return;
          n.style('font-size', size);
          // the box grows to the right, so that the Stages of stacked boxes stay in columns
          if (fitsName) n.style({ 'min-width': `${width}px`, 'min-width-bias-right': '100%' });
          if (h.lineChars) n.style('text-max-width', `${Math.round(size * h.lineChars * 0.6)}px`);
          if (h.inside)
            n.style({
              'text-margin-y': Math.round(size * 1.2 + 6),
              padding: `${insideHeadlinePadding(size)}px`,
            });
        });
      }
    });
  }

  private hover(node: NodeSingular): void {
    const label = String(node.data('label') ?? '');
    const shown = String(node.data('short') ?? label);
    const size = node.numericStyle('font-size');
    if (!label || (shown === label && labelIsLegible(size, this.cy?.zoom() ?? 1))) return;
    const box = node.renderedBoundingBox({ includeLabels: false });
    this.events.onHover?.({ label, x: (box.x1 + box.x2) / 2, y: box.y1 });
  }

  setTheme(theme: GraphTheme): void {
    // React calls this on mount with the theme the instance was made with: restyling every element is not free
    if (theme === this.theme) return;
    this.theme = theme;
    this.cy?.style(graphStyles({ theme, haystack: this.styledHaystack ?? false }));
  }

  /** Shows only what the filter leaves (and the parents holding it). */
  setFilter(filter: GraphFilter): { nodes: number; edges: number } {
    const cy = this.cy;
    if (!cy) return { nodes: 0, edges: 0 };
    const visible = visibleNodeIds(this.elements, filter);
    if (this.hidden === 0 && visible.size === this.elements.nodes.length) return this.shownCounts();
    let hidden = 0;
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const show = visible.has(node.id());
        if (!show) hidden++;
        node.style('display', show ? 'element' : 'none');
      });
    });
    this.hidden = hidden;
    return this.shownCounts();
  }

  /** Marks the nodes a finding is about (and the edges between them); an empty list clears. */
  highlight(ids: readonly string[]): number {
    const cy = this.cy;
    if (!cy) return 0;
    const wanted = new Set(ids);
    // nothing marked and nothing to mark: touching every element's classes would restyle them all
    if (wanted.size === 0 && !this.highlighted) return 0;
    this.highlighted = wanted.size > 0;
    let found = 0;
    cy.batch(() => {
      cy.elements().removeClass('highlighted faded');
      if (wanted.size === 0) return;
      const nodes = cy.nodes().filter((n) => wanted.has(n.id()));
      found = nodes.length;
      const edges = nodes.edgesWith(nodes);
      cy.elements().not(nodes).not(edges).not(nodes.ancestors()).addClass('faded');
      nodes.addClass('highlighted');
      edges.addClass('highlighted');
    });
    if (found > 0) {
      cy.animate({ fit: { eles: cy.nodes('.highlighted'), padding: 60 }, duration: 300 });
    }
    return found;
  }

  select(id: string | null): void {
    const cy = this.cy;
    if (!cy) return;
    cy.nodes(':selected').unselect();
    if (id) cy.getElementById(id).select();
  }

  fit(): void {
    this.cy?.fit(undefined, 24);
  }

  shownCounts(): { nodes: number; edges: number } {
    const cy = this.cy;
    if (!cy) return { nodes: 0, edges: 0 };
    return { nodes: cy.nodes(':visible').length, edges: cy.edges(':visible').length };
  }

  exportPng(background: string): Promise<Blob> {
    if (!this.cy) return Promise.reject(new Error('nothing drawn yet'));
    return this.cy.png({ output: 'blob-promise', full: true, scale: 2, bg: background });
  }

  exportSvg(background: string): string {
    const cy = this.cy as unknown as { svg?(o: object): string } | null;
    if (!cy?.svg) throw new Error('the SVG exporter is still loading');
    return cy.svg({ full: true, scale: 1, bg: background });
  }

  destroy(): void {
    this.destroyed = true;
    this.generation++;
    if (this.zoomFrame) cancelAnimationFrame(this.zoomFrame);
    this.cy?.destroy();
    this.cy = null;
  }
}
