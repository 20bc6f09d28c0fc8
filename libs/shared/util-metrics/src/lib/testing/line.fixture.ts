import type { FactSet } from '../reference';
import type { PerformanceStructure } from '../structure';

/**
 * A purpose-built landscape for hand-computed expectations (docs/metrics.md walks through its numbers).
 * Domain d1: stream `line` with sub-stream `sub`; `sub-comp` (1, component) -> `sub-int` (2, subsystem) ->
 * `line-sys` (3, system) -> `line-veh` (4, product); a feedback loop line-veh -> sub-comp (10 days).
 * Domain d2: stream `other`: `other-a` (1, component) -> `other-b` (2, system). Team t1 works on `sub`,
 * t2 on stage `line-veh`. The window W is the ISO week 2026-03-02 .. 2026-03-09.
 */
export const LINE_STRUCTURE: PerformanceStructure = {
  enterprise: { id: 'acme', name: 'Acme' },
  domains: [
    { id: 'd1', name: 'Domain One' },
    { id: 'd2', name: 'Domain Two' },
  ],
  streams: [
    { id: 'line', name: 'Line', parent: null, domain: 'd1' },
    { id: 'sub', name: 'Sub', parent: 'line', domain: 'd1' },
    { id: 'other', name: 'Other', parent: null, domain: 'd2' },
  ],
  stages: [
    {
      id: 'sub-comp',
      name: 'Sub component',
      stream: 'sub',
      order: 1,
      level: 'component',
      flowsTo: ['sub-int'],
    },
    {
      id: 'sub-int',
      name: 'Sub integration',
      stream: 'sub',
      order: 2,
      level: 'subsystem',
      flowsTo: ['line-sys'],
    },
    { id: 'line-sys', name: 'Line system', stream: 'line', order: 3, level: 'system', flowsTo: ['line-veh'] },
    { id: 'line-veh', name: 'Line vehicle', stream: 'line', order: 4, level: 'product', flowsTo: [] },
    { id: 'other-a', name: 'Other A', stream: 'other', order: 1, level: 'component', flowsTo: ['other-b'] },
    { id: 'other-b', name: 'Other B', stream: 'other', order: 2, level: 'system', flowsTo: [] },
  ],
  integrationPoints: [{ id: 'ip1', name: 'Line integration', stage: 'line-sys', level: 'system' }],
  feedbackLoops: [{ from: 'line-veh', to: 'sub-comp', delayDays: 10 }],
  teams: [
    { id: 't1', name: 'Team One', streams: ['sub'], stages: [], orgUnit: 'ou1' },
    { id: 't2', name: 'Team Two', streams: [], stages: ['line-veh'], orgUnit: 'ou2' },
  ],
  orgUnits: [
    { id: 'ou1', name: 'Unit One', parent: null },
    { id: 'ou2', name: 'Unit Two', parent: 'ou1' },
  ],
};

