import { domainView } from './fixtures.spec-data';
import { toHeatMapElements, type PerformanceGraphLike } from './heat-map';
import { nameWidth } from './labels';
import type { Positions } from './layout-cache';
import {
  COMPOUND_PADDING,
  ITEM_BOX,
  linePlacement,
  placeLines,
  STAGE_BOX,
  wrappedLines,
  type Canvas,
} from './line-placement';
import { toElements } from './mappers';
import { DOMAIN_HEADLINE, headlineFontSize, insideHeadlinePadding, STREAM_HEADLINE } from './styles';
import type { GraphEdgeElement, GraphElements, GraphNodeElement } from './types';

function node(id: string, kind: string, parent?: string, order?: number): GraphNodeElement {
  return {
    group: 'nodes',
    data: {
      id,
      label: id.slice(id.indexOf(':') + 1).replace(/-/g, ' '),
      kind,
      tags: [],
      attributes: order === undefined ? {} : { order },
      ...(parent ? { parent } : {}),
    },
    classes: [],
  };
}
function edge(source: string, target: string, kind = 'FLOWS_TO'): GraphEdgeElement {
  return {
    group: 'edges',
    data: { id: `${source}>${target}`, source, target, kind, weight: 1, width: 1, attributes: {} },
    classes: [],
  };
}

/** A line of Stages in a stream, each flowing into the next; the ids, first to last. */
function line(nodes: GraphNodeElement[], edges: GraphEdgeElement[], stream: string, length: number) {
  const ids = Array.from({ length }, (_, i) => `stage:${stream.slice(stream.indexOf(':') + 1)}-${i}`);
  ids.forEach((id, i) => {
    nodes.push(node(id, 'STAGE', stream));
    if (i > 0) edges.push(edge(ids[i - 1], id));
  });
  return ids;
}

/**
 * An enterprise shaped like the demo's performance view: domains of one to three streams, some with
 * sub-streams flowing into their stream's integration, integration points, feedback loops; listed Stages
 * last and in reverse, so that only the flows tell their order.
 */
function enterprise(domains: number, streamsPer = [2, 1, 3, 2, 1, 3, 1]): GraphElements {
  const nodes: GraphNodeElement[] = [node('enterprise:acme', 'ENTERPRISE')];
  const stages: GraphNodeElement[] = [];
  const edges: GraphEdgeElement[] = [];
  for (let d = 0; d < domains; d++) {
    const domain = `domain:d${d}`;
    nodes.push(node(domain, 'DOMAIN', 'enterprise:acme'));
    for (let s = 0; s < streamsPer[d % streamsPer.length]; s++) {
      const stream = `value-stream:d${d}-s${s}`;
      nodes.push(node(stream, 'VALUE_STREAM', domain));
      const own = line(stages, edges, stream, 2 + ((d + s) % 4));
      if ((d + s) % 3 === 0) {
        for (const sub of ['a', 'b']) {
          const subStream = `value-stream:d${d}-s${s}-${sub}`;
          nodes.push(node(subStream, 'VALUE_STREAM', stream));
          const fed = line(stages, edges, subStream, 2);
          edges.push(edge(fed[fed.length - 1], own[0]));
        }
      }
      if (s === 0) nodes.push(node(`integration-point:d${d}`, 'INTEGRATION_POINT', stream));
      edges.push(edge(own[own.length - 1], own[0], 'FEEDBACK_TO'));
    }
  }
  return { nodes: [...nodes, ...stages.reverse()], edges };
}

const performanceView: PerformanceGraphLike = {
  nodes: [
    { id: 'domain:d', kind: 'domain', label: 'D', parent: null, metrics: [] },
    { id: 'value-stream:s', kind: 'value-stream', label: 'S', parent: 'domain:d', metrics: [] },
    { id: 'stage:a', kind: 'stage', label: 'A', parent: 'value-stream:s', metrics: [] },
    { id: 'stage:b', kind: 'stage', label: 'B', parent: 'value-stream:s', metrics: [] },
    { id: 'stage:c', kind: 'stage', label: 'C', parent: 'value-stream:s', metrics: [] },
    { id: 'stage:idle', kind: 'stage', label: 'Idle', parent: 'value-stream:s', metrics: [] },
    { id: 'integration-point:x', kind: 'integration-point', label: 'X', parent: 'gone', metrics: [] },
  ],
  edges: [
    { id: 'f1', kind: 'flow', source: 'stage:a', target: 'stage:b', defects: 0, metrics: [] },
    { id: 'f2', kind: 'flow', source: 'stage:b', target: 'stage:c', defects: 0, metrics: [] },
    { id: 'fb', kind: 'feedback', source: 'stage:c', target: 'stage:a', defects: 4, metrics: [] },
  ],
};

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Every node's box as Cytoscape draws it with these positions: leaves by their kind, compounds around their
 * children with their padding, a stream at least as wide as its name (names sized for the assumed zoom).
 */
