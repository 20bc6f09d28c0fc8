import type { EnterpriseData } from '@streamscape/graph';
import { byId, nameOf, viewId } from '../rules/finding';
import { ViewGraph, type ViewEdgeData, type ViewNodeData } from './view-graph';

export interface FundingTotalData {
  readonly model: string;
  readonly fiscalYear: number;
  readonly currency: string;
  readonly amount: number;
  readonly budgets: number;
}

export interface EnterpriseViewData {
  readonly name: string;
  readonly nodes: readonly ViewNodeData[];
  readonly edges: readonly ViewEdgeData[];
  readonly fundingTotals: readonly FundingTotalData[];
  readonly domains: number;
  readonly valueStreams: number;
  readonly budgets: number;
  readonly integrationPoints: number;
  readonly integrationPointsWithoutResponsible: number;
  /** summed weight of the component dependencies between domains */
  readonly crossDomainDependencyWeight: number;
}

/** Budget totals per funding model, fiscal year and currency (amounts in different currencies never add up). */
export function fundingTotals(budgets: EnterpriseData['budgets']): FundingTotalData[] {
  const totals = new Map<string, FundingTotalData>();
  for (const b of budgets) {
    const key = `${b.fiscalYear}\n${b.model}\n${b.currency}`;
    const t = totals.get(key) ?? {
      model: b.model,
      fiscalYear: b.fiscalYear,
      currency: b.currency,
      amount: 0,
      budgets: 0,
    };
    totals.set(key, { ...t, amount: t.amount + b.amount, budgets: t.budgets + 1 });
  }
  return [...totals.values()].sort(
    (a, b) => a.fiscalYear - b.fiscalYear || byId(a.model, b.model) || byId(a.currency, b.currency),
  );
}

/**
 * The enterprise structure as nodes and edges: org units (nested) holding the budgets they provide,
 * domains holding their top-level value streams and the integration points at their stages, what domains are obliged to, the teams
 * responsible for integration points or working across domains; edges for funding, obligations,
 * responsibility, deliveries into other domains' integration points, and cross-domain dependencies.
 */
