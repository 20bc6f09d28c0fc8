import { Logger } from '@nestjs/common';
import { ApiErrorCode } from '@streamscape/api-graphql';
import type { Graph } from '@streamscape/graph';
import type { GraphHost } from '@streamscape/graph-nest';
import { connectTestGraph, resetGraph } from '@streamscape/graph/testing';
import { connectTestHost, importAnalysesLandscape } from '../testing/analyses-landscape';
import { AnalysesService } from './analyses.service';
import { CentralityOrder } from './centrality/central-components.model';

let graph: Graph;
let host: GraphHost;
let analyses: AnalysesService;

beforeAll(async () => {
  Logger.overrideLogger(['error', 'warn']);
  graph = await connectTestGraph();
  await resetGraph(graph);
  await importAnalysesLandscape(graph);
  host = await connectTestHost();
  analyses = new AnalysesService(host);
});

afterAll(async () => {
  await host?.onApplicationShutdown();
  await resetGraph(graph);
  await graph?.close();
});

const at = (nodes: readonly { id: string; depth: number; via: string | null }[]) =>
  nodes.map((n) => `${n.id}@${n.depth}<${n.via ?? ''}`);

describe('componentImpact', () => {
  it('follows dependents across streams and domains, each at its shortest depth', async () => {
    const impact = await analyses.componentImpact({ componentId: 'can-stack', maxDepth: 10 });
    expect(impact.root).toEqual({
      id: 'can-stack',
      kind: 'Component',
      name: 'CAN stack',
      depth: 0,
      via: null,
    });
    // esc-sw is 3 deep through its shortcut to brake-ecu, not 4 through abs-sw
    expect(at(impact.nodes)).toEqual([
      'inverter-sw@1<can-stack',
      'brake-ecu@2<inverter-sw',
      'abs-sw@3<brake-ecu',
      'esc-sw@3<brake-ecu',
      'dashboard@4<esc-sw',
    ]);
    expect(impact.nodes.every((n) => n.kind === 'Component')).toBe(true);
    expect(at(impact.streams)).toEqual([
      'edu-stream@1<inverter-sw',
      'brakes@2<brake-ecu',
      'abs@3<abs-sw',
      'cockpit@4<dashboard',
    ]);
    expect(at(impact.domains)).toEqual([
      'powertrain@1<edu-stream',
      'chassis@2<brakes',
      'infotainment@4<cockpit',
    ]);
    expect(at(impact.teams)).toEqual([
      'beta@0<can-stack',
      'alpha@1<inverter-sw',
      'gamma@2<brake-ecu',
      'delta@3<esc-sw',
    ]);
    expect(impact.streams[0]).toMatchObject({ kind: 'ValueStream', name: 'Electric drive' });
    expect(impact.truncated).toBe(false);
  });

  it('stops at maxDepth and says more lies beyond', async () => {
    const impact = await analyses.componentImpact({ componentId: 'can-stack', maxDepth: 2 });
    expect(impact.nodes.map((n) => n.id)).toEqual(['inverter-sw', 'brake-ecu']);
    expect(impact.streams.map((n) => n.id)).toEqual(['edu-stream', 'brakes']);
    expect(impact.domains.map((n) => n.id)).toEqual(['powertrain', 'chassis']);
    expect(impact.teams.map((n) => n.id)).toEqual(['beta', 'alpha', 'gamma']);
    expect(impact.truncated).toBe(true);
  });

  it('terminates in a cycle, counting each component once', async () => {
    const impact = await analyses.componentImpact({ componentId: 'maps', maxDepth: 10 });
    expect(at(impact.nodes)).toEqual(['nav@1<maps', 'hmi@2<nav', 'dashboard@3<hmi']);
    expect(impact.streams.map((n) => n.id)).toEqual(['cockpit']);
  });

  it('answers NOT_FOUND for an id that is no component', async () => {
    await expect(analyses.componentImpact({ componentId: 'edu-stream', maxDepth: 3 })).rejects.toMatchObject({
      code: ApiErrorCode.NOT_FOUND,
    });
  });
});

