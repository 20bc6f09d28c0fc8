import type { DomainData } from '@streamscape/graph';
import { coupling, type Coupling } from '../rules/coupling';
import { domainTeams } from '../rules/domain-rules';
import { byId, nameOf, viewId } from '../rules/finding';
import { ViewGraph, type ViewEdgeData, type ViewNodeData } from './view-graph';

export interface DomainViewData {
  readonly domain: string;
  readonly name: string;
  readonly nodes: readonly ViewNodeData[];
  readonly edges: readonly ViewEdgeData[];
  readonly coupling: Coupling;
  readonly valueStreams: number;
  readonly stages: number;
  readonly components: number;
  readonly teams: number;
  readonly products: number;
  readonly variants: number;
  readonly generations: number;
  readonly legacyGenerations: number;
}

/**
 * One domain as nodes and edges: the stream tree (sub-streams inside their parent) with each stream's
 * stages in Assembly Line order, flows and feedback loops; the integration points at its stages;
 * products with variants and generations; components inside the stream that builds them (the domain
 * when several do) with their dependencies, and the coupling between sub-streams; the teams with what
 * they own, work on and whom they interact with. Nodes from elsewhere that its edges reach (a stage
 * of another domain, a component it depends on, a team it interacts with) carry `external: 1`.
 */
