import { Logger } from '@nestjs/common';
import { ApiErrorCode } from '@streamscape/api-graphql';
import { CypherConsoleError, type Graph, graphFingerprint, runConsoleQuery } from '@streamscape/graph';
import type { GraphHost } from '@streamscape/graph-nest';
import { connectTestGraph, resetGraph } from '@streamscape/graph/testing';
import { connectTestHost, importAnalysesLandscape } from '../../testing/analyses-landscape';
import { CypherConsoleService } from './cypher-console.service';

let graph: Graph;
let host: GraphHost;
let cypher: CypherConsoleService;

beforeAll(async () => {
  Logger.overrideLogger(['error', 'warn']);
  graph = await connectTestGraph();
  await resetGraph(graph);
  await importAnalysesLandscape(graph);
  host = await connectTestHost();
  cypher = new CypherConsoleService(host, { console: { timeoutMs: 5_000, maxRows: 1_000 } });
});

afterAll(async () => {
  await host?.onApplicationShutdown();
  await resetGraph(graph);
  await graph?.close();
});

const fingerprint = () => graph.read('test: fingerprint', graphFingerprint);

describe('the Cypher console', () => {
  it('answers columns and rows, with parameters (whole numbers as integers)', async () => {
    const result = await cypher.run({
      query:
        'MATCH (c:Component) WHERE c.id STARTS WITH $prefix RETURN c.id AS id, c.name AS name ORDER BY id LIMIT $n',
      params: { prefix: 'm', n: 5 },
    });
    expect(result).toMatchObject({
      columns: ['id', 'name'],
      rows: [
        ['maps', 'Maps'],
        ['motor-ctrl', 'Motor control'],
      ],
      truncated: false,
    });
    expect(result.elapsedMs).toBeGreaterThanOrEqual(0);
  });

  it('answers nodes, relationships, paths, numbers and dates as JSON', async () => {
    const { rows } = await cypher.run({
      query: `MATCH p = (t:Team {id: 'alpha'})-[r:OWNS]->(c:Component)
MATCH (g:Generation {id: 'edu-gen1'})
RETURN t, r, p, t.size AS size, g.endOfLife AS endOfLife, 9007199254740993 AS big`,
    });
    const [team, owns, path, size, endOfLife, big] = rows[0] as [
      { id: string; labels: string[]; properties: Record<string, unknown> },
      { id: string; type: string; start: string; end: string },
      { nodes: { id: string }[]; relationships: { id: string }[] },
      number,
      string,
      string,
    ];
    expect(team).toMatchObject({
      labels: ['Team'],
      properties: { id: 'alpha', name: 'Team Alpha', size: 7 },
    });
    expect(typeof team.id).toBe('string');
    expect(owns).toMatchObject({ type: 'OWNS', start: team.id });
    expect(path.nodes.map((n) => n.id)).toEqual([team.id, owns.end]);
    expect(path.relationships.map((r) => r.id)).toEqual([owns.id]);
    expect([size, endOfLife, big]).toEqual([7, '2031-12-31', '9007199254740993']);
  });

  it.each([
    ['CREATE', "CREATE (:Component {id: 'intruder'})"],
    ['MERGE', "MERGE (c:Component {id: 'intruder'}) RETURN c"],
    ['DELETE', 'MATCH (n) DETACH DELETE n'],
    ['SET', "MATCH (c:Component) SET c.name = 'x'"],
    ['REMOVE', 'MATCH (c:Component) REMOVE c.name'],
    ['FOREACH', "FOREACH (i IN [1] | CREATE (:Component {id: 'intruder'}))"],
    ['a subquery in transactions', 'MATCH (c) CALL { WITH c SET c.x = 1 } IN TRANSACTIONS RETURN 1'],
    ['a writing procedure', "CALL db.createLabel('Intruder')"],
    ['a schema change', 'CREATE INDEX intruder FOR (c:Component) ON (c.name)'],
    ['a dropped constraint', 'DROP CONSTRAINT component_id_unique'],
    ['an administrative procedure', 'CALL db.clearQueryCaches()'],
    ['the server settings', 'CALL dbms.listConfig()'],
    ['a read-mode procedure that is no reading', "CALL db.resampleIndex('component_id_unique')"],
    ['SHOW TRANSACTIONS', 'SHOW TRANSACTIONS'],
    ['TERMINATE TRANSACTIONS', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'"],
    ['SHOW USERS', 'SHOW USERS'],
    ['CREATE USER', "CREATE USER intruder SET PASSWORD 'intruder-password'"],
    ['CREATE DATABASE', 'CREATE DATABASE intruder'],
    ['LOAD CSV', "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row"],
  ])('refuses %s with BAD_USER_INPUT, and the graph stays as it was', async (_, query) => {
    const before = await fingerprint();
    const error = await cypher.run({ query }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: ApiErrorCode.BAD_USER_INPUT,
      message: expect.stringMatching(/^The console (only reads|does not)/),
    });
    expect(await fingerprint()).toBe(before);
  });

  it('runs in a READ transaction, where Neo4j itself refuses a write that got past the plan check', async () => {
    const before = await fingerprint();
    // a reader that claims every plan reads, so the write reaches the second line of defence
    const fooled = {
      read: <T>(
        operation: string,
        work: Parameters<GraphHost['read']>[1],
        options?: { timeoutMs?: number },
      ) =>
        operation.endsWith('explain')
          ? (Promise.resolve({ queryType: 'r', operators: [] }) as Promise<T>)
          : (host.read(operation, work, options) as Promise<T>),
    };
    const error = await runConsoleQuery(
      fooled,
      "CREATE (:Component {id: 'intruder'})",
      {},
      {
        timeoutMs: 5_000,
        maxRows: 10,
      },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CypherConsoleError);
    expect(error).toMatchObject({ reason: 'REFUSED', message: expect.stringMatching(/read transaction/) });
    expect(await fingerprint()).toBe(before);
  });

  it("answers a query Neo4j cannot parse with BAD_USER_INPUT and Neo4j's reason, at the query's position", async () => {
    await expect(cypher.run({ query: 'MATCH (n)\nRETURN n x' })).rejects.toMatchObject({
      code: ApiErrorCode.BAD_USER_INPUT,
      message: expect.stringMatching(
        /^Neo4j rejected the query: Invalid input 'x'.*\(line 2, column 10 \(offset: 19\)\)$/,
      ),
    });
  });

  it('stops at the row limit and says the answer is truncated', async () => {
    const limited = new CypherConsoleService(host, { console: { timeoutMs: 60_000, maxRows: 5 } });
    // a hundred million rows: only reading five of them lets this answer at all
    const result = await limited.run({ query: 'UNWIND range(1, 100000000) AS x RETURN x' });
    expect(result).toMatchObject({ columns: ['x'], rows: [[1], [2], [3], [4], [5]], truncated: true });
    const exact = await limited.run({ query: 'UNWIND range(1, 5) AS x RETURN x' });
    expect(exact.truncated).toBe(false);
  });

  it('stops at the time limit with UNAVAILABLE, saying so', async () => {
    const hurried = new CypherConsoleService(host, { console: { timeoutMs: 1_000, maxRows: 5 } });
    await expect(
      hurried.run({ query: 'UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS n' }),
    ).rejects.toMatchObject({
      code: ApiErrorCode.UNAVAILABLE,
      message: expect.stringMatching(/^The query hit the console's time limit of 1000 ms/),
    });
  });
});
