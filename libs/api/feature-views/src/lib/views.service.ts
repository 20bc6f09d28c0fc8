import { Injectable } from '@nestjs/common';
import { ApiError } from '@streamscape/api-graphql';
import {
  computeTransformationLandscape,
  type DomainData,
  type EnterpriseData,
  readDomainData,
  readDomainIds,
  readDomainsData,
  readEnterpriseData,
  readTransformationData,
  type Tx,
} from '@streamscape/graph';
import { GraphHost } from '@streamscape/graph-nest';
import { buildDomainView, type DomainViewData } from './build/domain-view';
import { buildEnterpriseView, type EnterpriseViewData } from './build/enterprise-view';
import { RULE_LIST, type RuleDefinition } from './rules/catalog';
import { coupling } from './rules/coupling';
import { domainFindings } from './rules/domain-rules';
import { enterpriseFindings } from './rules/enterprise-rules';
import { type Finding, viewId } from './rules/finding';
import { fromStored, mergeFindings, storedAbout } from './rules/merge';
import { type FindingThresholds, resolveThresholds } from './rules/thresholds';

/** A view is interactive: it fails within this time rather than holding a connection. */
export const VIEW_READ_TIMEOUT_MS = 15_000;

export interface FindingsQuery {
  readonly rule?: string | null;
  readonly severity?: string | null;
  readonly domain?: string | null;
}

export type EnterpriseLandscapeData = EnterpriseViewData & { readonly findings: readonly Finding[] };
export type DomainLandscapeData = Omit<DomainViewData, 'coupling'> & {
  readonly coupling: {
    readonly density: number;
    readonly crossWeight: number;
    readonly totalWeight: number;
    readonly pairs: readonly {
      source: string;
      target: string;
      weight: number;
      dependencies: number;
      density: number;
    }[];
  };
  readonly findings: readonly Finding[];
};

/** The enterprise view: drawn from one read, judged by the enterprise rules, with the stored findings about it. */
export function enterpriseLandscapeOf(data: EnterpriseData, t: FindingThresholds): EnterpriseLandscapeData {
  const view = buildEnterpriseView(data);
  const nodes = new Set(view.nodes.map((n) => n.id));
  return {
    ...view,
    findings: mergeFindings(enterpriseFindings(data, t), storedAbout(data.storedFindings, nodes)),
  };
}

/** One domain's view: drawn from one read, judged by the domain rules, with the stored findings about it. */
export function domainLandscapeOf(data: DomainData, t: FindingThresholds): DomainLandscapeData {
  const result = coupling(data.streams, data.components);
  const view = buildDomainView(data, result);
  const nodes = new Set(view.nodes.map((n) => n.id));
  return {
    ...view,
    coupling: {
      ...result,
      pairs: result.pairs.map((p) => ({
        source: viewId('ValueStream', p.a),
        target: viewId('ValueStream', p.b),
        weight: p.weight,
        dependencies: p.dependencies,
        density: p.density,
      })),
    },
    findings: mergeFindings(domainFindings(data, result, t), storedAbout(data.storedFindings, nodes)),
  };
}

@Injectable()
export class ViewsService {
  constructor(private readonly graph: GraphHost) {}

  async enterpriseLandscape(
    thresholds?: Partial<FindingThresholds> | null,
  ): Promise<EnterpriseLandscapeData> {
    const data = await this.graph.read('enterpriseLandscape', readEnterpriseData, {
      timeoutMs: VIEW_READ_TIMEOUT_MS,
    });
    return enterpriseLandscapeOf(data, resolveThresholds(thresholds ?? {}));
  }

  async domainLandscape(
    domainId: string,
    thresholds?: Partial<FindingThresholds> | null,
  ): Promise<DomainLandscapeData> {
    const data = await this.graph.read('domainLandscape', (tx) => readDomainData(tx, domainId), {
      timeoutMs: VIEW_READ_TIMEOUT_MS,
    });
    if (!data) throw ApiError.notFound(`There is no domain ${domainId}`);
    return domainLandscapeOf(data, resolveThresholds(thresholds ?? {}));
  }

  /**
   * The findings of every view (or of one domain: its view's and the enterprise findings about it),
   * each once, filtered. Reads the enterprise and all the domains in one transaction.
   */
  async findings(
    filter: FindingsQuery = {},
    thresholds?: Partial<FindingThresholds> | null,
  ): Promise<Finding[]> {
    const t = resolveThresholds(thresholds ?? {});
    const { enterprise, domains, transformation } = await this.graph.read(
      'findings',
      async (tx: Tx) => {
        const ids = filter.domain ? [filter.domain] : await readDomainIds(tx);
        const [enterprise, domains, transformation] = await Promise.all([
          readEnterpriseData(tx),
          readDomainsData(tx, ids),
          readTransformationData(tx),
        ]);
        return { enterprise, domains, transformation };
      },
      { timeoutMs: VIEW_READ_TIMEOUT_MS },
    );
    if (filter.domain && !domains.has(filter.domain))
      throw ApiError.notFound(`There is no domain ${filter.domain}`);
    const fromEnterprise = enterpriseLandscapeOf(enterprise, t).findings;
    const domainViews = [...domains.values()].map((d) => domainLandscapeOf(d, t));
    const fromDomains = domainViews.map((v) => v.findings);
    // the transformation view's friction findings, over every step; with a domain, those about its nodes
    const domainNodes = new Set(domainViews.flatMap((v) => v.nodes.map((n) => n.id)));
    const fromTransformation = (computeTransformationLandscape(transformation).findings as Finding[]).filter(
      (f) => !filter.domain || f.about.some((id) => domainNodes.has(id)),
    );
    const all = filter.domain
      ? mergeFindings(
          fromEnterprise.filter((f) => f.about.includes(viewId('Domain', filter.domain!))),
          ...fromDomains,
          fromTransformation,
        )
      : mergeFindings(
          fromEnterprise,
          ...fromDomains,
          fromTransformation,
          enterprise.storedFindings.map(fromStored),
        );
    return all.filter(
      (f) =>
        (!filter.rule || (filter.rule === 'manual' ? f.rule === null : f.rule === filter.rule)) &&
        (!filter.severity || f.severity === filter.severity),
    );
  }

  rules(): readonly RuleDefinition[] {
    return RULE_LIST;
  }
}
