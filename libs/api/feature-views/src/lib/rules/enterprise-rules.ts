import type { EnterpriseData, IntegrationPointSummary, Obligation } from '@streamscape/graph';
import { RULES } from './catalog';
import { byId, computed, type Finding, listNames, nameOf, viewId } from './finding';
import type { FindingThresholds } from './thresholds';

/** `asOf` plus whole years, as an ISO date (ISO dates compare as strings). */
export function yearsAfter(asOf: string, years: number): string {
  const [y, rest] = [Number(asOf.slice(0, 4)), asOf.slice(4)];
  return `${String(y + years).padStart(4, '0')}${rest}`;
}

/** Open-ended, or ending after the horizon. */
const outlives = (endOfLife: string | null, horizon: string): boolean => !endOfLife || endOfLife > horizon;

/**
 * A generation is long-lived when its end of life lies beyond the horizon (or is not set); a product
 * when it has no generations or one of them is long-lived. Integration points are not products.
 */
export function isLongLived(obligation: Obligation, horizon: string): boolean {
  if (obligation.kind !== 'DELIVER' && obligation.kind !== 'MAINTAIN') return false;
  if (obligation.target.kind === 'Generation') return outlives(obligation.endOfLife, horizon);
  if (obligation.target.kind === 'Product') {
    return (
      obligation.generations.length === 0 ||
      obligation.generations.some((g) => outlives(g.endOfLife, horizon))
    );
  }
  return false;
}

/** Budgets by the domains they reach (directly, through a stream, or through a team working there). */
function budgetsByDomain(data: EnterpriseData): Map<string, EnterpriseData['budgets'][number][]> {
  const map = new Map<string, EnterpriseData['budgets'][number][]>();
  for (const budget of data.budgets) {
    for (const domain of new Set(budget.reaches.map((r) => r.domain))) {
      map.set(domain, [...(map.get(domain) ?? []), budget]);
    }
  }
  return map;
}

/** funding-contradicts-obligation: long-lived obligations, and only project budgets (or none) behind them. */
export function fundingContradictsObligation(data: EnterpriseData, t: FindingThresholds): Finding[] {
  const horizon = yearsAfter(t.asOf, t.longLivedYears);
  const budgets = budgetsByDomain(data);
  return data.domains.flatMap((domain) => {
    const longLived = domain.obligations.filter((o) => isLongLived(o, horizon));
    const funding = (budgets.get(domain.id) ?? []).slice().sort((a, b) => byId(a.id, b.id));
    if (!longLived.length || funding.some((b) => b.model !== 'PROJECT')) return [];
    const targets = longLived
      .map((o) => o.target)
      .sort((a, b) => byId(viewId(a.kind, a.id), viewId(b.kind, b.id)));
    const obliged = listNames([...new Set(targets.map(nameOf))]);
    const verbs = [...new Set(longLived.map((o) => o.kind.toLowerCase()))].sort().join(' and ');
    const money = funding.length
      ? `is funded only by project budgets (${funding.length})`
      : 'has no budget at all';
    return [
      computed(
        RULES.fundingContradictsObligation,
        [viewId('Domain', domain.id)],
        [...targets.map((x) => viewId(x.kind, x.id)), ...funding.map((b) => viewId('Budget', b.id))],
        `${nameOf(domain)} must ${verbs} ${obliged} for more than ${t.longLivedYears} years but ${money}`,
      ),
    ];
  });
}

/** integration-point-without-responsible */
export function integrationPointWithoutResponsible(ips: readonly IntegrationPointSummary[]): Finding[] {
  return ips
    .filter((ip) => ip.responsible.length === 0)
    .map((ip) =>
      computed(
        RULES.integrationPointWithoutResponsible,
        [viewId('IntegrationPoint', ip.id)],
        [],
        `Nobody is responsible for integration point ${nameOf(ip)}` +
          (ip.deliveries.length === 1 ? ' (1 stream delivers to it)' : '') +
          (ip.deliveries.length > 1 ? ` (${ip.deliveries.length} streams deliver to it)` : ''),
      ),
    );
}

/** budget-funds-nothing */
export function budgetFundsNothing(data: EnterpriseData): Finding[] {
  return data.budgets
    .filter((b) => b.targets === 0)
    .map((b) =>
      computed(
        RULES.budgetFundsNothing,
        [viewId('Budget', b.id)],
        b.providedBy ? [viewId('OrgUnit', b.providedBy)] : [],
        `Budget ${nameOf(b)} (${b.amount.toLocaleString('en')} ${b.currency}, FY${b.fiscalYear}) funds nothing`,
      ),
    );
}

/** domain-without-budget */
export function domainWithoutBudget(data: EnterpriseData): Finding[] {
  const funded = budgetsByDomain(data);
  return data.domains
    .filter((d) => !funded.has(d.id))
    .map((d) =>
      computed(
        RULES.domainWithoutBudget,
        [viewId('Domain', d.id)],
        [],
        `No budget reaches domain ${nameOf(d)}, its streams or its teams`,
      ),
    );
}

export interface TeamDomains {
  readonly id: string;
  readonly name: string | null;
  readonly domains: readonly string[];
}

/** team-split-across-domains */
export function teamSplitAcrossDomains(teams: readonly TeamDomains[], t: FindingThresholds): Finding[] {
  return teams
    .filter((team) => new Set(team.domains).size > t.maxDomainsPerTeam)
    .map((team) => {
      const domains = [...new Set(team.domains)].sort(byId);
      return computed(
        RULES.teamSplitAcrossDomains,
        [viewId('Team', team.id)],
        domains.map((d) => viewId('Domain', d)),
        `Team ${nameOf(team)} works on streams of ${domains.length} domains (limit ${t.maxDomainsPerTeam})`,
      );
    });
}

/** Every enterprise-structure rule over the enterprise data. */
export function enterpriseFindings(data: EnterpriseData, t: FindingThresholds): Finding[] {
  return [
    ...fundingContradictsObligation(data, t),
    ...integrationPointWithoutResponsible(data.integrationPoints),
    ...budgetFundsNothing(data),
    ...domainWithoutBudget(data),
    ...teamSplitAcrossDomains(
      data.multiDomainTeams.map((team) => ({ ...team, domains: team.domains.map((d) => d.domain) })),
      t,
    ),
  ];
}