describe('dependencyPath', () => {
  it('finds the shortest chain of DEPENDS_ON between two components, with weights', async () => {
    const path = await analyses.dependencyPath({
      fromId: 'dashboard',
      toId: 'can-stack',
      kind: 'COMPONENT',
      maxDepth: 25,
    });
    expect(path?.components.map((c) => c.id)).toEqual([
      'dashboard',
      'esc-sw',
      'brake-ecu',
      'inverter-sw',
      'can-stack',
    ]);
    expect(path?.steps).toEqual([
      { from: 'dashboard', to: 'esc-sw', weight: 1 },
      { from: 'esc-sw', to: 'brake-ecu', weight: 2 },
      { from: 'brake-ecu', to: 'inverter-sw', weight: 1 },
      { from: 'inverter-sw', to: 'can-stack', weight: 3 },
    ]);
    expect(path).toMatchObject({
      kind: 'COMPONENT',
      length: 4,
      follows: ['DEPENDS_ON'],
      from: { id: 'dashboard', kind: 'Component', name: 'Dashboard' },
      to: { id: 'can-stack', kind: 'Component', name: 'CAN stack' },
    });
  });

  it('follows dependencies in their direction only, and within maxDepth', async () => {
    await expect(
      analyses.dependencyPath({ fromId: 'can-stack', toId: 'dashboard', kind: 'COMPONENT', maxDepth: 25 }),
    ).resolves.toBeNull();
    await expect(
      analyses.dependencyPath({ fromId: 'dashboard', toId: 'can-stack', kind: 'COMPONENT', maxDepth: 3 }),
    ).resolves.toBeNull();
  });

  it('runs between teams through the components they own', async () => {
    const path = await analyses.dependencyPath({ fromId: 'delta', toId: 'beta', kind: 'TEAM', maxDepth: 25 });
    expect(path?.components.map((c) => c.id)).toEqual(['esc-sw', 'brake-ecu', 'inverter-sw', 'can-stack']);
    expect(path).toMatchObject({
      length: 3,
      follows: ['OWNS', 'DEPENDS_ON'],
      from: { kind: 'Team', name: 'Team Delta' },
    });
  });

  it('runs between streams (sub-streams included) and between domains through what they build', async () => {
    const streams = await analyses.dependencyPath({
      fromId: 'brakes',
      toId: 'edu-stream',
      kind: 'VALUE_STREAM',
      maxDepth: 25,
    });
    expect(streams?.components.map((c) => c.id)).toEqual(['brake-ecu', 'inverter-sw']);
    const domains = await analyses.dependencyPath({
      fromId: 'infotainment',
      toId: 'powertrain',
      kind: 'DOMAIN',
      maxDepth: 25,
    });
    expect(domains?.components.map((c) => c.id)).toEqual(['dashboard', 'esc-sw', 'brake-ecu', 'inverter-sw']);
    expect(domains?.follows).toEqual(['BUILT_IN', 'STAGE_OF', 'PART_OF', 'DEPENDS_ON']);
  });

  it('answers NOT_FOUND naming the unknown end', async () => {
    await expect(
      analyses.dependencyPath({ fromId: 'dashboard', toId: 'nope', kind: 'COMPONENT', maxDepth: 25 }),
    ).rejects.toMatchObject({ code: ApiErrorCode.NOT_FOUND, message: 'No Component "nope"' });
    await expect(
      analyses.dependencyPath({ fromId: 'dashboard', toId: 'beta', kind: 'TEAM', maxDepth: 25 }),
    ).rejects.toMatchObject({ code: ApiErrorCode.NOT_FOUND, message: 'No Team "dashboard"' });
  });
});

describe('dependencyCycles', () => {
  it('lists each cycle once, from its smallest id, shortest first', async () => {
    await expect(analyses.dependencyCycles({ limit: 100 })).resolves.toEqual({
      cycles: [
        { componentIds: ['logger', 'telemetry'], length: 2 },
        { componentIds: ['hmi', 'nav', 'maps'], length: 3 },
      ],
      truncated: false,
    });
  });

  it('stops at the limit, having searched from the smallest ids first', async () => {
    await expect(analyses.dependencyCycles({ limit: 1 })).resolves.toEqual({
      cycles: [{ componentIds: ['hmi', 'nav', 'maps'], length: 3 }],
      truncated: true,
    });
  });
});

describe('centralComponents', () => {
  it('ranks by weighted degree, ties by id', async () => {
    const central = await analyses.centralComponents({ limit: 4, orderBy: CentralityOrder.WEIGHTED_DEGREE });
    expect(central.map((c) => [c.rank, c.id, c.weightedDegree])).toEqual([
      [1, 'inverter-sw', 5],
      [2, 'brake-ecu', 4],
      [3, 'esc-sw', 4],
      [4, 'hmi', 4],
    ]);
    expect(central[0]).toMatchObject({
      name: 'Inverter software',
      inDegree: 1,
      outDegree: 2,
      weightedInDegree: 1,
      weightedOutDegree: 4,
    });
  });

  it('ranks by the weight of dependents, and by PageRank', async () => {
    const byDependents = await analyses.centralComponents({
      limit: 2,
      orderBy: CentralityOrder.WEIGHTED_IN_DEGREE,
    });
    expect(byDependents.map((c) => c.id)).toEqual(['brake-ecu', 'can-stack']);
    const byRank = await analyses.centralComponents({ limit: 20, orderBy: CentralityOrder.PAGE_RANK });
    expect(byRank).toHaveLength(12);
    expect(byRank.reduce((sum, c) => sum + c.pageRank, 0)).toBeCloseTo(1, 6);
  });
});
