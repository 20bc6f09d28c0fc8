import type { Graph } from '@streamscape/graph';
import { connectTestGraph, resetGraph } from '@streamscape/graph/testing';
import type { GraphHost } from '@streamscape/graph-nest';
import { importLandscape } from '@streamscape/landscape-io';
import { join } from 'node:path';
import type { Finding } from './rules/finding';
import { ViewsService } from './views.service';

const FIXTURES = join(__dirname, '..', 'fixtures', 'rules');
const CLEAN = join(FIXTURES, 'clean');

let graph: Graph;
let views: ViewsService;

beforeAll(async () => {
  graph = await connectTestGraph();
  views = new ViewsService({
    read: (operation: string, work: never, options: never) => graph.read(operation, work, options),
  } as unknown as GraphHost);
});
afterAll(async () => {
  await resetGraph(graph);
  await graph.close();
});

/** The clean landscape plus the named rule's additions, alone in the graph. */
async function load(...fixtures: string[]): Promise<void> {
  await resetGraph(graph);
  const result = await importLandscape(graph, [CLEAN, ...fixtures.map((f) => join(FIXTURES, f))]);
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.problems, null, 2)}`);
}

const computed = (findings: readonly Finding[]) =>
  findings.filter((f) => f.rule !== null).map((f) => ({ rule: f.rule, about: f.about }));

describe('the rules on purpose-built landscapes', () => {
  it('find nothing on the clean landscape, in any view', async () => {
    await load();
    expect(computed(await views.findings())).toEqual([]);
    expect(computed((await views.enterpriseLandscape()).findings)).toEqual([]);
    expect(computed((await views.domainLandscape('drive')).findings)).toEqual([]);
    expect(computed((await views.domainLandscape('body')).findings)).toEqual([]);
  });

  // rule -> the domain view that shows it (null: the enterprise view) and exactly what it finds
  const cases: [string, string | null, { rule: string; about: string[] }[]][] = [
    [
      'funding-contradicts-obligation',
      null,
      [
        {
          rule: 'funding-contradicts-obligation',
          about: ['domain:legacy', 'generation:legacy-gen', 'budget:legacy-project'],
        },
      ],
    ],
    [
      'integration-point-without-responsible',
      'drive',
      [{ rule: 'integration-point-without-responsible', about: ['integration-point:orphan-handover'] }],
    ],
    [
      'budget-funds-nothing',
      null,
      [{ rule: 'budget-funds-nothing', about: ['budget:idle-reserve', 'org-unit:rnd'] }],
    ],
    ['domain-without-budget', null, [{ rule: 'domain-without-budget', about: ['domain:unfunded'] }]],
    [
      'team-split-across-domains',
      'body',
      [{ rule: 'team-split-across-domains', about: ['team:diagnostics', 'domain:body', 'domain:drive'] }],
    ],
    ['team-cognitive-load', 'body', [{ rule: 'team-cognitive-load', about: ['team:sustaining'] }]],
    [
      'high-coupling-between-sub-streams',
      'drive',
      [
        {
          rule: 'high-coupling-between-sub-streams',
          about: ['value-stream:drive-inverter', 'value-stream:drive-motor'],
        },
      ],
    ],
    [
      'conway-dependency-without-interaction',
      'drive',
      [
        {
          rule: 'conway-dependency-without-interaction',
          about: ['team:alpha', 'team:beta', 'component:sensor-a', 'component:sensor-b'],
        },
      ],
    ],
    [
      'conway-interaction-without-dependency',
      'drive',
      [{ rule: 'conway-interaction-without-dependency', about: ['team:delta', 'team:gamma'] }],
    ],
    [
      'consolidation-candidate',
      'body',
      [
        {
          rule: 'consolidation-candidate',
          about: [
            'value-stream:seats-basic',
            'value-stream:seats-comfort',
            'product:seat',
            'variant:seat-basic',
            'variant:seat-comfort',
            'component:seat-ecu',
            'component:seat-motor',
          ],
        },
      ],
    ],
    ['orphan-component', 'drive', [{ rule: 'orphan-component', about: ['component:lonely'] }]],
    [
      'variant-fragmentation',
      'drive',
      [
        {
          rule: 'variant-fragmentation',
          about: [
            'product:cluster',
            'value-stream:cl-1',
            'value-stream:cl-2',
            'value-stream:cl-3',
            'value-stream:cl-4',
          ],
        },
      ],
    ],
  ];

  it.each(cases)('%s: finds exactly its finding, in the right view', async (rule, domain, expected) => {
    await load(rule);
    expect(computed(await views.findings())).toEqual(expected);
    const view = domain ? await views.domainLandscape(domain) : await views.enterpriseLandscape();
    expect(computed(view.findings)).toEqual(expected);
  });
});

describe('findings', () => {
  it('filters by rule, severity and domain', async () => {
    await load('orphan-component', 'budget-funds-nothing', 'team-split-across-domains');
    const rules = async (filter: Parameters<ViewsService['findings']>[0]) =>
      (await views.findings(filter)).map((f) => f.rule);
    expect(await rules({})).toEqual([
      'budget-funds-nothing',
      'orphan-component',
      'team-split-across-domains',
    ]);
    expect(await rules({ rule: 'orphan-component' })).toEqual(['orphan-component']);
    expect(await rules({ severity: 'HIGH' })).toEqual([]);
    // Body's view has the split team; the orphan is Drive's and the idle budget nobody's
    expect(await rules({ domain: 'body' })).toEqual(['team-split-across-domains']);
  });

  it('returns stored findings with the computed ones, marked manual, in the views they are about', async () => {
    await load('orphan-component');
    await graph.write('test: a stored finding', (tx) =>
      tx.run(
        `MATCH (c:Component {id: 'lonely'})
         CREATE (f:Finding {id: 'known-orphan', name: 'Known orphan', kind: 'ISSUE', severity: 'HIGH', status: 'ACCEPTED'})-[:ABOUT]->(c)`,
      ),
    );
    const drive = await views.domainLandscape('drive');
    expect(drive.findings.map((f) => [f.id, f.source, f.severity, f.status, f.about])).toEqual([
      ['finding:known-orphan', 'manual', 'HIGH', 'ACCEPTED', ['component:lonely']],
      ['orphan-component:component:lonely', 'rule:orphan-component', 'MEDIUM', 'OPEN', ['component:lonely']],
    ]);
    expect((await views.domainLandscape('body')).findings).toEqual([]);
    expect((await views.findings({ rule: 'manual' })).map((f) => f.id)).toEqual(['finding:known-orphan']);
  });

  it('answers NOT_FOUND for an unknown domain', async () => {
    await load();
    await expect(views.domainLandscape('nowhere')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(views.findings({ domain: 'nowhere' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('the views on the clean landscape', () => {
  beforeAll(() => load());

  it('draw the enterprise: org units holding budgets, domains holding streams and integration points, funding and obligations', async () => {
    const view = await views.enterpriseLandscape();
    const nodes = Object.fromEntries(view.nodes.map((n) => [n.id, [n.kind, n.parent]]));
    expect(nodes).toEqual({
      'org-unit:rnd': ['ORG_UNIT', null],
      'domain:drive': ['DOMAIN', null],
      'domain:body': ['DOMAIN', null],
      'product:bcm': ['PRODUCT', null],
      'product:drive-unit': ['PRODUCT', null],
      'budget:body-capacity': ['BUDGET', 'org-unit:rnd'],
      'budget:drive-product': ['BUDGET', 'org-unit:rnd'],
      'generation:drive-gen1': ['GENERATION', 'product:drive-unit'],
      'integration-point:drive-handover': ['INTEGRATION_POINT', 'domain:drive'],
      'team:drive-team': ['TEAM', null],
      'value-stream:drive': ['VALUE_STREAM', 'domain:drive'],
      'value-stream:body-electronics': ['VALUE_STREAM', 'domain:body'],
    });
    expect(view.edges.map((e) => [e.kind, e.source, e.target, e.weight]).sort()).toEqual(
      [
        ['DEPENDS_ON', 'domain:body', 'domain:drive', 2],
        ['FUNDS', 'budget:body-capacity', 'domain:body', 500000],
        ['FUNDS', 'budget:drive-product', 'domain:drive', 1000000],
        ['OBLIGED_TO', 'domain:body', 'product:bcm', 1],
        ['OBLIGED_TO', 'domain:drive', 'generation:drive-gen1', 1],
        ['OBLIGED_TO', 'domain:drive', 'integration-point:drive-handover', 1],
        ['RESPONSIBLE_FOR', 'team:drive-team', 'integration-point:drive-handover', 1],
      ].sort(),
    );
    expect(view.fundingTotals).toEqual([
      { model: 'CAPACITY', fiscalYear: 2026, currency: 'EUR', amount: 500000, budgets: 1 },
      { model: 'PRODUCT', fiscalYear: 2026, currency: 'EUR', amount: 1000000, budgets: 1 },
    ]);
    expect(view).toMatchObject({
      name: 'ACME',
      domains: 2,
      valueStreams: 4,
      budgets: 2,
      integrationPoints: 1,
      integrationPointsWithoutResponsible: 0,
      crossDomainDependencyWeight: 2,
    });
    const drive = view.nodes.find((n) => n.id === 'domain:drive')!;
    expect(drive.attributes).toEqual(
      expect.arrayContaining([
        { name: 'valueStreams', value: 3, text: null },
        { name: 'subStreams', value: 2, text: null },
        { name: 'teams', value: 1, text: null },
        { name: 'operatingMode', value: null, text: 'PRODUCT' },
      ]),
    );
  });

  it('draw a domain: the stream tree, stages in order with flows and feedback, components in their streams, coupling', async () => {
    const view = await views.domainLandscape('drive');
    const parent = Object.fromEntries(view.nodes.map((n) => [n.id, n.parent]));
    expect(parent).toMatchObject({
      'domain:drive': null,
      'value-stream:drive': 'domain:drive',
      'value-stream:drive-inverter': 'value-stream:drive',
      'stage:drive-integration': 'value-stream:drive',
      'stage:drive-inverter-build': 'value-stream:drive-inverter',
      'component:inverter-sw': 'value-stream:drive-inverter',
      'component:drive-sw': 'value-stream:drive',
      'integration-point:drive-handover': 'value-stream:drive',
      'variant:drive-150': 'product:drive-unit',
      'generation:drive-gen1': 'product:drive-unit',
      'team:drive-team': null,
    });
    // parents come before their children
    const index = new Map(view.nodes.map((n, i) => [n.id, i]));
    for (const n of view.nodes) if (n.parent) expect(index.get(n.parent)!).toBeLessThan(index.get(n.id)!);
    const stages = view.nodes.filter((n) => n.parent === 'value-stream:drive' && n.kind === 'STAGE');
    expect(stages.map((s) => s.id)).toEqual(['stage:drive-integration', 'stage:drive-vehicle']);
    const edges = view.edges.map((e) => `${e.kind} ${e.source} ${e.target} ${e.weight}`);
    expect(edges).toEqual(
      expect.arrayContaining([
        'FLOWS_TO stage:drive-integration stage:drive-vehicle 1',
        'FEEDBACK_TO stage:drive-vehicle stage:drive-integration 5',
        'DEPENDS_ON component:drive-sw component:inverter-sw 1',
        'DEPENDS_ON component:bcm-sw component:drive-sw 2',
        'OWNS team:drive-team component:drive-sw 1',
        'WORKS_ON team:drive-team value-stream:drive-motor 1',
        'INTERACTS_WITH team:drive-team team:body-team 1',
        'BUILT_IN component:motor-ctrl stage:drive-motor-build 1',
      ]),
    );
    // the Body component that depends on Drive sits in its own (external) domain
    expect(view.nodes.find((n) => n.id === 'component:bcm-sw')).toMatchObject({
      parent: 'domain:body',
      attributes: expect.arrayContaining([{ name: 'external', value: 1, text: null }]),
    });
    // a parent stream integrating its sub-streams' components is not coupling
    expect(view.coupling).toEqual({ density: 0, crossWeight: 0, totalWeight: 2, pairs: [] });
    expect(view).toMatchObject({
      valueStreams: 3,
      stages: 4,
      components: 3,
      teams: 1,
      products: 1,
      variants: 2,
    });
    // every edge joins two nodes of the view
    const ids = new Set(view.nodes.map((n) => n.id));
    for (const e of view.edges) expect([ids.has(e.source), ids.has(e.target)]).toEqual([true, true]);
  });
});