export function buildEnterpriseView(data: EnterpriseData): EnterpriseViewData {
  const g = new ViewGraph();
  const budgetsOf = new Map<string, Set<string>>();
  for (const b of data.budgets) {
    for (const r of b.reaches) budgetsOf.set(r.domain, (budgetsOf.get(r.domain) ?? new Set()).add(b.id));
  }

  for (const o of data.orgUnits) {
    g.node(viewId('OrgUnit', o.id), 'OrgUnit', nameOf(o), o.parent ? viewId('OrgUnit', o.parent) : null, {
      type: o.type,
    });
  }
  for (const d of data.domains) {
    g.node(viewId('Domain', d.id), 'Domain', nameOf(d), null, {
      operatingMode: d.operatingMode,
      targetOperatingMode: d.targetOperatingMode,
      valueStreams: d.valueStreams,
      subStreams: d.subStreams,
      teams: d.teams,
      budgets: budgetsOf.get(d.id)?.size ?? 0,
    });
    for (const s of d.streams) {
      g.node(viewId('ValueStream', s.id), 'ValueStream', nameOf(s), viewId('Domain', d.id), {
        type: s.type,
        operatingMode: s.operatingMode,
        subStreams: s.subStreams,
      });
    }
  }
  for (const b of data.budgets) {
    const id = viewId('Budget', b.id);
    g.node(id, 'Budget', nameOf(b), b.providedBy ? viewId('OrgUnit', b.providedBy) : null, {
      model: b.model,
      fiscalYear: b.fiscalYear,
      amount: b.amount,
      currency: b.currency,
      targets: b.targets,
    });
    const reached = new Map<string, Set<string>>();
    for (const r of b.reaches) reached.set(r.domain, (reached.get(r.domain) ?? new Set()).add(r.via));
    for (const [domain, via] of reached) {
      // the whole amount: a budget funding several domains is not split by guesswork
      g.edge('FUNDS', id, viewId('Domain', domain), {
        weight: b.amount,
        label: `${b.model} FY${b.fiscalYear}`,
        attributes: { via: [...via].sort().join(',') },
      });
    }
  }
  for (const d of data.domains) {
    for (const o of d.obligations) {
      const target = viewId(o.target.kind, o.target.id);
      if (o.target.kind === 'Product') g.node(target, 'Product', nameOf(o.target));
      if (o.target.kind === 'Generation') {
        const product = o.product ? viewId('Product', o.product.id) : null;
        if (o.product && product) g.node(product, 'Product', nameOf(o.product));
        g.node(target, 'Generation', nameOf(o.target), product, {
          status: o.status,
          endOfLife: o.endOfLife,
          legacy: o.status === 'LEGACY',
        });
      }
      g.edge('OBLIGED_TO', viewId('Domain', d.id), target, {
        label: o.kind.toLowerCase(),
        discriminator: o.kind.toLowerCase(),
      });
    }
  }

  // before the responsible teams, so that a team both split and responsible keeps its attributes
  for (const team of data.multiDomainTeams) {
    const id = viewId('Team', team.id);
    g.node(id, 'Team', nameOf(team), null, { type: team.type, domains: team.domains.length });
    for (const d of team.domains) g.edge('WORKS_IN', id, viewId('Domain', d.domain), { weight: d.streams });
  }

  const integrations = new Map<string, { source: string; target: string; weight: number }>();
  for (const ip of data.integrationPoints) {
    const id = viewId('IntegrationPoint', ip.id);
    g.node(id, 'IntegrationPoint', nameOf(ip), ip.domain ? viewId('Domain', ip.domain) : null, {
      level: ip.level,
      stage: ip.stage,
      responsible: ip.responsible.length,
      deliveries: ip.deliveries.length,
    });
    for (const r of ip.responsible) {
      if (r.kind === 'Team') g.node(viewId('Team', r.id), 'Team', nameOf(r));
      g.edge('RESPONSIBLE_FOR', viewId(r.kind, r.id), id);
    }
    const from = new Map<string, number>();
    for (const d of ip.deliveries) {
      if (d.domain && d.domain !== ip.domain) from.set(d.domain, (from.get(d.domain) ?? 0) + 1);
    }
    for (const [domain, streams] of from) {
      g.edge('DELIVERS_TO', viewId('Domain', domain), id, { weight: streams });
      if (!ip.domain) continue;
      const key = `${domain}\n${ip.domain}`;
      const edge = integrations.get(key) ?? { source: domain, target: ip.domain, weight: 0 };
      integrations.set(key, { ...edge, weight: edge.weight + streams });
    }
  }
  for (const e of integrations.values()) {
    g.edge('INTEGRATES_INTO', viewId('Domain', e.source), viewId('Domain', e.target), { weight: e.weight });
  }
  for (const dep of data.domainDependencies) {
    g.edge('DEPENDS_ON', viewId('Domain', dep.source), viewId('Domain', dep.target), {
      weight: dep.weight,
      attributes: { dependencies: dep.dependencies },
    });
  }

  const { nodes, edges } = g.build();
  return {
    name: data.enterprise ? nameOf(data.enterprise) : 'Enterprise',
    nodes,
    edges,
    fundingTotals: fundingTotals(data.budgets),
    domains: data.domains.length,
    valueStreams: data.domains.reduce((sum, d) => sum + d.valueStreams, 0),
    budgets: data.budgets.length,
    integrationPoints: data.integrationPoints.length,
    integrationPointsWithoutResponsible: data.integrationPoints.filter((ip) => !ip.responsible.length).length,
    crossDomainDependencyWeight: data.domainDependencies.reduce((sum, d) => sum + d.weight, 0),
  };
}
