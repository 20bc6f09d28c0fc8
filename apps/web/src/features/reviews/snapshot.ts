import type { ViewEdgeLike, ViewGraphLike, ViewNodeLike } from '@streamscape/web-graph';

/**
 * The frozen parts of a review arrive as JSON (ReviewSnapshot.enterprise, .kpiBoard): read them defensively,
 * so a snapshot from an older API draws what it can instead of breaking the page.
 */
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function attributes(v: unknown): ViewNodeLike['attributes'] {
  return list(v)
    .filter(isRecord)
    .filter((a) => typeof a['name'] === 'string')
    .map((a) => ({ name: a['name'] as string, text: text(a['text']), value: num(a['value']) }));
}

export interface FrozenEnterprise extends ViewGraphLike {
  name: string;
  figures: { label: string; value: number }[];
}

const FIGURES: [string, string][] = [
  ['domains', 'Domains'],
  ['valueStreams', 'Value streams'],
  ['budgets', 'Budgets'],
  ['integrationPoints', 'Integration points'],
  ['integrationPointsWithoutResponsible', 'Without owner'],
  ['crossDomainDependencyWeight', 'Cross-domain dependency weight'],
];

/** The enterprise view as frozen: its graph and headline figures; null when the part holds no graph. */
export function frozenEnterprise(json: unknown): FrozenEnterprise | null {
  if (!isRecord(json) || !Array.isArray(json['nodes'])) return null;
  const nodes: ViewNodeLike[] = list(json['nodes'])
    .filter(isRecord)
    .filter((n) => typeof n['id'] === 'string' && typeof n['kind'] === 'string')
    .map((n) => ({
      id: n['id'] as string,
      kind: n['kind'] as string,
      label: text(n['label']) ?? (n['id'] as string),
      parent: text(n['parent']),
      attributes: attributes(n['attributes']),
    }));
  const edges: ViewEdgeLike[] = list(json['edges'])
    .filter(isRecord)
    .filter((e) => typeof e['source'] === 'string' && typeof e['target'] === 'string')
    .map((e, i) => ({
      id: text(e['id']) ?? `edge-${i}`,
      kind: text(e['kind']) ?? 'EDGE',
      label: text(e['label']),
      source: e['source'] as string,
      target: e['target'] as string,
      weight: num(e['weight']) ?? 1,
      attributes: attributes(e['attributes']),
    }));
  const figures = FIGURES.flatMap(([key, label]) => {
    const value = num(json[key]);
    return value == null ? [] : [{ label, value }];
  });
  return { name: text(json['name']) ?? 'Enterprise', nodes, edges, figures };
}

export interface KpiSummaryRow {
  id: string;
  name: string;
  current: number | null;
  unit: string;
  target: number | null;
  status: string;
}
export interface KpiSummaryGroup {
  parameter: string;
  kpis: KpiSummaryRow[];
  /** KPIs per status: ON_TRACK, OFF_TRACK, NO_DATA, NO_TARGET */
  byStatus: Record<string, number>;
}

/** The KPI board as frozen, per performance parameter, with how many KPIs are on or off track. */
export function kpiBoardSummary(json: unknown): KpiSummaryGroup[] {
  if (!isRecord(json)) return [];
  return list(json['groups'])
    .filter(isRecord)
    .map((g) => {
      const kpis = list(g['kpis'])
        .filter(isRecord)
        .map((k) => {
          const current = isRecord(k['current']) ? num(k['current']['value']) : null;
          const target = isRecord(k['target']) ? num(k['target']['value']) : null;
          return {
            id: text(k['id']) ?? '',
            name: text(k['name']) ?? text(k['id']) ?? '?',
            current,
            unit: text(k['unit']) ?? '',
            target,
            status: text(k['status']) ?? 'NO_DATA',
          };
        });
      const byStatus: Record<string, number> = {};
      for (const k of kpis) byStatus[k.status] = (byStatus[k.status] ?? 0) + 1;
      return { parameter: text(g['parameter']) ?? '?', kpis, byStatus };
    });
}
