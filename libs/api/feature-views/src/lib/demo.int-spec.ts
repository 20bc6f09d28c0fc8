import type { Graph } from '@streamscape/graph';
import { connectTestGraph, resetGraph } from '@streamscape/graph/testing';
import type { GraphHost } from '@streamscape/graph-nest';
import { importLandscape } from '@streamscape/landscape-io';
import { join } from 'node:path';
import type { Finding } from './rules/finding';
import { ViewsService } from './views.service';

const DEMO = join(__dirname, '../../../../../examples/demo/landscape');

/**
 * The demo's structural phenomena (tools/demo/README.md, ids as in tools/demo/src/phenomena.ts), each
 * found by its rule with its ids. Queues, defect escape (view 3) and product-on-project dependencies
 * (view 4) need the other views.
 */
describe('the rules on the demo landscape', () => {
  let graph: Graph;
  let views: ViewsService;
  let all: Finding[];

  beforeAll(async () => {
    graph = await connectTestGraph();
    await resetGraph(graph);
    const result = await importLandscape(graph, [DEMO]);
    if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.problems.slice(0, 5))}`);
    views = new ViewsService({
      read: (operation: string, work: never, options: never) => graph.read(operation, work, options),
    } as unknown as GraphHost);
    all = await views.findings();
  });
  afterAll(async () => {
    await resetGraph(graph);
    await graph.close();
  });

  const byRule = (findings: readonly Finding[], rule: string) =>
    findings.filter((f) => f.rule === rule).map((f) => f.about);

  it('(a) powertrain: obliged to maintain EDU Gen 1 for years, funded by project budgets only', async () => {
    const budgets = [
      'fy2025-edu-gen1-launch',
      'fy2025-edu-gen2-programme',
      'fy2025-hv-battery-programme',
      'fy2025-ice-gen3-facelift',
      'fy2025-powertrain-engineering-projects',
      'fy2026-edu-gen2-programme',
      'fy2026-hv-battery-programme',
      'fy2026-ice-gen3-facelift',
      'fy2026-powertrain-engineering-projects',
    ];
    const expected = [
      [
        'domain:powertrain',
        // with EDU Gen 1: the other generations it must deliver or maintain beyond three years
        'generation:edu-gen1',
        'generation:edu-gen2',
        'generation:hvb-gen1',
        'generation:hvb-gen2',
        ...budgets.map((b) => `budget:${b}`),
      ],
    ];
    expect(byRule(all, 'funding-contradicts-obligation')).toEqual(expected);
    expect(byRule((await views.enterpriseLandscape()).findings, 'funding-contradicts-obligation')).toEqual(
      expected,
    );
  });

  it('(b) nobody is responsible for the sensor fusion integration point (the only one)', async () => {
    const expected = [['integration-point:sensor-fusion-integration']];
    expect(byRule(all, 'integration-point-without-responsible')).toEqual(expected);
    expect(
      byRule((await views.domainLandscape('adas')).findings, 'integration-point-without-responsible'),
    ).toEqual(expected);
  });

  it('(c) the compact and premium chassis control streams are consolidation candidates', async () => {
    const expected = [
      [
        'value-stream:chassis-control-compact',
        'value-stream:chassis-control-premium',
        'product:vehicle-dynamics-control',
        'variant:vdc-compact',
        'variant:vdc-premium',
        'component:brake-pressure-controller',
        'component:esc-software',
        'component:wheel-speed-processing',
        'component:yaw-rate-sensor-fusion',
      ],
    ];
    expect(byRule(all, 'consolidation-candidate')).toEqual(expected);
    expect(byRule((await views.domainLandscape('chassis')).findings, 'consolidation-candidate')).toEqual(
      expected,
    );
  });

  it('(d) exactly the two team pairs whose components depend on each other but who never interact', async () => {
    const inverter = [
      'team:bms-software',
      'team:inverter-software',
      'component:bms-software',
      'component:inverter-control-software',
    ];
    const planning = [
      'team:adas-planning-control',
      'team:vehicle-motion-software',
      'component:brake-pressure-controller',
      'component:trajectory-controller',
    ];
    expect(byRule(all, 'conway-dependency-without-interaction')).toEqual([planning, inverter]);
    // across domains, both sides see it
    for (const domain of ['adas', 'chassis']) {
      expect(
        byRule((await views.domainLandscape(domain)).findings, 'conway-dependency-without-interaction'),
      ).toEqual([planning]);
    }
  });

  it('the diesel emissions reserve funds nothing (the only budget)', () => {
    expect(byRule(all, 'budget-funds-nothing')).toEqual([
      ['budget:fy2026-diesel-emissions-reserve', 'org-unit:vehicle-engineering'],
    ]);
  });

  it('vehicle diagnostics is split across four domains (the only team)', () => {
    expect(byRule(all, 'team-split-across-domains')).toEqual([
      [
        'team:vehicle-diagnostics',
        'domain:body',
        'domain:chassis',
        'domain:infotainment',
        'domain:powertrain',
      ],
    ]);
  });

  it('body electronics sustaining carries the highest cognitive load', () => {
    // vehicle diagnostics is also over the limit, by the four streams it works on
    expect(byRule(all, 'team-cognitive-load')).toEqual([
      ['team:body-electronics-sustaining'],
      ['team:vehicle-diagnostics'],
    ]);
    expect(all.find((f) => f.about[0] === 'team:body-electronics-sustaining')?.title).toBe(
      'Team Body Electronics Sustaining owns 19 components (limit 12)',
    );
  });

  it('the EGR valve control is the only orphan component', () => {
    expect(byRule(all, 'orphan-component')).toEqual([['component:egr-valve-control']]);
  });

  it("the instrument cluster's variants are spread over five streams", () => {
    expect(byRule(all, 'variant-fragmentation')).toEqual([
      [
        'product:instrument-cluster',
        'value-stream:adas-l2-plus',
        'value-stream:body-electronics',
        'value-stream:combustion-powertrain',
        'value-stream:infotainment-platform',
        'value-stream:terra-vehicle-program',
      ],
    ]);
  });

  it('domains are funded and their sub-streams loosely coupled', () => {
    expect(byRule(all, 'domain-without-budget')).toEqual([]);
    expect(byRule(all, 'high-coupling-between-sub-streams')).toEqual([]);
  });

  it('returns the six stored findings with the computed ones', () => {
    expect(all.filter((f) => f.source === 'manual').map((f) => f.id)).toEqual([
      'finding:edu-defects-found-in-vehicle',
      'finding:powertrain-funding-contradicts-obligation',
      'finding:sensor-fusion-integration-unowned',
      'finding:sensor-fusion-queue',
      'finding:parallel-chassis-control-streams',
      'finding:backend-deploys-daily',
    ]);
  });
});