function boxesOf(elements: GraphElements, positions: Positions, zoom: number): Map<string, Box> {
  const streamFont = headlineFontSize(STREAM_HEADLINE, zoom, 'lines');
  const children = new Map<string, GraphNodeElement[]>();
  for (const n of elements.nodes) {
    if (n.data.parent) children.set(n.data.parent, [...(children.get(n.data.parent) ?? []), n]);
  }
  const boxes = new Map<string, Box>();
  const boxOf = (n: GraphNodeElement): Box => {
    const kids = children.get(n.data.id);
    let box: Box;
    if (!kids) {
      const p = positions[n.data.id];
      box =
        n.data.kind === 'STAGE'
          ? {
              x1: p.x - STAGE_BOX.w / 2,
              y1: p.y - STAGE_BOX.h / 2,
              x2: p.x + STAGE_BOX.w / 2,
              y2: p.y + STAGE_BOX.h / 2,
            }
          : // a small shape with its name below it
            { x1: p.x - 60, y1: p.y - 13, x2: p.x + 60, y2: p.y + 32 };
    } else {
      const inner = kids.map(boxOf).reduce((a, b) => ({
        x1: Math.min(a.x1, b.x1),
        y1: Math.min(a.y1, b.y1),
        x2: Math.max(a.x2, b.x2),
        y2: Math.max(a.y2, b.y2),
      }));
      const stream = n.data.kind === 'VALUE_STREAM';
      const pad = stream ? insideHeadlinePadding(streamFont) : COMPOUND_PADDING;
      const named = stream ? Math.max(inner.x2, inner.x1 + nameWidth(n.data.label, streamFont)) : inner.x2;
      box = { x1: inner.x1 - pad, y1: inner.y1 - pad, x2: named + pad, y2: inner.y2 + pad };
    }
    boxes.set(n.data.id, box);
    return box;
  };
  for (const n of elements.nodes) if (!n.data.parent) boxOf(n);
  return boxes;
}

const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Pairs of boxes in one list that overlap, by id. */
function overlapping(ids: string[], boxes: Map<string, Box>): string[] {
  const found: string[] = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const a = boxes.get(ids[i]) as Box;
      const b = boxes.get(ids[j]) as Box;
      if (overlap(a, b)) found.push(`${ids[i]} / ${ids[j]}`);
    }
  }
  return found;
}

function depthOf(elements: GraphElements): Map<string, number> {
  const parent = new Map(elements.nodes.map((n) => [n.data.id, n.data.parent]));
  const depth = new Map<string, number>();
  for (const n of elements.nodes) {
    let d = 0;
    for (let p = n.data.parent; p && parent.has(p); p = parent.get(p)) d++;
    depth.set(n.data.id, d);
  }
  return depth;
}

const CANVAS: Canvas = { width: 1000, height: 625 };

const shapes: [string, GraphElements][] = [
  ['the enterprise (7 domains)', enterprise(7)],
  ['one domain', enterprise(1, [3])],
  ['the domain design fixture', toElements(domainView)],
  ['the heat map fixture', toHeatMapElements(performanceView, 'flow-time', 'LOWER_IS_BETTER').elements],
];

describe.each(shapes)('linePlacement of %s', (_, elements) => {
  const { positions, zoom } = placeLines(elements, CANVAS);
  const boxes = boxesOf(elements, positions, zoom);
  const parents = new Set(elements.nodes.map((n) => n.data.parent).filter(Boolean));
  const leaves = elements.nodes.filter((n) => !parents.has(n.data.id)).map((n) => n.data.id);
  const compounds = elements.nodes.filter((n) => parents.has(n.data.id)).map((n) => n.data.id);

  it('places every leaf; compounds follow their children', () => {
    for (const id of leaves) expect(positions[id]).toEqual({ x: expect.any(Number), y: expect.any(Number) });
    for (const id of compounds) expect(positions[id]).toBeUndefined();
  });

  it('never lets two leaves overlap', () => {
    expect(overlapping(leaves, boxes)).toEqual([]);
  });

  it('never lets two boxes of one level overlap, their names included', () => {
    const depth = depthOf(elements);
    const levels = new Set(compounds.map((id) => depth.get(id)));
    for (const level of levels) {
      expect(
        overlapping(
          compounds.filter((id) => depth.get(id) === level),
          boxes,
        ),
      ).toEqual([]);
    }
  });
});

