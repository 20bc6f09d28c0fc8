import type { ComponentData, DomainData, ProductData, StreamData, TeamData } from '@streamscape/graph';
import { coupling } from './coupling';
import {
  consolidationCandidates,
  conwayDependencyWithoutInteraction,
  conwayInteractionWithoutDependency,
  domainFindings,
  domainTeams,
  highCouplingBetweenSubStreams,
  orphanComponents,
  teamCognitiveLoad,
  variantFragmentation,
} from './domain-rules';
import { resolveThresholds } from './thresholds';

const t = resolveThresholds({ asOf: '2026-01-01' });

const stream = (id: string, over: Partial<StreamData> = {}): StreamData => ({
  id,
  name: null,
  parent: { kind: 'Domain', id: 'd' },
  type: 'DEVELOPMENT',
  operatingMode: null,
  targetOperatingMode: null,
  delivers: [],
  deliversTo: [],
  ...over,
});
const component = (
  id: string,
  streams: string[],
  owners: string[],
  over: Partial<ComponentData> = {},
): ComponentData => ({
  id,
  name: null,
  generation: null,
  builtIn: streams.map((s) => ({ stage: null, stream: s })),
  owners,
  dependsOn: [],
  dependedOnBy: [],
  ...over,
});
const team = (id: string, over: Partial<TeamData> = {}): TeamData => ({
  id,
  name: null,
  type: null,
  size: null,
  owns: [],
  worksOn: [],
  interactions: [],
  ...over,
});
const works = (...streams: string[]) =>
  streams.map((s) => ({ kind: 'ValueStream', id: s, stream: s, domain: s.startsWith('x-') ? 'x' : 'd' }));
const data = (over: Partial<DomainData>): DomainData => ({
  domain: { id: 'd', name: 'D', operatingMode: null, targetOperatingMode: null, obligations: [] },
  streams: [],
  stages: [],
  components: [],
  externalComponents: [],
  teams: [],
  products: [],
  integrationPoints: [],
  storedFindings: [],
  ...over,
});

describe('team rules', () => {
  it('count a team as the domain’s when it works there or owns one of its components', () => {
    const d = data({
      components: [component('c', ['s'], ['owner'])],
      teams: [
        team('worker', { worksOn: works('s') }),
        team('owner', { owns: ['c'] }),
        team('elsewhere', { worksOn: works('x-s') }),
      ],
    });
    expect(domainTeams(d).map((x) => x.id)).toEqual(['worker', 'owner']);
  });

  it('team-cognitive-load: components owned or streams worked on over the limits', () => {
    const owns = Array.from({ length: 13 }, (_, i) => `c${i}`);
    const findings = teamCognitiveLoad(
      [
        team('owner', { name: 'Owner', owns }),
        team('wanderer', { worksOn: works('a', 'b', 'c', 'x-d') }),
        team('both', { owns, worksOn: works('a', 'b', 'c', 'e') }),
        team('fine', { owns: owns.slice(1), worksOn: works('a', 'b', 'c') }),
      ],
      t,
    );
    expect(findings.map((f) => [f.about, f.title])).toEqual([
      [['team:owner'], 'Team Owner owns 13 components (limit 12)'],
      [['team:wanderer'], 'Team wanderer works on 4 streams (limit 3)'],
      [['team:both'], 'Team both owns 13 components (limit 12) and works on 4 streams (limit 3)'],
    ]);
  });
});

describe('conway mismatches', () => {
  it('dependency without interaction: one finding per team pair, across the domain boundary too', () => {
    const d = data({
      components: [
        component('a1', ['s'], ['alpha'], {
          dependsOn: [
            { id: 'b1', weight: 1 },
            { id: 'ext', weight: 1 },
          ],
        }),
        component('a2', ['s'], ['alpha'], { dependsOn: [{ id: 'b1', weight: 1 }] }),
        component('b1', ['s'], ['beta'], {
          dependedOnBy: [
            { id: 'a1', weight: 1 },
            { id: 'a2', weight: 1 },
          ],
        }),
        component('g1', ['s'], ['gamma'], { dependsOn: [{ id: 'a1', weight: 1 }] }),
      ],
      externalComponents: [{ id: 'ext', name: null, generation: null, owners: ['far'], domains: [] }],
      teams: [
        team('alpha', { owns: ['a1', 'a2'] }),
        team('beta', { owns: ['b1'] }),
        team('gamma', {
          owns: ['g1'],
          interactions: [
            { team: 'alpha', name: null, mode: 'COLLABORATION', outgoing: true, owns: 2, dependent: true },
          ],
        }),
        team('far', { owns: ['ext'] }),
      ],
    });
    expect(conwayDependencyWithoutInteraction(d).map((f) => [f.about, f.title])).toEqual([
      [
        ['team:alpha', 'team:beta', 'component:a1', 'component:a2', 'component:b1'],
        'Teams alpha and beta do not interact, yet a1 depends on b1 (and 1 more dependencies)',
      ],
      [
        ['team:alpha', 'team:far', 'component:a1', 'component:ext'],
        'Teams alpha and far do not interact, yet a1 depends on ext',
      ],
    ]);
  });

  it('interaction without dependency: collaborating owners only', () => {
    const interaction = (to: string, mode: string, dependent = false, owns = 1) => ({
      team: to,
      name: null,
      mode,
      outgoing: true,
      owns,
      dependent,
    });
    const findings = conwayInteractionWithoutDependency([
      team('b', { owns: ['x'], interactions: [interaction('a', 'COLLABORATION')] }),
      team('a', { owns: ['y'], interactions: [interaction('b', 'COLLABORATION')] }),
      team('c', {
        owns: ['z'],
        interactions: [
          interaction('p', 'X_AS_A_SERVICE'),
          interaction('e', 'COLLABORATION', false, 0),
          interaction('f', 'COLLABORATION', true),
        ],
      }),
    ]);
    expect(findings.map((f) => [f.id, f.about])).toEqual([
      ['conway-interaction-without-dependency:team:a+team:b', ['team:a', 'team:b']],
    ]);
  });
});