export function buildDomainView(
  data: DomainData,
  result: Coupling = coupling(data.streams, data.components),
): DomainViewData {
  const g = new ViewGraph();
  const domainId = viewId('Domain', data.domain.id);
  const external = { external: true };
  g.node(domainId, 'Domain', nameOf(data.domain), null, {
    operatingMode: data.domain.operatingMode,
    targetOperatingMode: data.domain.targetOperatingMode,
  });

  const streamIds = new Set(data.streams.map((s) => s.id));
  const parentOf = new Map(data.streams.map((s) => [s.id, s.parent]));
  const depth = (id: string): number => {
    let d = 0;
    for (
      let p = parentOf.get(id);
      p && p.kind === 'ValueStream' && d < streamIds.size;
      p = parentOf.get(p.id)
    )
      d++;
    return d;
  };
  const stagesOf = new Map<string, DomainData['stages'][number][]>();
  for (const st of data.stages) stagesOf.set(st.stream, [...(stagesOf.get(st.stream) ?? []), st]);
  const componentsIn = new Map<string, number>();
  for (const c of data.components) {
    for (const s of new Set(c.builtIn.map((b) => b.stream)))
      componentsIn.set(s, (componentsIn.get(s) ?? 0) + 1);
  }
  const streams = data.streams.slice().sort((a, b) => depth(a.id) - depth(b.id) || byId(a.id, b.id));
  for (const s of streams) {
    g.node(viewId('ValueStream', s.id), 'ValueStream', nameOf(s), viewId(s.parent.kind, s.parent.id), {
      type: s.type,
      operatingMode: s.operatingMode,
      targetOperatingMode: s.targetOperatingMode,
      depth: depth(s.id),
      stages: stagesOf.get(s.id)?.length ?? 0,
      components: componentsIn.get(s.id) ?? 0,
    });
  }
  // Assembly Line order: by `order` within each stream
  const stages = data.stages
    .slice()
    .sort((a, b) => byId(a.stream, b.stream) || a.order - b.order || byId(a.id, b.id));
  for (const st of stages) {
    g.node(viewId('Stage', st.id), 'Stage', nameOf(st), viewId('ValueStream', st.stream), {
      order: st.order,
      integrationLevel: st.integrationLevel,
      qualityGate: st.qualityGate,
      wipLimit: st.wipLimit,
    });
  }
  for (const st of stages) {
    for (const f of st.flowsTo) {
      g.node(viewId('Stage', f.id), 'Stage', nameOf(f), null, external);
      g.edge('FLOWS_TO', viewId('Stage', st.id), viewId('Stage', f.id));
    }
    for (const f of st.feedbackTo) {
      g.node(viewId('Stage', f.id), 'Stage', nameOf(f), null, external);
      g.edge('FEEDBACK_TO', viewId('Stage', st.id), viewId('Stage', f.id), {
        weight: f.delayDays ?? 1,
        label: f.delayDays === null ? null : `${f.delayDays} d`,
        attributes: { delayDays: f.delayDays },
      });
    }
  }

  for (const ip of data.integrationPoints) {
    const inside = ip.stream !== null && streamIds.has(ip.stream);
    const id = viewId('IntegrationPoint', ip.id);
    g.node(id, 'IntegrationPoint', nameOf(ip), inside ? viewId('ValueStream', ip.stream!) : null, {
      level: ip.level,
      responsible: ip.responsible.length,
      external: !inside,
    });
    if (ip.stage) g.edge('AT', id, viewId('Stage', ip.stage));
  }

  let legacyGenerations = 0;
  for (const p of data.products) {
    const id = viewId('Product', p.id);
    g.node(id, 'Product', nameOf(p), null, {
      variants: p.variants.length,
      generations: p.generations.length,
      streams: new Set(p.variantDeliveries.map((d) => d.stream)).size,
    });
    for (const v of p.variants.slice().sort((a, b) => byId(a.id, b.id)))
      g.node(viewId('Variant', v.id), 'Variant', nameOf(v), id);
    for (const gen of p.generations.slice().sort((a, b) => byId(a.id, b.id))) {
      if (gen.status === 'LEGACY') legacyGenerations++;
      g.node(viewId('Generation', gen.id), 'Generation', nameOf(gen), id, {
        status: gen.status,
        endOfLife: gen.endOfLife,
        legacy: gen.status === 'LEGACY',
      });
    }
  }
  for (const s of streams) {
    const id = viewId('ValueStream', s.id);
    for (const d of s.delivers) g.edge('DELIVERS', id, viewId(d.kind, d.id));
    for (const ip of s.deliversTo) g.edge('DELIVERS_TO', id, viewId('IntegrationPoint', ip));
  }
  for (const o of data.domain.obligations) {
    g.edge('OBLIGED_TO', domainId, viewId(o.target.kind, o.target.id), {
      label: o.kind.toLowerCase(),
      discriminator: o.kind.toLowerCase(),
    });
  }

  for (const c of data.components) {
    const built = [...new Set(c.builtIn.map((b) => b.stream))];
    g.node(
      viewId('Component', c.id),
      'Component',
      nameOf(c),
      built.length === 1 ? viewId('ValueStream', built[0]) : domainId,
      {
        generation: c.generation,
        legacy: c.generation === 'LEGACY',
        streams: built.length,
        owners: c.owners.length,
      },
    );
  }
  for (const x of data.externalComponents) {
    for (const d of x.domains) g.node(viewId('Domain', d.id), 'Domain', nameOf(d), null, external);
    g.node(
      viewId('Component', x.id),
      'Component',
      nameOf(x),
      x.domains.length === 1 ? viewId('Domain', x.domains[0].id) : null,
      {
        generation: x.generation,
        legacy: x.generation === 'LEGACY',
        owners: x.owners.length,
        external: true,
      },
    );
  }
  for (const c of data.components) {
    const id = viewId('Component', c.id);
    for (const b of c.builtIn)
      g.edge('BUILT_IN', id, b.stage ? viewId('Stage', b.stage) : viewId('ValueStream', b.stream));
    for (const d of c.dependsOn) g.edge('DEPENDS_ON', id, viewId('Component', d.id), { weight: d.weight });
    for (const d of c.dependedOnBy) g.edge('DEPENDS_ON', viewId('Component', d.id), id, { weight: d.weight });
  }
  for (const p of result.pairs) {
    g.edge('COUPLING', viewId('ValueStream', p.a), viewId('ValueStream', p.b), {
      weight: p.weight,
      label: `${Math.round(p.density * 100)} %`,
      attributes: { density: p.density, dependencies: p.dependencies },
    });
  }

  const own = new Set(domainTeams(data).map((t) => t.id));
  for (const t of data.teams) {
    g.node(viewId('Team', t.id), 'Team', nameOf(t), null, {
      type: t.type,
      size: t.size,
      components: t.owns.length,
      streams: new Set(t.worksOn.map((w) => w.stream)).size,
      external: !own.has(t.id),
    });
  }
  for (const t of data.teams) {
    const id = viewId('Team', t.id);
    for (const c of t.owns) {
      if (g.has(viewId('Component', c))) g.edge('OWNS', id, viewId('Component', c));
    }
    for (const w of t.worksOn) g.edge('WORKS_ON', id, viewId(w.kind, w.id));
    for (const i of t.interactions) {
      const other = viewId('Team', i.team);
      g.node(other, 'Team', i.name ?? i.team, null, external);
      const [source, target] = i.outgoing ? [id, other] : [other, id];
      g.edge('INTERACTS_WITH', source, target, {
        label: i.mode ? i.mode.toLowerCase().replace(/_/g, '-') : null,
        attributes: { mode: i.mode, dependent: i.dependent },
      });
    }
  }

  const { nodes, edges } = g.build();
  return {
    domain: domainId,
    name: nameOf(data.domain),
    nodes,
    edges,
    coupling: result,
    valueStreams: data.streams.length,
    stages: data.stages.length,
    components: data.components.length,
    teams: own.size,
    products: data.products.length,
    variants: data.products.reduce((sum, p) => sum + p.variants.length, 0),
    generations: data.products.reduce((sum, p) => sum + p.generations.length, 0),
    legacyGenerations,
  };
}
