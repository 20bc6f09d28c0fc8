import {
  seededRandom,
  type ViewEdgeLike,
  type ViewGraphLike,
  type ViewNodeLike,
} from '@streamscape/web-graph';

const RANDOM_KINDS = ['COMPONENT', 'TEAM', 'STAGE', 'INTEGRATION_POINT', 'PRODUCT'];

function node(id: string, kind: string, label: string, parent: string | null = null): ViewNodeLike {
  return { id, kind, label, parent, attributes: [] };
}

function edge(n: number, kind: string, source: string, target: string, weight = 1): ViewEdgeLike {
  return { id: `e${n}`, kind, label: null, source, target, weight, attributes: [] };
}

/**
 * A flat graph of `nodes` nodes and `edges` edges: half of the edges between near neighbours (so that the layout
 * finds structure, as in a real landscape), half anywhere; no self-loops.
 */
export function randomGraph(nodes: number, edges: number, seed = 42): ViewGraphLike {
  const rand = seededRandom(seed);
  const out: ViewGraphLike & { nodes: ViewNodeLike[]; edges: ViewEdgeLike[] } = { nodes: [], edges: [] };
  for (let i = 0; i < nodes; i++) {
    out.nodes.push(node(`n${i}`, RANDOM_KINDS[i % RANDOM_KINDS.length], `Node ${i}`));
  }
  if (nodes < 2) return out;
  for (let i = 0; i < edges; i++) {
    const a = Math.floor(rand() * nodes);
    const near = i % 2 === 0;
    let b = near ? (a + 1 + Math.floor(rand() * 8)) % nodes : Math.floor(rand() * nodes);
    if (b === a) b = (a + 1) % nodes;
    out.edges.push(edge(i, 'DEPENDS_ON', `n${a}`, `n${b}`, 1 + Math.floor(rand() * 5)));
  }
  return out;
}

/**
 * A domain landscape of exactly `elements` nodes and edges (for `elements` >= 40), shaped like the API's domain view: the domain holding
 * value streams, their sub-streams holding an Assembly Line of stages (flows, feedback loops), components with
 * dependencies, teams working on components, integration points at stages.
 */
export function domainLandscape(elements: number, seed = 7): ViewGraphLike {
  const rand = seededRandom(seed);
  const nodes: ViewNodeLike[] = [node('domain:bench', 'DOMAIN', 'Benchmark Domain')];
  const edges: ViewEdgeLike[] = [];
  const add = (kind: string, source: string, target: string) =>
    edges.push(edge(edges.length, kind, source, target, 1 + Math.floor(rand() * 9)));
  // one sub-stream (4 stages, 3 flows, 1 feedback, 8 components, up to 10 dependencies, 2 teams, 8 owns, 1
  // integration point and its AT edge) is about 40 elements; sub-streams are added until the count is reached
  // and the last one's surplus edges dropped
  const streams = Math.max(1, Math.round(Math.sqrt(elements / 40)));
  const components: string[] = [];
  for (let s = 0; s < streams; s++) {
    nodes.push(node(`value-stream:s${s}`, 'VALUE_STREAM', `Value Stream ${s + 1}`, 'domain:bench'));
  }
  for (let u = 0; nodes.length + edges.length < elements; u++) {
    const sub = `value-stream:s${u % streams}-${u}`;
    nodes.push(node(sub, 'VALUE_STREAM', `Sub-stream ${u + 1}`, `value-stream:s${u % streams}`));
    const stages = [
      'Component Development',
      'Subsystem Integration',
      'System Integration',
      'Vehicle Integration',
    ].map((name, i) => {
      const id = `stage:${u}-${i}`;
      nodes.push(node(id, 'STAGE', `${name} ${u + 1}`, sub));
      return id;
    });
    stages.slice(1).forEach((target, i) => add('FLOWS_TO', stages[i], target));
    add('FEEDBACK_TO', stages[3], stages[0]);
    const own: string[] = [];
    for (let c = 0; c < 8; c++) {
      const id = `component:${u}-${c}`;
      // as the API sends them: components inside the sub-stream that builds them
      nodes.push(node(id, 'COMPONENT', `Component ${u + 1}.${c + 1}`, sub));
      own.push(id);
    }
    for (let d = 0; d < 10; d++) {
      const from = own[Math.floor(rand() * own.length)];
      // mostly inside the sub-stream, sometimes into an earlier one: coupling across sub-streams
      const pool = d % 4 === 0 && components.length ? components : own;
      const to = pool[Math.floor(rand() * pool.length)];
      if (from !== to) add('DEPENDS_ON', from, to);
    }
    for (let t = 0; t < 2; t++) {
      const team = `team:${u}-${t}`;
      nodes.push(node(team, 'TEAM', `Team ${u + 1}${'AB'[t]}`));
      for (let w = 0; w < 4; w++) add('OWNS', team, own[t * 4 + w]);
    }
    const ip = `integration-point:${u}`;
    nodes.push(node(ip, 'INTEGRATION_POINT', `Integration Point ${u + 1}`, 'domain:bench'));
    add('AT', ip, stages[2]);
    components.push(...own);
  }
  edges.length = Math.max(0, elements - nodes.length);
  return { nodes, edges };
}
