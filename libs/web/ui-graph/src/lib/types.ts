/** What the views give the graph: the API's ViewNode / ViewEdge shapes, structurally. */
export interface ViewAttributeLike {
  name: string;
  text?: string | null;
  value?: number | null;
}
export interface ViewNodeLike {
  id: string;
  kind: string;
  label: string;
  parent?: string | null;
  attributes: readonly ViewAttributeLike[];
}
export interface ViewEdgeLike {
  id: string;
  kind: string;
  label?: string | null;
  source: string;
  target: string;
  weight: number;
  attributes: readonly ViewAttributeLike[];
}
export interface ViewGraphLike {
  nodes: readonly ViewNodeLike[];
  edges: readonly ViewEdgeLike[];
}

export type AttributeValue = string | number;

export interface GraphNodeData {
  id: string;
  label: string;
  /** the label cut to fit, when the full one is too long (the full one shows on hover) */
  short?: string;
  /** the API's node kind, e.g. DOMAIN, STAGE */
  kind: string;
  parent?: string;
  tags: string[];
  attributes: Record<string, AttributeValue>;
  /** the heat-map colour of its metric value (performance view) */
  heat?: string;
}
export interface GraphEdgeData {
  id: string;
  source: string;
  target: string;
  kind: string;
  label?: string;
  weight: number;
  /** stroke width in pixels, from the weight */
  width: number;
  attributes: Record<string, AttributeValue>;
}
export interface GraphNodeElement {
  group: 'nodes';
  data: GraphNodeData;
  classes: string[];
}
export interface GraphEdgeElement {
  group: 'edges';
  data: GraphEdgeData;
  classes: string[];
}
export interface GraphElements {
  nodes: GraphNodeElement[];
  edges: GraphEdgeElement[];
}

/**
 * 'bands': org units and teams beside domains, what is owed below, placed in one pass (`bandPlacement`);
 * 'lines': Assembly Lines left to right, nested in their streams and domains, tiled (`linePlacement`)
 */
export type LayoutName = 'fcose' | 'bands' | 'dagre-lr' | 'lines';

export interface GraphFilter {
  /** node kinds to show; empty or missing: all */
  kinds?: readonly string[];
  /** a node must carry every tag */
  tags?: readonly string[];
  /** part of the label or id, any case */
  text?: string;
}

/** What a page can do with a mounted graph. */
export interface GraphHandle {
  exportPng(): Promise<Blob>;
  exportSvg(): string;
  fit(): void;
}
