import type { Graph } from '@streamscape/graph';
import { connectTestGraph, resetGraph } from '@streamscape/graph/testing';
import type { GraphHost } from '@streamscape/graph-nest';
import { importLandscape } from '@streamscape/landscape-io';
import { join } from 'node:path';
import { PlanEditKind } from './model/what-if.input';
import { TransformationService } from './transformation.service';

const FIXTURES = join(__dirname, '..', 'fixtures', 'friction');
const BASE = join(FIXTURES, 'base');

let graph: Graph;
let service: TransformationService;

beforeAll(async () => {
  graph = await connectTestGraph();
  service = new TransformationService({
    read: (operation: string, work: never, options: never) => graph.read(operation, work, options),
  } as unknown as GraphHost);
});
afterAll(async () => {
  await resetGraph(graph);
  await graph.close();
});

/** The base landscape plus the named fixtures, alone in the graph. */
async function load(...fixtures: string[]): Promise<void> {
  await resetGraph(graph);
  const result = await importLandscape(graph, [BASE, ...fixtures.map((f) => join(FIXTURES, f))]);
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.problems, null, 2)}`);
}

const findings = async () =>
  (await service.landscape({ initiativeId: 'renew' })).findings.map((f) => ({
    id: f.id,
    rule: f.rule,
    about: f.about,
  }));

describe('the friction rules on purpose-built landscapes', () => {
  it('find nothing on the base landscape', async () => {
    await load();
    expect(await findings()).toEqual([]);
  });

  it('product-depends-on-project: through a component (streams and teams), an integration point and a flow', async () => {
    await load('product-depends-on-project');
    expect(await findings()).toEqual([
      {
        id: 'product-depends-on-project:team:key-team+team:classic-team',
        rule: 'product-depends-on-project',
        about: ['team:key-team', 'team:classic-team', 'component:bcm', 'component:key-service'],
      },
      {
        id: 'product-depends-on-project:value-stream:apps+value-stream:body-classic',
        rule: 'product-depends-on-project',
        about: [
          'value-stream:apps',
          'value-stream:body-classic',
          'integration-point:classic-handover',
          'stage:apps-build',
          'stage:classic-build',
        ],
      },
      {
        id: 'product-depends-on-project:value-stream:ota+value-stream:body-classic',
        rule: 'product-depends-on-project',
        about: ['value-stream:ota', 'value-stream:body-classic', 'component:bcm', 'component:key-service'],
      },
    ]);
    const view = await service.landscape({ initiativeId: 'renew' });
    expect(view.findings.find((f) => f.id.includes('apps'))!.title).toBe(
      'Apps (product mode) depends on Body classic (project mode) through 1 integration point and 1 flow',
    );
    // apps has no mode of its own: it runs in its domain's
    expect(view.operatingModes.find((m) => m.id === 'value-stream:apps')).toMatchObject({
      mode: null,
      effectiveMode: 'PRODUCT',
    });
  });

  it('next-generation-on-legacy', async () => {
    await load('next-generation-on-legacy');
    expect(await findings()).toEqual([
      {
        id: 'next-generation-on-legacy:component:sbw+component:legacy-sensor',
        rule: 'next-generation-on-legacy',
        about: ['component:sbw', 'component:legacy-sensor'],
      },
    ]);
  });

  it('change-without-preparation: an entry step, and a step whose requirement touches something else', async () => {
    await load('change-without-preparation');
    expect(await findings()).toEqual([
      {
        id: 'change-without-preparation:transformation-step:rogue',
        rule: 'change-without-preparation',
        about: ['transformation-step:rogue', 'component:updater'],
      },
      {
        id: 'change-without-preparation:transformation-step:rogue-2',
        rule: 'change-without-preparation',
        about: ['transformation-step:rogue-2', 'value-stream:gateway'],
      },
    ]);
  });

  it('plan-cycle: names the steps; they and what waits on them are unschedulable', async () => {
    await load('plan-cycle');
    const view = await service.landscape({ initiativeId: 'renew' });
    expect(view.findings.map((f) => ({ id: f.id, about: f.about }))).toEqual([
      {
        id: 'plan-cycle:transformation-step:loop-a+transformation-step:loop-b',
        about: ['transformation-step:loop-a', 'transformation-step:loop-b'],
      },
    ]);
    expect(view.findings[0].title).toBe('2 steps require each other in a circle: Loop A, Loop B');
    expect(view.plan.cycles).toEqual([{ steps: ['loop-a', 'loop-b'] }]);
    expect(view.plan.unschedulable).toEqual(['after-loop', 'loop-a', 'loop-b']);
    expect(view.plan.waves.map((w) => w.steps)).toEqual([['fund-body'], ['decouple']]);
  });
});

describe('the transformation view on the base landscape', () => {
  beforeAll(() => load());

  it('draws modes, generations, steps and their edges', async () => {
    const view = await service.landscape({ initiativeId: 'renew' });
    const ids = new Set(view.nodes.map((n) => n.id));
    expect(ids.size).toBe(view.nodes.length);
    for (const e of view.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    expect(view.nodes).toContainEqual(
      expect.objectContaining({ id: 'value-stream:gateway', kind: 'VALUE_STREAM', parent: 'domain:body' }),
    );
    expect(view.nodes).toContainEqual(
      expect.objectContaining({ id: 'transformation-step:fund-body', kind: 'TRANSFORMATION_STEP' }),
    );
    expect(view.edges.map((e) => [e.kind, e.source, e.target])).toEqual(
      expect.arrayContaining([
        ['INCLUDES', 'initiative:renew', 'transformation-step:fund-body'],
        ['REQUIRES', 'transformation-step:decouple', 'transformation-step:fund-body'],
        ['CHANGES', 'transformation-step:decouple', 'component:gateway-fw'],
        ['SETS', 'transformation-step:fund-body', 'domain:body'],
        ['DEPENDS_ON', 'component:actuator', 'component:sensor'],
        ['DEPENDS_ON', 'value-stream:ota', 'value-stream:gateway'],
      ]),
    );
    expect(view.operatingModes.find((m) => m.id === 'domain:body')).toMatchObject({
      mode: 'HYBRID',
      targetMode: 'PRODUCT',
      plannedMode: 'PRODUCT',
      plannedBy: 'fund-body',
    });
    expect(view.generationCounts).toEqual([
      { generation: 'CURRENT', components: 3 },
      { generation: 'NEXT', components: 1 },
    ]);
    // map is done: fund-body (6) then decouple (3)
    expect(view.plan).toMatchObject({
      criticalPath: ['fund-body', 'decouple'],
      earliestFinishWeeks: 9,
      done: ['map'],
    });
  });

  it('answers NOT_FOUND for an unknown initiative, and BAD_USER_INPUT for an edit that cannot apply', async () => {
    await expect(service.landscape({ initiativeId: 'nowhere' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      service.whatIf({ initiativeId: 'renew', edits: [{ kind: PlanEditKind.REMOVE, stepId: 'nothing' }] }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('tries an added step that changes something unprepared, without writing it', async () => {
    const tried = await service.whatIf({
      initiativeId: 'renew',
      edits: [
        {
          kind: PlanEditKind.ADD,
          stepId: 'pilot',
          name: 'Pilot',
          effortWeeks: 5,
          requires: ['decouple'],
          changes: ['component:updater'],
        },
      ],
    });
    expect(tried.diff).toMatchObject({ added: ['pilot'], earliestFinishBefore: 9, earliestFinishAfter: 14 });
    expect(tried.plan.criticalPath).toEqual(['fund-body', 'decouple', 'pilot']);
    // prepared: pilot requires map (through decouple and fund-body), which changed the whole enterprise
    expect(tried.findings).toEqual([]);
    const alone = await service.whatIf({
      initiativeId: 'renew',
      edits: [{ kind: PlanEditKind.ADD, stepId: 'pilot', effortWeeks: 1, changes: ['component:updater'] }],
    });
    expect(alone.findings.map((f) => [f.id, f.about])).toEqual([
      [
        'change-without-preparation:transformation-step:pilot',
        ['transformation-step:pilot', 'component:updater'],
      ],
    ]);
    const view = await service.landscape({ initiativeId: 'renew' });
    expect(view.steps.map((s) => s.id)).toEqual(['decouple', 'fund-body', 'map']);
  });
});