describe('linePlacement', () => {
  it('puts the Stages of a line left to right in flow order, whatever order they come in', () => {
    const elements = enterprise(7);
    const positions = linePlacement(elements, CANVAS);
    const parentOf = new Map(elements.nodes.map((n) => [n.data.id, n.data.parent]));
    const flows = elements.edges.filter((e) => e.data.kind === 'FLOWS_TO');
    const inLine = flows.filter((e) => parentOf.get(e.data.source) === parentOf.get(e.data.target));
    expect(inLine.length).toBeGreaterThan(20);
    for (const e of inLine) {
      expect(positions[e.data.target].x).toBeGreaterThan(positions[e.data.source].x);
      expect(positions[e.data.target].y).toBe(positions[e.data.source].y);
    }
  });

  it('puts a stream line right of the sub-streams flowing into it', () => {
    const positions = linePlacement(enterprise(1, [1]), CANVAS);
    const fedFrom = Math.max(positions['stage:d0-s0-a-1'].x, positions['stage:d0-s0-b-1'].x);
    expect(positions['stage:d0-s0-0'].x).toBeGreaterThan(fedFrom + STAGE_BOX.w);
    // the sub-streams one above the other, the line between them
    expect(positions['stage:d0-s0-a-0'].y).toBeLessThan(positions['stage:d0-s0-0'].y);
    expect(positions['stage:d0-s0-b-0'].y).toBeGreaterThan(positions['stage:d0-s0-0'].y);
  });

  it('tiles 7 domains wider than tall, about as a landscape panel is', () => {
    const elements = enterprise(7);
    const { positions, zoom } = placeLines(elements, CANVAS);
    const box = boxesOf(elements, positions, zoom).get('enterprise:acme') as Box;
    const ratio = (box.x2 - box.x1) / (box.y2 - box.y1);
    expect(ratio).toBeGreaterThan(1);
    expect(ratio).toBeLessThan(3);
    const domains = elements.nodes.filter((n) => n.data.kind === 'DOMAIN').map((n) => n.data.id);
    const rows = new Set(
      domains.map((id) => Math.round(boxesOf(elements, positions, zoom).get(id)?.y1 ?? 0)),
    );
    expect(rows.size).toBeGreaterThan(1);
    expect(rows.size).toBeLessThan(domains.length);
  });

  it('fills a wide panel with fewer rows than a square one', () => {
    const elements = enterprise(12);
    const spread = (canvas: Canvas) => {
      const positions = linePlacement(elements, canvas);
      const xs = Object.values(positions).map((p) => p.x);
      const ys = Object.values(positions).map((p) => p.y);
      return (Math.max(...xs) - Math.min(...xs)) / (Math.max(...ys) - Math.min(...ys));
    };
    expect(spread({ width: 2000, height: 600 })).toBeGreaterThan(spread({ width: 800, height: 800 }));
  });

  it('leaves room above each domain for its name at the zoom the picture is shown at', () => {
    const elements = enterprise(7);
    const { positions, zoom } = placeLines(elements, CANVAS);
    const boxes = boxesOf(elements, positions, zoom);
    const font = headlineFontSize(DOMAIN_HEADLINE, zoom, 'lines');
    const domains = elements.nodes.filter((n) => n.data.kind === 'DOMAIN');
    for (const upper of domains) {
      for (const lower of domains) {
        const a = boxes.get(upper.data.id) as Box;
        const b = boxes.get(lower.data.id) as Box;
        if (a === b || b.y1 <= a.y2 || b.x1 >= a.x2 || a.x1 >= b.x2) continue;
        const name = wrappedLines(lower.data.label, DOMAIN_HEADLINE.lineChars ?? 12).lines * font;
        expect(b.y1 - a.y2).toBeGreaterThan(name);
      }
    }
    // and the picture is shown at that zoom or closer: names never outgrow their room
    const xs = [...boxes.values()].flatMap((b) => [b.x1, b.x2]);
    const ys = [...boxes.values()].flatMap((b) => [b.y1, b.y2]);
    const fits = Math.min(
      (CANVAS.width - 48) / (Math.max(...xs) - Math.min(...xs)),
      (CANVAS.height - 48) / (Math.max(...ys) - Math.min(...ys)),
    );
    expect(fits).toBeGreaterThanOrEqual(zoom * 0.95);
  });

  it('follows the order of Stages where they carry one, and tolerates flows in a cycle', () => {
    const elements: GraphElements = {
      nodes: [
        node('value-stream:s', 'VALUE_STREAM'),
        node('stage:third', 'STAGE', 'value-stream:s', 3),
        node('stage:first', 'STAGE', 'value-stream:s', 1),
        node('stage:second', 'STAGE', 'value-stream:s', 2),
        node('value-stream:loop', 'VALUE_STREAM'),
        node('stage:x', 'STAGE', 'value-stream:loop'),
        node('stage:y', 'STAGE', 'value-stream:loop'),
        node('stage:z', 'STAGE', 'value-stream:loop'),
      ],
      edges: [edge('stage:x', 'stage:y'), edge('stage:y', 'stage:z'), edge('stage:z', 'stage:x')],
    };
    const p = linePlacement(elements, CANVAS);
    expect(p['stage:first'].x).toBeLessThan(p['stage:second'].x);
    expect(p['stage:second'].x).toBeLessThan(p['stage:third'].x);
    expect(p['stage:x'].x).toBeLessThan(p['stage:y'].x);
    expect(p['stage:y'].x).toBeLessThan(p['stage:z'].x);
  });

  it('puts parallel Stages one above the other in one column, loose ones after the line', () => {
    const elements: GraphElements = {
      nodes: ['start', 'left', 'right', 'end', 'loose'].map((id) =>
        node(`stage:${id}`, 'STAGE', 'value-stream:s'),
      ),
      edges: [
        edge('stage:start', 'stage:left'),
        edge('stage:start', 'stage:right'),
        edge('stage:left', 'stage:end'),
        edge('stage:right', 'stage:end'),
      ],
    };
    elements.nodes.unshift(node('value-stream:s', 'VALUE_STREAM'));
    const p = linePlacement(elements, CANVAS);
    expect(p['stage:left'].x).toBe(p['stage:right'].x);
    expect(p['stage:left'].y).not.toBe(p['stage:right'].y);
    expect(p['stage:end'].x).toBeGreaterThan(p['stage:left'].x);
    expect(p['stage:loose'].x).toBeGreaterThan(p['stage:end'].x);
  });

  it('places the same whether feedback loops are shown or not', () => {
    const elements = enterprise(3);
    const withoutFeedback = {
      ...elements,
      edges: elements.edges.filter((e) => e.data.kind !== 'FEEDBACK_TO'),
    };
    expect(linePlacement(withoutFeedback, CANVAS)).toEqual(linePlacement(elements, CANVAS));
  });

  it('keeps integration points and other leaves inside their stream, below its line', () => {
    const positions = linePlacement(enterprise(1, [1]), CANVAS);
    const stages = Object.entries(positions).filter(([id]) => id.startsWith('stage:'));
    expect(positions['integration-point:d0'].y).toBeGreaterThan(Math.max(...stages.map(([, p]) => p.y)));
    expect(ITEM_BOX.w).toBeGreaterThan(STAGE_BOX.h);
  });

  it('stays linear: thousands of Stages are placed in a moment', () => {
    const elements = enterprise(60, [6, 8, 10]);
    expect(elements.nodes.length).toBeGreaterThan(3000);
    const started = performance.now();
    const positions = linePlacement(elements, CANVAS);
    expect(performance.now() - started).toBeLessThan(1000);
    const parents = new Set(elements.nodes.map((n) => n.data.parent));
    expect(Object.keys(positions)).toHaveLength(elements.nodes.filter((n) => !parents.has(n.data.id)).length);
  });

  it('places nothing for no elements', () => {
    expect(linePlacement({ nodes: [], edges: [] })).toEqual({});
  });
});

describe('wrappedLines', () => {
  it('wraps a name at spaces, a long word on its own line', () => {
    expect(wrappedLines('Assisted Driving (ADAS)', 12)).toEqual({ lines: 3, longest: 8 });
    expect(wrappedLines('Infotainment & Cockpit', 12)).toEqual({ lines: 2, longest: 12 });
    expect(wrappedLines('Chassis', 12)).toEqual({ lines: 1, longest: 7 });
    expect(wrappedLines('', 12)).toEqual({ lines: 1, longest: 0 });
  });
});
