import type { Core, EventObject } from 'cytoscape';
import { registerExtensions } from './extensions';
import { visibleNodeIds } from './filter';
import { layoutOptions } from './layouts';
import { graphStyles, type GraphTheme } from './styles';
import type { GraphElements, GraphFilter, LayoutName } from './types';

/** Above this many elements edges become haystack (straight, no arrows) to keep panning smooth. */
export const HAYSTACK_THRESHOLD = 2000;

export interface GraphServiceEvents {
  onSelect?: (nodeId: string | null) => void;
  /** after each layout: how many nodes and edges are shown */
  onLayoutDone?: (shown: { nodes: number; edges: number }) => void;
}

/** Owns the one Cytoscape instance of a graph component: elements, layout, filter, highlight, export. */
export class GraphService {
  private readonly cy: Core;
  private elements: GraphElements = { nodes: [], edges: [] };
  private theme: GraphTheme;
  private haystack = false;

  constructor(
    container: HTMLElement,
    theme: GraphTheme,
    private readonly events: GraphServiceEvents = {},
  ) {
    const cytoscape = registerExtensions();
    this.theme = theme;
    this.cy = cytoscape({
      container,
      style: graphStyles({ theme, haystack: false }),
      minZoom: 0.05,
      maxZoom: 4,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
    });
    this.cy.on('tap', 'node', (event: EventObject) => this.events.onSelect?.(event.target.id()));
    this.cy.on('tap', (event: EventObject) => {
      if (event.target === this.cy) this.events.onSelect?.(null);
    });
  }

  /** Replaces the graph and lays it out. */
  setElements(elements: GraphElements, layout: LayoutName): void {
    this.elements = elements;
    const count = elements.nodes.length + elements.edges.length;
    this.haystack = count > HAYSTACK_THRESHOLD;
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add([
        ...elements.nodes.map((n) => ({ group: n.group, data: { ...n.data }, classes: n.classes })),
        ...elements.edges.map((e) => ({ group: e.group, data: { ...e.data }, classes: e.classes })),
      ]);
    });
    this.cy.style(graphStyles({ theme: this.theme, haystack: this.haystack }));
    // feedback loops run backwards: leaving them out of the ranking keeps the Assembly Line left to right
    const laidOut = layout === 'dagre-lr' ? this.cy.elements().not('edge.feedback') : this.cy.elements();
    const run = laidOut.layout(layoutOptions(layout, count));
    run.one('layoutstop', () => this.events.onLayoutDone?.(this.shownCounts()));
    run.run();
  }

  setTheme(theme: GraphTheme): void {
    this.theme = theme;
    this.cy.style(graphStyles({ theme, haystack: this.haystack }));
  }

  /** Shows only what the filter leaves (and the parents holding it). */
  setFilter(filter: GraphFilter): { nodes: number; edges: number } {
    const visible = visibleNodeIds(this.elements, filter);
    this.cy.batch(() => {
      this.cy.nodes().forEach((node) => {
        node.style('display', visible.has(node.id()) ? 'element' : 'none');
      });
    });
    return this.shownCounts();
  }

  /** Marks the nodes a finding is about (and the edges between them); an empty list clears. */
  highlight(ids: readonly string[]): number {
    const wanted = new Set(ids);
    let found = 0;
    this.cy.batch(() => {
      this.cy.elements().removeClass('highlighted faded');
      if (wanted.size === 0) return;
      const nodes = this.cy.nodes().filter((n) => wanted.has(n.id()));
      found = nodes.length;
      const edges = nodes.edgesWith(nodes);
      this.cy.elements().not(nodes).not(edges).not(nodes.ancestors()).addClass('faded');
      nodes.addClass('highlighted');
      edges.addClass('highlighted');
    });
    if (found > 0) {
      this.cy.animate({ fit: { eles: this.cy.nodes('.highlighted'), padding: 60 }, duration: 300 });
    }
    return found;
  }

  select(id: string | null): void {
    this.cy.nodes(':selected').unselect();
    if (id) this.cy.getElementById(id).select();
  }

  fit(): void {
    this.cy.fit(undefined, 24);
  }

  shownCounts(): { nodes: number; edges: number } {
    return { nodes: this.cy.nodes(':visible').length, edges: this.cy.edges(':visible').length };
  }

  exportPng(background: string): Promise<Blob> {
    return this.cy.png({ output: 'blob-promise', full: true, scale: 2, bg: background });
  }

  exportSvg(background: string): string {
    return (this.cy as unknown as { svg(o: object): string }).svg({ full: true, scale: 1, bg: background });
  }

  destroy(): void {
    this.cy.destroy();
  }
}
