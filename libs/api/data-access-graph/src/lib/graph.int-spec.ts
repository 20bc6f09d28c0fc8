import { connectTestGraph, resetGraph } from '../testing';
import { GraphErrorCode } from './errors';
import { Graph, rows } from './graph';
import { migrate } from './migrate';
import { MIGRATIONS } from './cypher/schema';
import { toJs } from './values';

let graph: Graph;

beforeAll(async () => {
  graph = await connectTestGraph();
});
afterAll(async () => {
  await graph.close();
});
beforeEach(() => resetGraph(graph));

describe('Graph on a real Neo4j', () => {
  it('applies migrations once and records their versions', async () => {
    const again = await migrate(graph);
    expect(again.applied).toEqual([]);
    const versions = await graph.read('test', (tx) =>
      rows<{ version: unknown }>(
        tx,
        'MATCH (m:SchemaMigration) RETURN m.version AS version ORDER BY version',
      ),
    );
    expect(versions.map((v) => toJs(v.version))).toEqual(MIGRATIONS.map((m) => m.version));
    const constraints = await graph.read('test', (tx) =>
      rows<{ name: string }>(tx, 'SHOW CONSTRAINTS YIELD name RETURN name'),
    );
    expect(constraints.map((c) => c.name)).toEqual(
      expect.arrayContaining(['team_id_unique', 'workitem_id_unique', 'measure_key_unique']),
    );
  });

  it('refuses a duplicate id of the same kind', async () => {
    await graph.write('test', (tx) => tx.run("CREATE (:Team {id: 'alpha'})"));
    await expect(graph.write('test', (tx) => tx.run("CREATE (:Team {id: 'alpha'})"))).rejects.toMatchObject({
      code: GraphErrorCode.CONSTRAINT,
    });
  });

  it('keeps integers beyond 2^53 exact', async () => {
    const [row] = await graph.read('test', (tx) =>
      rows(tx, 'RETURN 1152921504606846977 AS big, 42 AS small'),
    );
    expect(toJs(row)).toEqual({ big: 1152921504606846977n, small: 42 });
  });

  it('refuses writes in a read transaction', async () => {
    await expect(graph.read('test', (tx) => tx.run("CREATE (:Team {id: 'sneaky'})"))).rejects.toMatchObject({
      message: expect.stringContaining('Writing in read access mode not allowed'),
    });
  });

  it('stops a read at its time limit', async () => {
    const slow = 'UNWIND range(1, 100000000) AS i WITH i WHERE i % 7 = 3 RETURN count(*) AS n';
    await expect(graph.read('test: slow', (tx) => tx.run(slow), { timeoutMs: 200 })).rejects.toMatchObject({
      code: GraphErrorCode.TIMEOUT,
    });
  });

  it('says when the credentials are wrong', async () => {
    const config = { ...graph.config, password: 'wrong-password' };
    await expect(Graph.connect(config)).rejects.toMatchObject({ code: GraphErrorCode.UNAUTHORIZED });
  });

  it('says when the database cannot be reached', async () => {
    const config = { ...graph.config, uri: 'bolt://127.0.0.1:1' };
    await expect(Graph.connect(config)).rejects.toMatchObject({ code: GraphErrorCode.UNAVAILABLE });
  });
});
