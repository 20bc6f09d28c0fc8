import type { Graph } from '@streamscape/graph';
import { join } from 'node:path';
import { releaseTestGraph, startTestApp, testGraphWith, type TestApp } from './testing/test-app';

const DEMO = join(__dirname, '../../../examples/demo/landscape');

const PLAN = `capacityWeeksPerWave earliestFinishWeeks wavesFinishWeeks criticalPath done unschedulable
  waves { wave steps effortWeeks startWeek durationWeeks }
  steps { id state wave earliestStart earliestFinish slack critical }
  cycles { steps }`;

const LANDSCAPE = `query Transformation($id: ID, $capacity: Float) {
  transformationLandscape(initiativeId: $id, capacityWeeksPerWave: $capacity) {
    initiative { id name owner }
    nodes { id kind label parent attributes { name value text } }
    edges { id source target kind label }
    operatingModes { id kind mode targetMode effectiveMode plannedMode plannedBy }
    modeCounts { kind mode current target }
    generationCounts { generation components }
    steps { id status effortWeeks requires changes sets { target field value } }
    plan { ${PLAN} }
    findings { id rule severity title about }
  }
}`;

const WHAT_IF = `query WhatIf($edits: [PlanEditInput!]!, $capacity: Float) {
  transformationWhatIf(initiativeId: "flow-2027", capacityWeeksPerWave: $capacity, edits: $edits) {
    base { earliestFinishWeeks wavesFinishWeeks }
    plan { ${PLAN} }
    diff {
      added removed earliestFinishBefore earliestFinishAfter earliestFinishDelta wavesFinishDelta
      wavesBefore wavesAfter criticalPathAfter cyclesAdded { steps }
      changed { id waveBefore waveAfter earliestFinishBefore earliestFinishAfter }
    }
    findings { id rule about }
  }
}`;

interface Plan {
  earliestFinishWeeks: number;
  wavesFinishWeeks: number;
  criticalPath: string[];
  done: string[];
  unschedulable: string[];
  waves: { wave: number; steps: string[]; effortWeeks: number; startWeek: number; durationWeeks: number }[];
  steps: { id: string; state: string; wave: number | null; slack: number | null; critical: boolean }[];
  cycles: { steps: string[] }[];
}

