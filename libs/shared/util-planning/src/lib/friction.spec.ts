import {
  changeWithoutPreparation,
  type FrictionFacts,
  frictionFindings,
  nextGenerationOnLegacy,
  productDependsOnProject,
} from './friction';

const EMPTY: FrictionFacts = {
  holders: [],
  modeDependencies: [],
  components: [],
  componentDependencies: [],
  steps: [],
  context: {},
};

const ids = (findings: readonly { id: string }[]) => findings.map((f) => f.id);

describe('product-depends-on-project', () => {
  const facts = (toMode: string | null): FrictionFacts => ({
    ...EMPTY,
    holders: [
      { ref: 'value-stream:ota', name: 'OTA', mode: 'PRODUCT' },
      { ref: 'value-stream:body', name: 'Body', mode: toMode },
      { ref: 'team:ota', name: 'OTA team', mode: 'PRODUCT' },
      { ref: 'team:gateway', name: 'Gateway team', mode: 'PROJECT' },
    ],
    modeDependencies: [
      {
        from: 'value-stream:ota',
        to: 'value-stream:body',
        via: 'COMPONENT',
        evidence: ['component:orchestrator', 'component:gateway'],
      },
      {
        from: 'value-stream:ota',
        to: 'value-stream:body',
        via: 'INTEGRATION_POINT',
        evidence: ['integration-point:vehicle-build'],
      },
      // the reverse direction is project on product: not friction by this rule
      {
        from: 'team:gateway',
        to: 'team:ota',
        via: 'COMPONENT',
        evidence: ['component:gateway', 'component:orchestrator'],
      },
    ],
  });

  it('finds a product-mode stream depending on a project-mode one, once per pair', () => {
    const found = productDependsOnProject(facts('PROJECT'));
    expect(found).toEqual([
      {
        id: 'product-depends-on-project:value-stream:ota+value-stream:body',
        rule: 'product-depends-on-project',
        source: 'rule:product-depends-on-project',
        kind: 'WEAKNESS',
        severity: 'HIGH',
        status: 'OPEN',
        title:
          'OTA (product mode) depends on Body (project mode) through 1 component dependency and 1 integration point',
        description: expect.any(String),
        about: [
          'value-stream:ota',
          'value-stream:body',
          'component:gateway',
          'component:orchestrator',
          'integration-point:vehicle-build',
        ],
      },
    ]);
  });

  it('finds teams too, and nothing when the other side is not in project mode', () => {
    const teams: FrictionFacts = {
      ...EMPTY,
      holders: facts('PROJECT').holders,
      modeDependencies: [{ from: 'team:ota', to: 'team:gateway', via: 'COMPONENT', evidence: [] }],
    };
    expect(ids(productDependsOnProject(teams))).toEqual(['product-depends-on-project:team:ota+team:gateway']);
    expect(productDependsOnProject(facts('HYBRID'))).toEqual([]);
    expect(productDependsOnProject(facts(null))).toEqual([]);
  });
});

describe('next-generation-on-legacy', () => {
  const facts = (generation: string): FrictionFacts => ({
    ...EMPTY,
    components: [
      { ref: 'component:sbw-actuator', name: 'SbW actuator', generation: 'NEXT' },
      { ref: 'component:torque-sensor', name: 'Torque sensor', generation },
    ],
    componentDependencies: [
      { from: 'component:sbw-actuator', to: 'component:torque-sensor' },
      // legacy on next is the normal direction of renewal
      { from: 'component:torque-sensor', to: 'component:sbw-actuator' },
    ],
  });

  it('finds a next-generation component on a legacy one', () => {
    expect(nextGenerationOnLegacy(facts('LEGACY'))).toEqual([
      expect.objectContaining({
        id: 'next-generation-on-legacy:component:sbw-actuator+component:torque-sensor',
        about: ['component:sbw-actuator', 'component:torque-sensor'],
        title: 'SbW actuator (next generation) depends on Torque sensor (legacy)',
      }),
    ]);
  });

  it('finds nothing when the dependency is current', () => {
    expect(nextGenerationOnLegacy(facts('CURRENT'))).toEqual([]);
  });
});

describe('change-without-preparation', () => {
  const base: FrictionFacts = {
    ...EMPTY,
    steps: [
      {
        ref: 'transformation-step:fund',
        id: 'fund',
        name: 'Fund',
        status: 'planned',
        requires: [],
        touches: ['domain:drive'],
      },
      {
        ref: 'transformation-step:mid',
        id: 'mid',
        name: 'Mid',
        status: 'planned',
        requires: ['fund'],
        touches: [],
      },
      {
        ref: 'transformation-step:shift',
        id: 'shift',
        name: 'Shift left',
        status: 'planned',
        requires: ['mid'],
        touches: ['stage:drive-hil', 'component:cloud-app'],
      },
      {
        ref: 'transformation-step:old',
        id: 'old',
        name: 'Old',
        status: 'done',
        requires: [],
        touches: ['team:x'],
      },
    ],
    context: {
      'domain:drive': ['enterprise:acme'],
      'stage:drive-hil': ['value-stream:drive', 'domain:drive', 'enterprise:acme'],
      'component:cloud-app': ['value-stream:cloud', 'domain:cloud', 'enterprise:acme'],
    },
  };

  it('finds what no required step (directly or through others) prepares; a container prepares what it holds', () => {
    expect(changeWithoutPreparation(base)).toEqual([
      // an entry step is prepared by nothing; a done one is not judged
      expect.objectContaining({
        id: 'change-without-preparation:transformation-step:fund',
        about: ['transformation-step:fund', 'domain:drive'],
      }),
      expect.objectContaining({
        id: 'change-without-preparation:transformation-step:shift',
        about: ['transformation-step:shift', 'component:cloud-app'],
      }),
    ]);
  });

  it('finds nothing when a required step touches the node or what contains it', () => {
    const prepared: FrictionFacts = {
      ...base,
      steps: [
        {
          ref: 'transformation-step:map',
          id: 'map',
          name: 'Map',
          status: 'done',
          requires: [],
          touches: ['enterprise:acme'],
        },
        ...base.steps.map((s) => (s.id === 'fund' ? { ...s, requires: ['map'] } : s)),
      ],
    };
    expect(changeWithoutPreparation(prepared)).toEqual([]);
  });
});

describe('frictionFindings', () => {
  it('adds one finding per plan cycle, naming its steps, most severe first', () => {
    const facts: FrictionFacts = {
      ...EMPTY,
      steps: [
        {
          ref: 'transformation-step:a',
          id: 'a',
          name: 'Step A',
          status: 'done',
          requires: ['b'],
          touches: [],
        },
        {
          ref: 'transformation-step:b',
          id: 'b',
          name: 'Step B',
          status: 'done',
          requires: ['a'],
          touches: [],
        },
      ],
      components: [
        { ref: 'component:n', name: 'N', generation: 'NEXT' },
        { ref: 'component:l', name: 'L', generation: 'LEGACY' },
      ],
      componentDependencies: [{ from: 'component:n', to: 'component:l' }],
    };
    const found = frictionFindings(facts, [['a', 'b']]);
    expect(found.map((f) => [f.id, f.severity])).toEqual([
      ['plan-cycle:transformation-step:a+transformation-step:b', 'HIGH'],
      ['next-generation-on-legacy:component:n+component:l', 'MEDIUM'],
    ]);
    expect(found[0].title).toBe('2 steps require each other in a circle: Step A, Step B');
    expect(frictionFindings(EMPTY)).toEqual([]);
  });
});