export const LINE_FACTS: FactSet = {
  workItems: [
    // F1: a feature through three stages, done on Wednesday
    {
      id: 'f1',
      type: 'feature',
      valueStream: 'sub',
      createdAt: '2026-02-20T00:00:00Z',
      startedAt: '2026-03-01T12:00:00Z',
      doneAt: '2026-03-04T12:00:00Z',
    },
    // F2: started on Thursday, not done: in progress until the end of the window
    {
      id: 'f2',
      type: 'feature',
      valueStream: 'sub',
      createdAt: '2026-03-02T08:00:00Z',
      startedAt: '2026-03-05T00:00:00Z',
    },
    // D1: found in line-sys, made in sub-comp, fixed back through sub-comp
    {
      id: 'd1',
      type: 'defect',
      valueStream: 'sub',
      createdAt: '2026-03-03T00:00:00Z',
      startedAt: '2026-03-03T06:00:00Z',
      doneAt: '2026-03-06T00:00:00Z',
      resolution: 'fixed',
      foundIn: 'line-sys',
      injectedIn: 'sub-comp',
    },
    // D2: a duplicate of D1
    {
      id: 'd2',
      type: 'defect',
      valueStream: 'sub',
      createdAt: '2026-03-04T00:00:00Z',
      startedAt: '2026-03-04T12:00:00Z',
      doneAt: '2026-03-05T00:00:00Z',
      resolution: 'duplicate',
      foundIn: 'sub-int',
    },
    // D3: found in line-veh, made in line-sys, not started
    {
      id: 'd3',
      type: 'defect',
      valueStream: 'line',
      createdAt: '2026-03-05T00:00:00Z',
      foundIn: 'line-veh',
      injectedIn: 'line-sys',
    },
    // R1: reopened, so it passes line-veh twice
    {
      id: 'r1',
      type: 'risk',
      valueStream: 'line',
      createdAt: '2026-03-01T00:00:00Z',
      startedAt: '2026-03-06T00:00:00Z',
      doneAt: '2026-03-08T00:00:00Z',
    },
    // D4: created with an offset (+02:00, i.e. 08:00 UTC), closed as not-a-defect
    {
      id: 'd4',
      type: 'defect',
      valueStream: 'other',
      createdAt: '2026-03-02T10:00:00+02:00',
      startedAt: '2026-03-02T12:00:00Z',
      doneAt: '2026-03-03T12:00:00Z',
      resolution: 'not-a-defect',
      foundIn: 'other-b',
      injectedIn: 'other-a',
    },
    // B1: done before the window
    {
      id: 'b1',
      type: 'debt',
      valueStream: 'other',
      createdAt: '2026-02-01T00:00:00Z',
      startedAt: '2026-02-10T00:00:00Z',
      doneAt: '2026-02-20T00:00:00Z',
    },
  ],
  passages: [
    {
      workItem: 'f1',
      stage: 'sub-comp',
      enteredAt: '2026-03-01T12:00:00Z',
      leftAt: '2026-03-02T12:00:00Z',
      activeHours: 6,
    },
    {
      workItem: 'f1',
      stage: 'sub-int',
      enteredAt: '2026-03-02T12:00:00Z',
      leftAt: '2026-03-03T00:00:00Z',
      activeHours: 3,
    },
    {
      workItem: 'f1',
      stage: 'line-sys',
      enteredAt: '2026-03-03T00:00:00Z',
      leftAt: '2026-03-04T12:00:00Z',
      activeHours: 12,
    },
    { workItem: 'f2', stage: 'sub-comp', enteredAt: '2026-03-05T00:00:00Z', activeHours: 4 },
    {
      workItem: 'd1',
      stage: 'sub-comp',
      enteredAt: '2026-03-03T06:00:00Z',
      leftAt: '2026-03-04T06:00:00Z',
      activeHours: 8,
    },
    {
      workItem: 'd1',
      stage: 'sub-int',
      enteredAt: '2026-03-04T06:00:00Z',
      leftAt: '2026-03-05T00:00:00Z',
      activeHours: 2,
    },
    {
      workItem: 'd1',
      stage: 'line-sys',
      enteredAt: '2026-03-05T00:00:00Z',
      leftAt: '2026-03-06T00:00:00Z',
      activeHours: 4,
    },
    {
      workItem: 'd2',
      stage: 'sub-int',
      enteredAt: '2026-03-04T12:00:00Z',
      leftAt: '2026-03-05T00:00:00Z',
      activeHours: 1,
    },
    {
      workItem: 'r1',
      stage: 'line-veh',
      enteredAt: '2026-03-06T00:00:00Z',
      leftAt: '2026-03-07T00:00:00Z',
      activeHours: 2,
    },
    {
      workItem: 'r1',
      stage: 'line-veh',
      enteredAt: '2026-03-07T12:00:00Z',
      leftAt: '2026-03-08T00:00:00Z',
      activeHours: 1,
    },
    {
      workItem: 'd4',
      stage: 'other-b',
      enteredAt: '2026-03-02T12:00:00Z',
      leftAt: '2026-03-03T12:00:00Z',
      activeHours: 2,
    },
    {
      workItem: 'b1',
      stage: 'other-a',
      enteredAt: '2026-02-10T00:00:00Z',
      leftAt: '2026-02-20T00:00:00Z',
      activeHours: 10,
    },
  ],
  deployments: [
    {
      id: 'dp1',
      stage: 'line-sys',
      at: '2026-03-03T10:00:00Z',
      status: 'success',
      changeCreatedAt: '2026-03-01T10:00:00Z',
    },
    {
      id: 'dp2',
      stage: 'line-sys',
      at: '2026-03-04T10:00:00Z',
      status: 'failed',
      changeCreatedAt: '2026-03-04T04:00:00Z',
    },
    {
      id: 'dp3',
      valueStream: 'line',
      at: '2026-03-05T10:00:00Z',
      status: 'success',
      changeCreatedAt: '2026-03-05T08:00:00Z',
    },
    { id: 'dp4', stage: 'other-b', at: '2026-03-10T10:00:00Z', status: 'success' },
  ],
  incidents: [
    {
      id: 'i1',
      valueStream: 'line',
      openedAt: '2026-03-05T12:00:00Z',
      resolvedAt: '2026-03-05T15:00:00Z',
      causedBy: 'dp3',
    },
    { id: 'i2', stage: 'line-sys', openedAt: '2026-03-06T00:00:00Z' },
  ],
  measures: [
    { scope: 'team:t1', metric: 'engagement', at: '2026-03-03T09:00:00Z', value: 3 },
    { scope: 'team:t1', metric: 'engagement', at: '2026-03-04T09:00:00Z', value: 4 },
    { scope: 'team:t2', metric: 'engagement', at: '2026-03-04T09:00:00Z', value: 5 },
    { scope: 'team:t1', metric: 'engagement', at: '2026-02-01T09:00:00Z', value: 1 },
  ],
};

/** The window W of the hand-computed expectations. */
export const LINE_WINDOW = { from: '2026-03-02T00:00:00Z', to: '2026-03-09T00:00:00Z' };
