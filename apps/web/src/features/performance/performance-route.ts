/** The performance view's state in its URL: `/performance?scope=domain:adas&metric=wait-time&window=90`. */

export const WINDOW_DAYS = [30, 90, 180, 365] as const;
export const DEFAULT_METRIC = 'flow-time';
export const DEFAULT_WINDOW_DAYS = 90;

export type ScopeKindName = 'ENTERPRISE' | 'DOMAIN' | 'VALUE_STREAM';

export interface PerformanceRoute {
  /** a view node id: `enterprise`, `domain:<id>` or `value-stream:<id>` */
  scope: string;
  metric: string;
  /** the last n days of facts; ignored when a custom range is given */
  days: number;
  /** a custom range of UTC days, `YYYY-MM-DD`, both included */
  from?: string;
  to?: string;
}

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parsePerformanceRoute(search: Search): PerformanceRoute {
  const scope = one(search['scope']);
  const days = Number(one(search['window']));
  const from = one(search['from']);
  const to = one(search['to']);
  const custom = from && to && DATE.test(from) && DATE.test(to) && from <= to;
  return {
    scope: scope && /^(domain|value-stream):[a-z0-9-]+$/.test(scope) ? scope : 'enterprise',
    metric: one(search['metric']) || DEFAULT_METRIC,
    days: Number.isInteger(days) && days > 0 && days <= 3650 ? days : DEFAULT_WINDOW_DAYS,
    ...(custom ? { from, to } : {}),
  };
}

export function performanceHref(route: PerformanceRoute): string {
  const params = new URLSearchParams();
  if (route.scope !== 'enterprise') params.set('scope', route.scope);
  if (route.metric !== DEFAULT_METRIC) params.set('metric', route.metric);
  if (route.from && route.to) {
    params.set('from', route.from);
    params.set('to', route.to);
  } else if (route.days !== DEFAULT_WINDOW_DAYS) params.set('window', String(route.days));
  const query = params.toString();
  return query ? `/performance?${query}` : '/performance';
}

/** The API's scope input for a view node id. */
export function scopeInputOf(scope: string): { kind: ScopeKindName; id?: string } {
  const at = scope.indexOf(':');
  if (at < 0) return { kind: 'ENTERPRISE' };
  const id = scope.slice(at + 1);
  return scope.startsWith('domain:') ? { kind: 'DOMAIN', id } : { kind: 'VALUE_STREAM', id };
}

const DAY_MS = 86_400_000;

/**
 * The window to ask for: a custom range of whole UTC days, or the last n days up to `end` (the end of the last
 * day with facts, as the KPI board reports it; facts are history, so "now" would often be an empty window).
 */
export function windowOf(route: PerformanceRoute, end: string): { from: string; to: string } {
  if (route.from && route.to) {
    const to = new Date(`${route.to}T00:00:00.000Z`).getTime() + DAY_MS;
    return { from: `${route.from}T00:00:00.000Z`, to: new Date(to).toISOString() };
  }
  const endMs = new Date(end).getTime();
  return { from: new Date(endMs - route.days * DAY_MS).toISOString(), to: new Date(endMs).toISOString() };
}
