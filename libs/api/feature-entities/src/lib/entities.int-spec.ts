import { join } from 'node:path';
import { Role } from '@streamscape/api-graphql';
import { rows, toSafeNumber, type Graph, type Tx } from '@streamscape/graph';
import { connectTestGraph, resetGraph } from '@streamscape/graph/testing';
import { GraphHost } from '@streamscape/graph-nest';
import { importLandscape } from '@streamscape/landscape-io';
import { startTestApi, type GraphQLAnswer, type TestApi } from '../testing/test-api';

const MINI = join(__dirname, '../../../feature-landscape-io/src/fixtures/mini');

let graph: Graph;
let api: TestApi;

async function seed(): Promise<void> {
  await resetGraph(graph);
  const result = await importLandscape(graph, [MINI]);
  if (!result.ok) throw new Error(`seeding failed: ${JSON.stringify(result.problems)}`);
}

/** The answer's data, failing with its errors when there are any. */
function dataOf(answer: GraphQLAnswer) {
  if (answer.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(answer.errors, null, 2)}`);
  return answer.data;
}

/** The one error of an answer. */
function errorOf(answer: GraphQLAnswer) {
  expect(answer.errors).toHaveLength(1);
  return answer.errors![0];
}

const count = async (tx: Tx, cypher: string) =>
  toSafeNumber((await rows<{ n: unknown }>(tx, cypher))[0].n, 'count');

beforeAll(async () => {
  graph = await connectTestGraph();
  api = await startTestApi();
});

afterAll(async () => {
  await api?.close();
  await resetGraph(graph);
  await graph?.close();
});

describe('reading entities', () => {
  beforeAll(seed);

  it('answers a value stream by id with its scalar, group and reference fields', async () => {
    const data = dataOf(
      await api.request(`{
        valueStream(id: "edu-stream") {
          __typename id kind name description tags type operatingMode targetOperatingMode
          canvas { purpose customers trigger valueHandover boundaries }
          partOf { __typename id name }
          delivers { __typename id }
          deliversTo { id level }
        }
        missing: valueStream(id: "nowhere") { id }
      }`),
    );
    expect(data).toEqual({
      valueStream: {
        __typename: 'ValueStream',
        id: 'edu-stream',
        kind: 'ValueStream',
        name: 'Electric drive',
        description: null,
        tags: [],
        type: 'DEVELOPMENT',
        operatingMode: 'PROJECT',
        targetOperatingMode: 'HYBRID',
        canvas: {
          purpose: 'Drive units for every platform',
          customers: ['Vehicle programs', 'Aftersales'],
          trigger: 'Vehicle program start',
          valueHandover: 'Released drive unit at vehicle integration',
          boundaries: 'From concept to SOP',
        },
        partOf: { __typename: 'Domain', id: 'powertrain', name: 'Powertrain' },
        // by name: "EDU long range" sorts before "Electric drive unit"
        delivers: [
          { __typename: 'Variant', id: 'edu-long-range' },
          { __typename: 'Product', id: 'edu' },
        ],
        deliversTo: [{ id: 'vehicle-ip', level: 'PRODUCT' }],
      },
      missing: null,
    });
  });

  it('gives integers, numbers and dates as such, and items with their properties', async () => {
    const data = dataOf(
      await api.request(`{
        stage(id: "edu-build") { order wipLimit activities integrationLevel qualityGate }
        budget(id: "pt-2026") { fiscalYear amount currency model providedBy { id } funds { __typename id } }
        generation(id: "edu-gen1") { status endOfLife of { id } }
        domain(id: "powertrain") { obligations { kind target { __typename id } } }
        component(id: "inverter-sw") { generation dependsOn { component { id } weight } }
        team(id: "alpha") { type size interactsWith { team { id } mode } memberOf { id } }
        transformationStep(id: "fund-as-product") {
          status effortWeeks plannedStart initiative { id } requiredBy { id }
          sets { target { __typename id } field value }
        }
        finding(id: "late-integration") { findingKind severity status about { __typename id } }
        kpi(id: "edu-lead-time") { metric window target { value direction } scope { __typename id } keyResults { id } }
        keyResult(id: "lead-time-2w") { target { value by } objective { id } kpi { id } }
      }`),
    );
    expect(data).toEqual({
      stage: {
        order: 1,
        wipLimit: 12,
        activities: ['design', 'code', 'unit test'],
        integrationLevel: 'COMPONENT',
        qualityGate: 'Unit tests green',
      },
      budget: {
        fiscalYear: 2026,
        amount: 12500000.5,
        currency: 'EUR',
        model: 'PROJECT',
        providedBy: { id: 'rnd' },
        funds: [
          { __typename: 'ValueStream', id: 'edu-stream' },
          { __typename: 'Domain', id: 'powertrain' },
          { __typename: 'Team', id: 'alpha' },
        ],
      },
      generation: { status: 'LEGACY', endOfLife: '2031-12-31', of: { id: 'edu' } },
      domain: {
        obligations: [
          { kind: 'MAINTAIN', target: { __typename: 'Generation', id: 'edu-gen1' } },
          { kind: 'DELIVER', target: { __typename: 'Product', id: 'edu' } },
          { kind: 'INTEGRATE', target: { __typename: 'IntegrationPoint', id: 'vehicle-ip' } },
        ],
      },
      component: {
        generation: 'CURRENT',
        dependsOn: [
          { component: { id: 'can-stack' }, weight: 3 },
          { component: { id: 'motor-ctrl' }, weight: null },
        ],
      },
      team: {
        type: 'STREAM_ALIGNED',
        size: 7,
        interactsWith: [{ team: { id: 'beta' }, mode: 'COLLABORATION' }],
        memberOf: { id: 'rnd-munich' },
      },
      transformationStep: {
        status: 'PLANNED',
        effortWeeks: 6,
        plannedStart: '2027-01-15',
        initiative: { id: 'product-mode' },
        requiredBy: [{ id: 'form-teams' }],
        sets: [
          { target: { __typename: 'Domain', id: 'powertrain' }, field: 'operatingMode', value: 'product' },
        ],
      },
      finding: {
        findingKind: 'WEAKNESS',
        severity: 'HIGH',
        status: 'OPEN',
        about: [
          { __typename: 'ValueStream', id: 'edu-stream' },
          { __typename: 'Stage', id: 'edu-system' },
        ],
      },
      kpi: {
        metric: 'LEAD_TIME_FOR_CHANGES',
        window: 'P90D',
        target: { value: 14, direction: 'DOWN' },
        scope: { __typename: 'ValueStream', id: 'edu-stream' },
        keyResults: [{ id: 'lead-time-2w' }],
      },
      keyResult: {
        target: { value: 14, by: '2027-06-30' },
        objective: { id: 'faster' },
        kpi: { id: 'edu-lead-time' },
      },
    });
  });

  it('drills from the enterprise down to stages, and back up through inverse fields', async () => {
    const data = dataOf(
      await api.request(`{
        enterprise(id: "acme") {
          orgUnits { id subUnits { id teams { id } } budgets { id } }
          domains {
            id budgets { id } responsibleFor { id }
            valueStreams { id stages { id order } subStreams { id partOf { id } } teams { id } }
          }
        }
        stage(id: "edu-system") {
          valueStream { id } flowsFrom { id } integrationPoints { id }
          feedbackTo { stage { id } delayDays }
        }
        component(id: "motor-ctrl") { ownedBy { id } dependents { id } parts { id } builtIn { id } }
        product(id: "edu") { variants { id } generations { id } deliveredBy { id } }
        initiative(id: "product-mode") { owner { __typename id } steps { id } }
      }`),
    );
    expect(data).toEqual({
      enterprise: {
        orgUnits: [
          {
            id: 'rnd',
            subUnits: [{ id: 'rnd-munich', teams: [{ id: 'alpha' }] }],
            budgets: [{ id: 'pt-2026' }],
          },
        ],
        domains: [
          {
            id: 'powertrain',
            budgets: [{ id: 'pt-2026' }],
            responsibleFor: [{ id: 'vehicle-ip' }],
            valueStreams: [
              {
                id: 'edu-stream',
                stages: [
                  { id: 'edu-build', order: 1 },
                  { id: 'edu-system', order: 2 },
                ],
                subStreams: [{ id: 'inverter', partOf: { id: 'edu-stream' } }],
                teams: [{ id: 'alpha' }],
              },
            ],
          },
        ],
      },
      stage: {
        valueStream: { id: 'edu-stream' },
        flowsFrom: [{ id: 'edu-build' }],
        integrationPoints: [{ id: 'vehicle-ip' }],
        feedbackTo: [{ stage: { id: 'edu-build' }, delayDays: 9.5 }],
      },
      component: {
        ownedBy: [{ id: 'beta' }],
        dependents: [{ id: 'inverter-sw' }],
        parts: [{ id: 'can-stack' }],
        builtIn: [{ id: 'edu-build' }],
      },
      product: {
        variants: [{ id: 'edu-long-range' }],
        generations: [{ id: 'edu-gen1' }],
        deliveredBy: [{ id: 'edu-stream' }],
      },
      initiative: {
        owner: { __typename: 'OrgUnit', id: 'rnd' },
        steps: [{ id: 'form-teams' }, { id: 'fund-as-product' }],
      },
    });
  });

  it('lists by name then id, page by page, with totalCount and pageInfo', async () => {
    const page = (after?: string) =>
      api.request(
        `query Page($after: String) {
          components(first: 2, after: $after) {
            totalCount
            edges { cursor node { id name } }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }`,
        { after },
      );
    const first = dataOf(await page()).components;
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(['can-stack', 'inverter-sw']);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(first.pageInfo.endCursor).toBe(first.edges[1].cursor);

    const second = dataOf(await page(first.pageInfo.endCursor)).components;
    expect(second.totalCount).toBe(3);
    expect(second.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(['motor-ctrl']);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('filters lists by name, tags and parent', async () => {
    const ids = async (query: string) => {
      const data = dataOf(await api.request(`{ list: ${query} { totalCount edges { node { id } } } }`));
      return data.list.edges.map((e: { node: { id: string } }) => e.node.id);
    };
    expect(await ids('components(filter: {search: "CONTROL"})')).toEqual(['motor-ctrl']);
    expect(await ids('domains(filter: {tags: ["ev", "core"]})')).toEqual(['powertrain']);
    expect(await ids('domains(filter: {tags: ["ev", "nope"]})')).toEqual([]);
    expect(await ids('valueStreams(filter: {parent: "powertrain"})')).toEqual(['edu-stream']);
    expect(await ids('valueStreams(filter: {parent: "value-stream:edu-stream"})')).toEqual(['inverter']);
    expect(await ids('valueStreams(filter: {parent: "domain:edu-stream"})')).toEqual([]);
    expect(await ids('stages(filter: {parent: "edu-stream", search: "system"})')).toEqual(['edu-system']);
    expect(await ids('budgets(filter: {parent: "rnd"})')).toEqual(['pt-2026']);
    expect(await ids('orgUnits(filter: {parent: "enterprise:acme"})')).toEqual(['rnd']);
    expect(await ids('kpis(filter: {parent: "value-stream:edu-stream"})')).toEqual(['edu-lead-time']);
  });

  it('refuses a parent of the wrong kind, a page too large and a foreign cursor, naming the argument', async () => {
    const wrongKind = errorOf(
      await api.request('{ valueStreams(filter: {parent: "team:alpha"}) { totalCount } }'),
    );
    expect(wrongKind.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          field: 'filter.parent',
          message: '"team:alpha" refers to a team, but this field takes domain or value-stream',
        },
      ],
    });
    const tooMany = errorOf(await api.request('{ teams(first: 501) { totalCount } }'));
    expect(tooMany.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooMany.extensions?.fields?.[0].field).toBe('first');
    const cursor = errorOf(await api.request('{ teams(after: "bm9wZQ") { totalCount } }'));
    expect(cursor.extensions?.fields?.[0]).toEqual({
      field: 'after',
      message: 'after is not a cursor of this list',
    });
  });

  it('resolves a nested query with one Cypher round trip per relationship field and level', async () => {
    // more domains, streams and stages, so that batching shows: still one read per level
    for (const d of [1, 2, 3]) {
      dataOf(
        await api.request(
          `mutation { createDomain(input: {id: "d${d}", name: "Domain ${d}", partOf: "acme"}) { id } }`,
        ),
      );
      for (const s of [1, 2]) {
        dataOf(
          await api.request(
            `mutation { createValueStream(input: {id: "d${d}-s${s}", name: "Stream ${d}.${s}", partOf: "domain:d${d}"}) { id } }`,
          ),
        );
        dataOf(
          await api.request(
            `mutation { createStage(input: {id: "d${d}-s${s}-a", name: "Stage", valueStream: "d${d}-s${s}", order: 1}) { id } }`,
          ),
        );
      }
    }
    const host = api.app.get(GraphHost);
    const reads: { operation: string; statements: number }[] = [];
    const read = host.read.bind(host);
    const spy = jest.spyOn(host, 'read').mockImplementation((operation, work, options) =>
      read(
        operation,
        (tx) => {
          const entry = { operation, statements: 0 };
          reads.push(entry);
          const counted = new Proxy(tx, {
            get: (target, key) =>
              key === 'run'
                ? (cypher: string, params?: Record<string, unknown>) => {
                    entry.statements++;
                    return target.run(cypher, params);
                  }
                : Reflect.get(target, key, target),
          });
          return work(counted);
        },
        options,
      ),
    );
    try {
      const data = dataOf(
        await api.request(`{
          domains(first: 50) { totalCount edges { node { id valueStreams { id stages { id } } } } }
        }`),
      );
      expect(data.domains.totalCount).toBe(4);
      const streams = data.domains.edges.flatMap(
        (e: { node: { valueStreams: unknown[] } }) => e.node.valueStreams,
      );
      expect(streams).toHaveLength(7);
      expect(reads).toEqual([
        { operation: 'entities: domains', statements: 1 },
        { operation: 'entities: Domain.valueStreams', statements: 1 },
        { operation: 'entities: ValueStream.stages', statements: 1 },
      ]);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('writing entities', () => {
  beforeEach(seed);

  const CREATE_STREAM = `mutation Create($input: ValueStreamInput!) {
    createValueStream(input: $input) {
      id name description tags type operatingMode canvas { purpose customers } partOf { __typename id }
      delivers { id } deliversTo { id }
    }
  }`;

  it('creates an entity with its relationships and returns it', async () => {
    const created = dataOf(
      await api.request(CREATE_STREAM, {
        input: {
          id: 'battery',
          name: 'Battery',
          tags: ['ev'],
          partOf: 'domain:powertrain',
          type: 'DEVELOPMENT',
          operatingMode: 'PRODUCT',
          canvas: { purpose: 'Packs', customers: ['Vehicle programs'] },
          delivers: ['product:edu'],
          deliversTo: ['vehicle-ip'],
        },
      }),
    ).createValueStream;
    expect(created).toEqual({
      id: 'battery',
      name: 'Battery',
      description: null,
      tags: ['ev'],
      type: 'DEVELOPMENT',
      operatingMode: 'PRODUCT',
      canvas: { purpose: 'Packs', customers: ['Vehicle programs'] },
      partOf: { __typename: 'Domain', id: 'powertrain' },
      delivers: [{ id: 'edu' }],
      deliversTo: [{ id: 'vehicle-ip' }],
    });
    const read = dataOf(await api.request('{ domain(id: "powertrain") { valueStreams { id } } }'));
    expect(read.domain.valueStreams).toEqual([{ id: 'battery' }, { id: 'edu-stream' }]);
  });

  it('creates items with their properties and reverse relationships', async () => {
    const data = dataOf(
      await api.request(`mutation {
        createComponent(input: {id: "bms", name: "BMS", generation: NEXT, dependsOn: [{component: "can-stack", weight: 2}]}) {
          dependsOn { component { id } weight }
        }
        createBudget(input: {id: "b-27", name: "2027", fiscalYear: 2027, amount: 5, currency: "EUR", model: PRODUCT,
          funds: ["domain:powertrain"], providedBy: "rnd"}) { providedBy { id } funds { id } }
      }`),
    );
    expect(data.createComponent.dependsOn).toEqual([{ component: { id: 'can-stack' }, weight: 2 }]);
    expect(data.createBudget).toEqual({ providedBy: { id: 'rnd' }, funds: [{ id: 'powertrain' }] });
    const rnd = dataOf(await api.request('{ orgUnit(id: "rnd") { budgets { id } } }'));
    expect(rnd.orgUnit.budgets).toEqual([{ id: 'b-27' }, { id: 'pt-2026' }]);
  });

  it('refuses dangling and wrong-kind references, bad ids and bad dates with field-level errors', async () => {
    const answer = await api.request(CREATE_STREAM, {
      input: { id: 'battery', name: 'Battery', partOf: 'domain:nowhere', delivers: ['team:alpha'] },
    });
    const error = errorOf(answer);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.fields).toEqual([
      {
        field: 'input.delivers[0]',
        message: '"team:alpha" refers to a team, but this field takes product or variant',
      },
      { field: 'input.partOf', message: 'dangling reference: no Domain with id "nowhere"' },
    ]);
    expect(error.message).toMatch(/^Invalid ValueStream: input\.delivers\[0\]: /);

    const id = errorOf(
      await api.request(CREATE_STREAM, { input: { id: 'Bad Id', name: 'Bad', partOf: 'domain:powertrain' } }),
    );
    expect(id.extensions?.fields).toEqual([
      {
        field: 'input.id',
        message: 'an id: lower-case letters, digits and dashes, starting with a letter or digit',
      },
    ]);

    const obligation = errorOf(
      await api.request(`mutation {
        createDomain(input: {id: "chassis", name: "Chassis", partOf: "acme",
          obligations: [{kind: MAINTAIN, target: "product:nope"}]}) { id }
      }`),
    );
    expect(obligation.extensions?.fields).toEqual([
      { field: 'input.obligations[0].target', message: 'dangling reference: no Product with id "nope"' },
    ]);

    const date = errorOf(
      await api.request(
        'mutation { createGeneration(input: {id: "g2", name: "Gen 2", of: "edu", endOfLife: "soon"}) { id } }',
      ),
    );
    expect(date.extensions?.fields).toEqual([
      { field: 'input.endOfLife', message: 'ISO 8601 date (YYYY-MM-DD)' },
    ]);
    const streams = await graph.read('test', (tx) => count(tx, 'MATCH (n:ValueStream) RETURN count(n) AS n'));
    expect(streams).toBe(2);
  });

  it('refuses a bad enum value and a missing required field before running, naming them', async () => {
    const badEnum = errorOf(
      await api.request(CREATE_STREAM, {
        input: { id: 'x', name: 'X', partOf: 'domain:powertrain', type: 'FAST' },
      }),
    );
    expect(badEnum.extensions?.code).toBe('BAD_USER_INPUT');
    expect(badEnum.message).toContain('Value "FAST" does not exist in "ValueStreamType" enum');

    const missing = errorOf(await api.request(CREATE_STREAM, { input: { id: 'x', name: 'X' } }));
    expect(missing.extensions?.code).toBe('BAD_USER_INPUT');
    expect(missing.message).toContain('Field "partOf" of required type "String!" was not provided');
  });

  it('refuses a duplicate id with CONFLICT', async () => {
    const error = errorOf(
      await api.request(CREATE_STREAM, {
        input: { id: 'edu-stream', name: 'Again', partOf: 'domain:powertrain' },
      }),
    );
    expect(error).toMatchObject({
      message: 'A ValueStream with id "edu-stream" already exists',
      extensions: { code: 'CONFLICT' },
    });
  });

  it('updates only the fields a patch gives; null removes a field', async () => {
    const data = dataOf(
      await api.request(`mutation {
        updateValueStream(id: "edu-stream", input: {name: "E-drive", targetOperatingMode: null,
          canvas: {purpose: "Drive units", trigger: null}, deliversTo: []}) {
          name type operatingMode targetOperatingMode
          canvas { purpose customers trigger valueHandover }
          partOf { id } delivers { id } deliversTo { id } stages { id } subStreams { id }
        }
      }`),
    );
    expect(data.updateValueStream).toEqual({
      name: 'E-drive',
      type: 'DEVELOPMENT',
      operatingMode: 'PROJECT',
      targetOperatingMode: null,
      canvas: {
        purpose: 'Drive units',
        customers: ['Vehicle programs', 'Aftersales'],
        trigger: null,
        valueHandover: 'Released drive unit at vehicle integration',
      },
      partOf: { id: 'powertrain' },
      delivers: [{ id: 'edu-long-range' }, { id: 'edu' }],
      deliversTo: [],
      stages: [{ id: 'edu-build' }, { id: 'edu-system' }],
      subStreams: [{ id: 'inverter' }],
    });
  });

  it('reads relationships afresh after each mutation of one request', async () => {
    const data = dataOf(
      await api.request(`mutation {
        moved: updateStage(id: "edu-build", input: {valueStream: "inverter"}) { valueStream { id } }
        back: updateStage(id: "edu-build", input: {valueStream: "edu-stream"}) { valueStream { id } }
      }`),
    );
    expect(data).toEqual({
      moved: { valueStream: { id: 'inverter' } },
      back: { valueStream: { id: 'edu-stream' } },
    });
  });

  it('refuses to remove a required field, a partOf cycle and an unknown id', async () => {
    const required = errorOf(
      await api.request('mutation { updateStage(id: "edu-build", input: {valueStream: null}) { id } }'),
    );
    expect(required.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.valueStream', message: 'missing required field' }],
    });

    const cycle = errorOf(
      await api.request(
        'mutation { updateValueStream(id: "edu-stream", input: {partOf: "value-stream:inverter"}) { id } }',
      ),
    );
    expect(cycle.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          field: 'input.partOf',
          message: 'partOf cycle: ValueStream:edu-stream -> ValueStream:inverter -> ValueStream:edu-stream',
        },
      ],
    });

    const unknown = errorOf(
      await api.request('mutation { updateTeam(id: "nobody", input: {size: 3}) { id } }'),
    );
    expect(unknown).toMatchObject({ message: 'No Team with id "nobody"', extensions: { code: 'NOT_FOUND' } });
  });

  it('refuses to delete what others refer to, naming them, and deletes it with cascade', async () => {
    const refused = errorOf(await api.request('mutation { deleteValueStream(id: "edu-stream") { id } }'));
    expect(refused.extensions?.code).toBe('CONFLICT');
    expect(refused.message).toBe(
      'ValueStream "edu-stream" is still referenced by 7 entities (1 Budget, 1 ValueStream, 2 Stage, 1 Team, 1 Kpi, 1 Finding) ' +
        'and 5 facts (1 Deployment, 1 Incident, 3 WorkItem). Remove those references first, or delete with cascade: true ' +
        'to remove the ValueStream with its relationships (what referred to it stays).',
    );

    const deleted = dataOf(
      await api.request('mutation { deleteValueStream(id: "edu-stream", cascade: true) { id name } }'),
    );
    expect(deleted.deleteValueStream).toEqual({ id: 'edu-stream', name: 'Electric drive' });
    const after = dataOf(
      await api.request(
        '{ valueStream(id: "edu-stream") { id } stage(id: "edu-build") { id valueStream { id } } }',
      ),
    );
    expect(after).toEqual({ valueStream: null, stage: { id: 'edu-build', valueStream: null } });
    const workItems = await graph.read('test', (tx) => count(tx, 'MATCH (w:WorkItem) RETURN count(w) AS n'));
    expect(workItems).toBe(4);
  });

  it('deletes an entity nothing refers to, and answers NOT_FOUND for an unknown one', async () => {
    const deleted = dataOf(
      await api.request('mutation { deleteIntegrationPoint(id: "orphan-ip") { id level } }'),
    );
    expect(deleted.deleteIntegrationPoint).toEqual({ id: 'orphan-ip', level: 'SYSTEM' });
    const again = errorOf(await api.request('mutation { deleteIntegrationPoint(id: "orphan-ip") { id } }'));
    expect(again.extensions?.code).toBe('NOT_FOUND');
  });

  it('lets viewers read, architects edit structure and transformation leads edit the plan', async () => {
    expect(dataOf(await api.request('{ stages { totalCount } }', {}, [Role.VIEWER])).stages.totalCount).toBe(
      2,
    );
    const stage = 'mutation { updateStage(id: "edu-build", input: {wipLimit: 8}) { wipLimit } }';
    expect(errorOf(await api.request(stage, {}, [Role.VIEWER])).extensions?.code).toBe('FORBIDDEN');
    // editors hold the viewer role too, as relationship fields of what a mutation returns are reads
    expect(dataOf(await api.request(stage, {}, [Role.VIEWER, Role.ARCHITECT])).updateStage).toEqual({
      wipLimit: 8,
    });
    const decision = `mutation { createDecision(input: {id: "d-1", name: "Fund", date: "2027-01-01", outcome: "yes",
      about: ["domain:powertrain"]}) { id about { id } } }`;
    expect(errorOf(await api.request(decision, {}, [Role.VIEWER, Role.ARCHITECT])).extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(
      dataOf(await api.request(decision, {}, [Role.VIEWER, Role.TRANSFORMATION_LEAD])).createDecision,
    ).toEqual({
      id: 'd-1',
      about: [{ id: 'powertrain' }],
    });
  });
});