describe('structure rules', () => {
  const product = (id: string, variants: string[], deliveries: [string, string][] = []): ProductData => ({
    id,
    name: null,
    variants: variants.map((v) => ({ id: v, name: null })),
    generations: [],
    variantDeliveries: deliveries.map(([variant, s]) => ({ variant, stream: s, domain: 'd' })),
  });

  it('consolidation-candidate: siblings of one type sharing a product’s variants or enough components', () => {
    const v = (id: string) => ({ kind: 'Variant', id });
    const d = data({
      streams: [
        stream('compact', { delivers: [v('p-c')] }),
        stream('premium', { delivers: [v('p-p')] }),
        stream('ops', { type: 'OPERATIONAL', delivers: [v('p-o')] }),
        stream('sub', { parent: { kind: 'ValueStream', id: 'compact' }, delivers: [v('p-s')] }),
        stream('twin-a'),
        stream('twin-b'),
      ],
      products: [product('p', ['p-c', 'p-p', 'p-o', 'p-s'])],
      components: [
        component('shared1', ['twin-a', 'twin-b'], ['t']),
        component('shared2', ['twin-a', 'twin-b'], ['t']),
        component('one', ['compact', 'premium'], ['t']),
      ],
    });
    expect(consolidationCandidates(d, t).map((f) => f.about)).toEqual([
      [
        'value-stream:compact',
        'value-stream:premium',
        'product:p',
        'variant:p-c',
        'variant:p-p',
        'component:one',
      ],
      ['value-stream:twin-a', 'value-stream:twin-b', 'component:shared1', 'component:shared2'],
    ]);
    expect(consolidationCandidates(d, { ...t, minSharedComponents: 3 }).map((f) => f.about[0])).toEqual([
      'value-stream:compact',
    ]);
  });

  it('orphan-component', () => {
    const d = data({ components: [component('owned', ['s'], ['t']), component('lonely', ['s'], [])] });
    expect(orphanComponents(d).map((f) => f.about)).toEqual([['component:lonely']]);
  });

  it('variant-fragmentation: more streams than the limit deliver variants of one product', () => {
    const d = data({
      products: [
        product(
          'wide',
          ['w1', 'w2', 'w3', 'w4'],
          [
            ['w1', 's1'],
            ['w2', 's2'],
            ['w3', 's3'],
            ['w4', 's4'],
            ['w1', 's4'],
          ],
        ),
        product(
          'narrow',
          ['n1'],
          [
            ['n1', 's1'],
            ['n1', 's2'],
            ['n1', 's3'],
          ],
        ),
      ],
    });
    expect(variantFragmentation(d, t).map((f) => [f.about, f.title])).toEqual([
      [
        ['product:wide', 'value-stream:s1', 'value-stream:s2', 'value-stream:s3', 'value-stream:s4'],
        '4 variants of wide come from 4 streams in 1 domains (limit 3 streams)',
      ],
    ]);
  });

  it('high-coupling-between-sub-streams: density over the limit with enough weight', () => {
    const d = data({
      streams: [stream('a'), stream('b'), stream('c')],
      components: [
        component('a1', ['a'], ['t'], {
          dependsOn: [
            { id: 'b1', weight: 3 },
            { id: 'c1', weight: 1 },
          ],
        }),
        component('b1', ['b'], ['t']),
        component('c1', ['c'], ['t']),
      ],
    });
    const result = coupling(d.streams, d.components);
    expect(highCouplingBetweenSubStreams(d, result, t).map((f) => [f.about, f.title])).toEqual([
      [
        ['value-stream:a', 'value-stream:b'],
        '75 % of the dependency weight around a and b runs between them (weight 3, limit 30 %)',
      ],
    ]);
    expect(highCouplingBetweenSubStreams(d, result, { ...t, minCouplingWeight: 4 })).toEqual([]);
  });

  it('domainFindings runs every domain rule', () => {
    const d = data({ components: [component('lonely', ['s'], [])], streams: [stream('s')] });
    expect(domainFindings(d, coupling(d.streams, d.components), t).map((f) => f.rule)).toEqual([
      'orphan-component',
    ]);
  });
});
