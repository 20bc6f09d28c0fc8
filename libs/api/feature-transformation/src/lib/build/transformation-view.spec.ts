import { computeTransformationLandscape, type StepData, type TransformationData } from '@streamscape/graph';
import { buildTransformationView } from './transformation-view';

const step = (id: string, requires: string[], sets: StepData['sets'] = [], effortWeeks = 2): StepData => ({
  id,
  name: id.toUpperCase(),
  description: null,
  status: 'PLANNED',
  effortWeeks,
  plannedStart: null,
  initiative: 'plan',
  requires,
  changes: [],
  sets,
});

const DATA: TransformationData = {
  initiativeId: 'plan',
  initiatives: [{ id: 'plan', name: 'Plan', description: null, owner: null }],
  steps: [
    step('first', [], [{ target: 'value-stream:apps', field: 'operatingMode', value: 'hybrid' }]),
    step('second', ['first'], [{ target: 'value-stream:apps', field: 'operatingMode', value: 'product' }]),
  ],
  domains: [{ id: 'cloud', name: 'Cloud', mode: 'PROJECT', targetMode: 'PRODUCT' }],
  streams: [
    {
      id: 'apps',
      name: 'Apps',
      parent: 'platform',
      domain: 'cloud',
      mode: null,
      targetMode: null,
      effectiveMode: 'PROJECT',
      effectiveTargetMode: 'PRODUCT',
    },
    {
      id: 'platform',
      name: 'Platform',
      parent: null,
      domain: 'cloud',
      mode: 'PROJECT',
      targetMode: 'PRODUCT',
      effectiveMode: 'PROJECT',
      effectiveTargetMode: 'PRODUCT',
    },
  ],
  teams: [{ id: 'crew', name: 'Crew', type: null, mode: 'PRODUCT', streams: ['apps'] }],
  components: [
    { id: 'old', name: 'Old', generation: 'LEGACY', streams: ['apps'], owners: ['crew'] },
    { id: 'mid', name: 'Mid', generation: 'CURRENT', streams: ['apps'], owners: [] },
    { id: 'plain', name: 'Plain', generation: 'CURRENT', streams: [], owners: [] },
  ],
  generations: [],
  generationDependencies: [{ from: 'component:mid', to: 'component:old', weight: 2 }],
  modeDependencies: [{ from: 'team:crew', to: 'value-stream:platform', via: 'COMPONENT', evidence: [] }],
  context: {},
  touched: { 'value-stream:apps': 'Apps', 'enterprise:acme': 'ACME' },
};

describe('buildTransformationView', () => {
  const view = buildTransformationView(computeTransformationLandscape(DATA));

  it('nests streams in their parents, parents first, and leaves out what the views do not draw', () => {
    const ids = view.nodes.map((n) => n.id);
    expect(view.nodes.find((n) => n.id === 'value-stream:apps')!.parent).toBe('value-stream:platform');
    expect(ids.indexOf('value-stream:platform')).toBeLessThan(ids.indexOf('value-stream:apps'));
    expect(ids.indexOf('domain:cloud')).toBeLessThan(ids.indexOf('value-stream:platform'));
    expect(ids).not.toContain('enterprise:acme');
  });

  it('draws legacy components and what depends on them, not the other current ones', () => {
    const components = view.nodes.filter((n) => n.kind === 'COMPONENT').map((n) => n.id);
    expect(components).toEqual(['component:mid', 'component:old']);
    expect(view.edges).toContainEqual(
      expect.objectContaining({
        kind: 'DEPENDS_ON',
        source: 'component:mid',
        target: 'component:old',
        weight: 2,
      }),
    );
  });

  it('takes the planned mode from the last step in plan order that sets it', () => {
    expect(view.operatingModes.find((m) => m.id === 'value-stream:apps')).toMatchObject({
      plannedMode: 'PRODUCT',
      plannedBy: 'second',
    });
    expect(view.edges.filter((e) => e.kind === 'SETS').map((e) => e.label)).toEqual([
      'operatingMode = hybrid',
      'operatingMode = product',
    ]);
  });

  it('counts modes now and targeted, and components by generation', () => {
    expect(view.modeCounts).toEqual([
      { kind: 'DOMAIN', mode: 'PROJECT', current: 1, target: 0 },
      { kind: 'DOMAIN', mode: 'PRODUCT', current: 0, target: 1 },
      { kind: 'VALUE_STREAM', mode: 'PROJECT', current: 2, target: 0 },
      { kind: 'VALUE_STREAM', mode: 'PRODUCT', current: 0, target: 2 },
      { kind: 'TEAM', mode: 'PRODUCT', current: 1, target: 1 },
    ]);
    expect(view.generationCounts).toEqual([
      { generation: 'LEGACY', components: 1 },
      { generation: 'CURRENT', components: 2 },
    ]);
  });

  it('marks the product-on-project dependency as friction, and finds it', () => {
    expect(view.edges).toContainEqual(
      expect.objectContaining({
        kind: 'DEPENDS_ON',
        source: 'team:crew',
        target: 'value-stream:platform',
        attributes: expect.arrayContaining([{ name: 'friction', value: 1, text: null }]),
      }),
    );
    // and the entry step sets a mode nothing prepares (second is prepared by first)
    expect(view.findings.map((f) => f.id)).toEqual([
      'product-depends-on-project:team:crew+value-stream:platform',
      'change-without-preparation:transformation-step:first',
    ]);
    expect(view.plan).toMatchObject({ criticalPath: ['first', 'second'], earliestFinishWeeks: 4 });
  });
});
