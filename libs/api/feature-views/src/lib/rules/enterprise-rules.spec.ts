import type { BudgetSummary, DomainSummary, EnterpriseData, Obligation } from '@streamscape/graph';
import {
  budgetFundsNothing,
  domainWithoutBudget,
  fundingContradictsObligation,
  integrationPointWithoutResponsible,
  isLongLived,
  teamSplitAcrossDomains,
  yearsAfter,
} from './enterprise-rules';
import { resolveThresholds } from './thresholds';

const t = resolveThresholds({ asOf: '2026-01-15' });

const obligation = (over: Partial<Obligation> & { target: Obligation['target'] }): Obligation => ({
  kind: 'MAINTAIN',
  status: null,
  endOfLife: null,
  product: null,
  generations: [],
  ...over,
});
const generation = (id: string, endOfLife: string | null, kind = 'MAINTAIN') =>
  obligation({ kind, target: { kind: 'Generation', id, name: id.toUpperCase() }, endOfLife });

const domain = (id: string, obligations: Obligation[] = []): DomainSummary => ({
  id,
  name: `Domain ${id}`,
  operatingMode: null,
  targetOperatingMode: null,
  valueStreams: 0,
  subStreams: 0,
  teams: 0,
  streams: [],
  obligations,
});
const budget = (
  id: string,
  model: string,
  domains: string[],
  over: Partial<BudgetSummary> = {},
): BudgetSummary => ({
  id,
  name: null,
  model,
  fiscalYear: 2026,
  amount: 1000,
  currency: 'EUR',
  providedBy: 'rnd',
  targets: domains.length,
  reaches: domains.map((d) => ({ domain: d, via: 'Domain', target: d })),
  ...over,
});
const data = (over: Partial<EnterpriseData>): EnterpriseData => ({
  enterprise: null,
  domains: [],
  budgets: [],
  orgUnits: [],
  integrationPoints: [],
  domainDependencies: [],
  multiDomainTeams: [],
  storedFindings: [],
  ...over,
});

describe('long-lived obligations', () => {
  const horizon = yearsAfter('2026-01-15', 3);

  it('count from asOf in whole years', () => {
    expect(horizon).toBe('2029-01-15');
  });

  it('are generations open-ended or ending after the horizon', () => {
    expect(isLongLived(generation('g', null), horizon)).toBe(true);
    expect(isLongLived(generation('g', '2033-12-31'), horizon)).toBe(true);
    expect(isLongLived(generation('g', '2028-12-31'), horizon)).toBe(false);
    expect(isLongLived(generation('g', '2033-12-31', 'INTEGRATE'), horizon)).toBe(false);
  });

  it('are products without generations or with a long-lived one', () => {
    const product = (generations: { id: string; status: null; endOfLife: string | null }[]) =>
      obligation({ kind: 'DELIVER', target: { kind: 'Product', id: 'p', name: null }, generations });
    expect(isLongLived(product([]), horizon)).toBe(true);
    expect(isLongLived(product([{ id: 'a', status: null, endOfLife: '2027-01-01' }]), horizon)).toBe(false);
    expect(
      isLongLived(
        product([
          { id: 'a', status: null, endOfLife: '2027-01-01' },
          { id: 'b', status: null, endOfLife: null },
        ]),
        horizon,
      ),
    ).toBe(true);
  });
});

describe('funding-contradicts-obligation', () => {
  const landscape = (budgets: BudgetSummary[]) =>
    data({
      domains: [domain('pt', [generation('gen1', '2033-12-31'), generation('old', '2027-01-01')])],
      budgets,
    });

  it('finds a domain with long-lived obligations and project budgets only, with its budgets', () => {
    const [finding] = fundingContradictsObligation(
      landscape([
        budget('b2', 'PROJECT', ['pt']),
        budget('b1', 'PROJECT', ['pt']),
        budget('x', 'PRODUCT', ['other']),
      ]),
      t,
    );
    expect(finding).toMatchObject({
      id: 'funding-contradicts-obligation:domain:pt',
      rule: 'funding-contradicts-obligation',
      source: 'rule:funding-contradicts-obligation',
      severity: 'HIGH',
      kind: 'ISSUE',
      status: 'OPEN',
      about: ['domain:pt', 'generation:gen1', 'budget:b1', 'budget:b2'],
      title: 'Domain pt must maintain GEN1 for more than 3 years but is funded only by project budgets (2)',
    });
  });

  it('finds a domain with long-lived obligations and no budget at all', () => {
    expect(fundingContradictsObligation(landscape([]), t).map((f) => f.title)).toEqual([
      'Domain pt must maintain GEN1 for more than 3 years but has no budget at all',
    ]);
  });

  it('accepts any product or capacity budget next to the project ones', () => {
    expect(
      fundingContradictsObligation(
        landscape([budget('b1', 'PROJECT', ['pt']), budget('c', 'CAPACITY', ['pt'])]),
        t,
      ),
    ).toEqual([]);
  });

  it('leaves short obligations alone', () => {
    expect(
      fundingContradictsObligation(data({ domains: [domain('pt', [generation('old', '2027-01-01')])] }), t),
    ).toEqual([]);
  });
});

describe('the other enterprise rules', () => {
  it('integration-point-without-responsible', () => {
    const ip = (id: string, responsible: { kind: string; id: string; name: null }[]) => ({
      id,
      name: null,
      level: null,
      stage: null,
      stream: null,
      domain: null,
      responsible,
      deliveries: [{ stream: 's', domain: null }],
    });
    expect(
      integrationPointWithoutResponsible([ip('a', []), ip('b', [{ kind: 'Team', id: 't', name: null }])]).map(
        (f) => [f.id, f.title],
      ),
    ).toEqual([
      [
        'integration-point-without-responsible:integration-point:a',
        'Nobody is responsible for integration point a (1 stream delivers to it)',
      ],
    ]);
  });

  it('budget-funds-nothing', () => {
    const findings = budgetFundsNothing(
      data({
        budgets: [budget('idle', 'PROJECT', [], { amount: 3000000 }), budget('used', 'PROJECT', ['d'])],
      }),
    );
    expect(findings.map((f) => [f.about, f.title])).toEqual([
      [['budget:idle', 'org-unit:rnd'], 'Budget idle (3,000,000 EUR, FY2026) funds nothing'],
    ]);
  });

  it('domain-without-budget: budgets reaching it through streams or teams count', () => {
    const reached = budget('b', 'PROJECT', [], {
      targets: 1,
      reaches: [{ domain: 'via-team', via: 'Team', target: 't' }],
    });
    expect(
      domainWithoutBudget(data({ domains: [domain('via-team'), domain('none')], budgets: [reached] })).map(
        (f) => f.about,
      ),
    ).toEqual([['domain:none']]);
  });

  it('team-split-across-domains, over the limit only', () => {
    const teams = [
      { id: 'one', name: null, domains: ['a', 'a'] },
      { id: 'two', name: 'Two', domains: ['b', 'a'] },
      { id: 'three', name: null, domains: ['a', 'b', 'c'] },
    ];
    expect(teamSplitAcrossDomains(teams, t).map((f) => f.about)).toEqual([
      ['team:two', 'domain:a', 'domain:b'],
      ['team:three', 'domain:a', 'domain:b', 'domain:c'],
    ]);
    expect(teamSplitAcrossDomains(teams, { ...t, maxDomainsPerTeam: 2 }).map((f) => f.about[0])).toEqual([
      'team:three',
    ]);
  });
});