/** The transformation view through the real app over HTTP, on the demo landscape. */
describe('the transformation view over HTTP', () => {
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

  it('computes the demo plan: waves, critical path and finish, checked by hand', async () => {
    const answer = await post(LANDSCAPE, { id: 'flow-2027' });
    expect(answer.errors).toBeUndefined();
    const view = answer.data!['transformationLandscape'] as { plan: Plan; initiative: unknown };
    expect(view.initiative).toEqual({
      id: 'flow-2027',
      name: 'Flow 2027 – Organising Around Value',
      owner: 'org-unit:value-stream-office',
    });
    const plan = view.plan;
    // the two done steps (mandate, map) count as finished; everything else needs only them or one wave-1 step
    expect(plan.done).toEqual(['mandate-vsi-core-team', 'map-value-stream-landscape']);
    expect(plan.waves).toEqual([
      {
        wave: 1,
        steps: [
          'adas-chassis-interface-collaboration',
          'assign-sensor-fusion-owner',
          'body-electronics-product-mode',
          'consolidate-chassis-control',
          'powertrain-product-funding',
        ],
        effortWeeks: 2 + 3 + 12 + 16 + 12,
        startWeek: 0,
        durationWeeks: 16,
      },
      {
        wave: 2,
        steps: [
          'adas-product-mode',
          'decouple-ota-from-gateway-releases',
          'retire-ice-gen3',
          'sensor-fusion-integration-cadence',
          'shift-left-edu-validation',
          'split-body-sustaining-team',
        ],
        effortWeeks: 6 + 8 + 20 + 10 + 14 + 6,
        startWeek: 16,
        durationWeeks: 20,
      },
    ]);
    // funding (12) then retiring ICE Gen 3 (20) is the longest chain: 32 weeks
    expect(plan.criticalPath).toEqual(['powertrain-product-funding', 'retire-ice-gen3']);
    expect(plan.earliestFinishWeeks).toBe(32);
    expect(plan.wavesFinishWeeks).toBe(36);
    expect(plan.cycles).toEqual([]);
    const slack = Object.fromEntries(plan.steps.map((s) => [s.id, s.slack]));
    expect(slack).toMatchObject({
      'shift-left-edu-validation': 6, // 12 + 14 = 26 of 32
      'decouple-ota-from-gateway-releases': 12, // 12 + 8 = 20
      'adas-chassis-interface-collaboration': 30,
      'retire-ice-gen3': 0,
    });
  });

  it('fills waves up to a capacity, most urgent first (hand-computed)', async () => {
    const answer = await post(LANDSCAPE, { id: 'flow-2027', capacity: 20 });
    expect(answer.errors).toBeUndefined();
    const plan = (answer.data!['transformationLandscape'] as { plan: Plan }).plan;
    // latest starts (finish 32): funding 0, body 12, retire 12, consolidate 16, shift-left 18, assign 19,
    // cadence 22, decouple 24, adas-product 26, split 26, collaboration 30
    expect(plan.waves.map((w) => w.steps)).toEqual([
      ['adas-chassis-interface-collaboration', 'assign-sensor-fusion-owner', 'powertrain-product-funding'],
      ['adas-product-mode', 'body-electronics-product-mode'],
      ['retire-ice-gen3'],
      ['consolidate-chassis-control'],
      ['shift-left-edu-validation', 'split-body-sustaining-team'],
      ['decouple-ota-from-gateway-releases', 'sensor-fusion-integration-cadence'],
    ]);
    for (const w of plan.waves) expect(w.effortWeeks).toBeLessThanOrEqual(20);
  });

  it('shows modes now, targeted and planned, generations, and the steps with what they change', async () => {
    const answer = await post(LANDSCAPE, { id: 'flow-2027' });
    const view = answer.data!['transformationLandscape'] as {
      nodes: { id: string; kind: string; parent: string | null }[];
      edges: { source: string; target: string; kind: string; label: string | null }[];
      operatingModes: {
        id: string;
        mode: string;
        targetMode: string;
        plannedMode: string;
        plannedBy: string;
      }[];
      generationCounts: unknown[];
      modeCounts: { kind: string; mode: string; current: number; target: number }[];
      steps: { id: string; changes: string[] }[];
    };
    const ids = new Set(view.nodes.map((n) => n.id));
    expect(ids.size).toBe(view.nodes.length);
    for (const n of view.nodes) if (n.parent) expect(ids.has(n.parent)).toBe(true);
    for (const e of view.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    expect(view.operatingModes).toContainEqual({
      id: 'value-stream:body-electronics',
      kind: 'VALUE_STREAM',
      mode: 'PROJECT',
      targetMode: 'PRODUCT',
      effectiveMode: 'PROJECT',
      plannedMode: 'PRODUCT',
      plannedBy: 'body-electronics-product-mode',
    });
    expect(view.modeCounts).toContainEqual({ kind: 'DOMAIN', mode: 'PROJECT', current: 4, target: 0 });
    expect(view.generationCounts).toEqual([
      { generation: 'LEGACY', components: 15 },
      { generation: 'CURRENT', components: 225 },
      { generation: 'NEXT', components: 10 },
    ]);
    expect(view.nodes).toContainEqual(
      expect.objectContaining({ id: 'component:sbw-hand-wheel-actuator', kind: 'COMPONENT' }),
    );
    expect(view.edges).toContainEqual(
      expect.objectContaining({
        kind: 'SETS',
        source: 'transformation-step:powertrain-product-funding',
        target: 'domain:powertrain',
        label: 'operatingMode = product',
      }),
    );
    expect(view.edges).toContainEqual(
      expect.objectContaining({
        kind: 'CHANGES',
        source: 'transformation-step:decouple-ota-from-gateway-releases',
        target: 'component:central-gateway-firmware',
      }),
    );
    expect(view.steps).toHaveLength(13);
  });

  it("finds the demo's friction: product on project (phenomenon g), next generation on legacy", async () => {
    const answer = await post(LANDSCAPE, { id: 'flow-2027' });
    const findings = (
      answer.data!['transformationLandscape'] as { findings: { id: string; rule: string; about: string[] }[] }
    ).findings;
    const ids = findings.map((f) => f.id);
    // (g), as tools/demo/README.md lists it
    expect(ids).toEqual(
      expect.arrayContaining([
        'product-depends-on-project:value-stream:ota-platform+value-stream:body-electronics',
        'product-depends-on-project:value-stream:connected-vehicle-backend+value-stream:body-electronics',
        'product-depends-on-project:value-stream:ivi-apps+value-stream:battery-charging',
      ]),
    );
    expect(findings.find((f) => f.id.endsWith('ota-platform+value-stream:body-electronics'))!.about).toEqual([
      'value-stream:ota-platform',
      'value-stream:body-electronics',
      'component:central-gateway-firmware',
      'component:vehicle-update-orchestrator',
    ]);
    // the storyline: next-generation components on legacy parts; the only such dependency in the demo
    expect(findings.filter((f) => f.rule === 'next-generation-on-legacy').map((f) => f.id)).toEqual([
      'next-generation-on-legacy:component:sbw-hand-wheel-actuator+component:steering-torque-sensor',
    ]);
    // every open step is prepared (map-value-stream-landscape, done, changed the whole enterprise); no cycles
    expect(
      findings.filter(
        (f) => f.rule !== 'product-depends-on-project' && f.rule !== 'next-generation-on-legacy',
      ),
    ).toEqual([]);
    // product-mode ADAS and infotainment integrate into the project-mode vehicle programmes too
    expect(ids).toContain(
      'product-depends-on-project:value-stream:adas-l2-plus+value-stream:terra-vehicle-program',
    );
    expect(findings.filter((f) => f.rule === 'product-depends-on-project')).toHaveLength(19);

    // the friction rules are registered with the findings list
    const listed = await post(`{
      findings(filter: { rule: "next-generation-on-legacy" }) { id }
      findingRules { id views }
    }`);
    expect(listed.errors).toBeUndefined();
    expect(listed.data!['findings']).toEqual([
      { id: 'next-generation-on-legacy:component:sbw-hand-wheel-actuator+component:steering-torque-sensor' },
    ]);
    expect(listed.data!['findingRules']).toContainEqual({ id: 'plan-cycle', views: ['transformation'] });
  });

  it('tries edits without writing them: remove, pin, and a cycle', async () => {
    const remove = await post(WHAT_IF, { edits: [{ kind: 'REMOVE', stepId: 'powertrain-product-funding' }] });
    expect(remove.errors).toBeUndefined();
    const removed = remove.data!['transformationWhatIf'] as { diff: Record<string, unknown>; plan: Plan };
    // retire (20) and shift-left (14) now start at once; body (12) + decouple (8) = 20 ties with retire
    expect(removed.diff).toMatchObject({
      removed: ['powertrain-product-funding'],
      earliestFinishBefore: 32,
      earliestFinishAfter: 20,
      earliestFinishDelta: -12,
      criticalPathAfter: ['body-electronics-product-mode', 'decouple-ota-from-gateway-releases'],
    });
    expect(removed.diff['changed']).toContainEqual({
      id: 'retire-ice-gen3',
      waveBefore: 2,
      waveAfter: 1,
      earliestFinishBefore: 32,
      earliestFinishAfter: 20,
    });

    const pin = await post(WHAT_IF, {
      edits: [{ kind: 'MOVE', stepId: 'adas-chassis-interface-collaboration', notBeforeWave: 3 }],
    });
    const pinned = pin.data!['transformationWhatIf'] as { diff: Record<string, unknown> };
    // waves of 16, 20 and then 2 weeks
    expect(pinned.diff).toMatchObject({
      earliestFinishDelta: 0,
      wavesFinishDelta: 2,
      wavesBefore: 2,
      wavesAfter: 3,
    });

    const circle = await post(WHAT_IF, {
      edits: [{ kind: 'MOVE', stepId: 'powertrain-product-funding', requires: ['retire-ice-gen3'] }],
    });
    const cycled = circle.data!['transformationWhatIf'] as {
      diff: Record<string, unknown>;
      plan: Plan;
      findings: { id: string }[];
    };
    expect(cycled.diff['cyclesAdded']).toEqual([
      { steps: ['powertrain-product-funding', 'retire-ice-gen3'] },
    ]);
    expect(cycled.plan.unschedulable).toEqual([
      'powertrain-product-funding',
      'retire-ice-gen3',
      'shift-left-edu-validation',
    ]);
    // funding no longer requires map (the edit replaced its requirements): its changes are unprepared now
    expect(cycled.findings.map((f) => f.id)).toEqual([
      'plan-cycle:transformation-step:powertrain-product-funding+transformation-step:retire-ice-gen3',
      'change-without-preparation:transformation-step:powertrain-product-funding',
    ]);

    // nothing was written
    const after = await post(LANDSCAPE, { id: 'flow-2027' });
    expect((after.data!['transformationLandscape'] as { plan: Plan }).plan.earliestFinishWeeks).toBe(32);
  });

  it('answers NOT_FOUND for an unknown initiative and BAD_USER_INPUT for a wrong edit', async () => {
    const missing = await post(LANDSCAPE, { id: 'nowhere' });
    expect(missing.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const wrong = await post(WHAT_IF, { edits: [{ kind: 'REMOVE', stepId: 'no-such-step' }] });
    expect(wrong.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0]?.message).toContain('no-such-step');
  });
});
