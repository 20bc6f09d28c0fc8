import type { Graph } from '@streamscape/graph';
import { workbookDocuments } from '@streamscape/landscape-io';
import { Workbook } from 'exceljs';
import { join } from 'node:path';
import { releaseTestGraph, startTestApp, testGraphWith, type TestApp } from './testing/test-app';

const DEMO = join(__dirname, '../../../examples/demo/landscape');

const ENTERPRISE = `query Enterprise {
  enterpriseLandscape {
    name domains valueStreams integrationPointsWithoutResponsible
    nodes { id kind label parent attributes { name value text } }
    edges { id source target kind weight label }
    fundingTotals { model fiscalYear currency amount budgets }
    findings { id rule source severity title about }
  }
}`;

const DOMAIN = `query Domain($id: ID!, $thresholds: FindingThresholdsInput) {
  domainLandscape(domainId: $id, thresholds: $thresholds) {
    domain name
    nodes { id kind parent }
    edges { source target kind weight }
    coupling { density pairs { source target density } }
    findings { rule about }
  }
}`;

/** The views through the real app over HTTP, on the demo landscape. */
describe('the views over HTTP', () => {
  let graph: Graph;
  let api: TestApp;
  const post = (query: string, variables?: Record<string, unknown>) => api.post(query, variables);

  beforeAll(async () => {
    graph = await testGraphWith([DEMO]);
    api = await startTestApp();
  });

  afterAll(async () => {
    await api?.close();
    await releaseTestGraph(graph);
  });

  it('draws the enterprise structure, ready for Cytoscape, with its findings', async () => {
    const answer = await post(ENTERPRISE);
    expect(answer.errors).toBeUndefined();
    const view = answer.data!['enterpriseLandscape'] as {
      name: string;
      domains: number;
      nodes: { id: string; kind: string; parent: string | null }[];
      edges: { source: string; target: string; kind: string }[];
      fundingTotals: unknown[];
      findings: { rule: string | null; source: string; about: string[] }[];
    };
    expect(view).toMatchObject({
      name: 'ACME Motors',
      domains: 7,
      valueStreams: 22,
      integrationPointsWithoutResponsible: 1,
    });
    const ids = new Set(view.nodes.map((n) => n.id));
    expect(ids.size).toBe(view.nodes.length);
    for (const n of view.nodes) if (n.parent) expect(ids.has(n.parent)).toBe(true);
    for (const e of view.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    expect(view.nodes).toContainEqual(
      expect.objectContaining({ id: 'integration-point:sensor-fusion-integration', parent: 'domain:adas' }),
    );
    // domains hold their top-level streams (16 of the 22; sub-streams are counted on them)
    const streams = view.nodes.filter((n) => n.kind === 'VALUE_STREAM');
    expect(streams).toHaveLength(16);
    expect(streams.filter((n) => n.parent === 'domain:powertrain').map((n) => n.id)).toEqual([
      'value-stream:battery-system',
      'value-stream:combustion-powertrain',
      'value-stream:ev-drive',
    ]);
    expect(view.edges).toContainEqual(
      expect.objectContaining({ kind: 'DEPENDS_ON', source: 'domain:adas', target: 'domain:chassis' }),
    );
    expect(view.fundingTotals).toHaveLength(6);
    expect(view.findings.map((f) => f.rule ?? f.source)).toEqual(
      expect.arrayContaining([
        'funding-contradicts-obligation',
        'integration-point-without-responsible',
        'budget-funds-nothing',
        'team-split-across-domains',
        'manual',
      ]),
    );
  });

  it('draws one domain, and takes threshold overrides', async () => {
    const answer = await post(DOMAIN, { id: 'chassis' });
    expect(answer.errors).toBeUndefined();
    const view = answer.data!['domainLandscape'] as {
      domain: string;
      nodes: { id: string; kind: string; parent: string | null }[];
      findings: { rule: string | null; about: string[] }[];
    };
    expect(view.domain).toBe('domain:chassis');
    expect(view.nodes[0]).toEqual({ id: 'domain:chassis', kind: 'DOMAIN', parent: null });
    expect(view.findings.filter((f) => f.rule === 'consolidation-candidate').map((f) => f.about[0])).toEqual([
      'value-stream:chassis-control-compact',
    ]);

    const strict = await post(DOMAIN, { id: 'chassis', thresholds: { maxComponentsPerTeam: 4 } });
    const loaded = (
      strict.data!['domainLandscape'] as { findings: { rule: string; about: string[] }[] }
    ).findings
      .filter((f) => f.rule === 'team-cognitive-load')
      .map((f) => f.about[0]);
    expect(loaded).toEqual(expect.arrayContaining(['team:power-steering', 'team:brakes-premium']));
  });

  it('answers NOT_FOUND for an unknown domain and BAD_USER_INPUT for a wrong threshold', async () => {
    const missing = await post(DOMAIN, { id: 'atlantis' });
    expect(missing.errors).toEqual([
      expect.objectContaining({ message: 'There is no domain atlantis', extensions: { code: 'NOT_FOUND' } }),
    ]);
    const wrong = await post(DOMAIN, { id: 'chassis', thresholds: { maxCouplingDensity: 2 } });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'thresholds.maxCouplingDensity', message: expect.any(String) }],
    });
  });

  it('lists findings by filter and the rules behind them', async () => {
    const answer = await post(`{
      findings(filter: { rule: "orphan-component" }) { id rule about }
      findingRules { id severity views }
    }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!['findings']).toEqual([
      {
        id: 'orphan-component:component:egr-valve-control',
        rule: 'orphan-component',
        about: ['component:egr-valve-control'],
      },
    ]);
    expect((answer.data!['findingRules'] as unknown[]).length).toBe(16);
  });

  it('downloads the landscape as a workbook that reads back to every entity', async () => {
    const response = await fetch(`${api.url}/landscape.xlsx`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="acme-motors-landscape-\d{4}-\d{2}-\d{2}\.xlsx"$/,
    );
    const workbook = new Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const { documents, problems } = workbookDocuments(workbook, 'landscape.xlsx');
    expect(problems).toEqual([]);
    const stats = await post('{ landscapeStats { nodes { name count } } }');
    const nodes = (stats.data!['landscapeStats'] as { nodes: { name: string; count: number }[] }).nodes;
    const teams = nodes.find((n) => n.name === 'Team')!.count;
    expect(documents.filter((d) => (d.value as { kind: string }).kind === 'Team')).toHaveLength(teams);
    expect(documents).toHaveLength(603);
  });
});
