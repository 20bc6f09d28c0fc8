import { Neo4jError } from 'neo4j-driver';
import { GraphError, GraphErrorCode, toGraphError } from '../errors';
import type { Tx } from '../graph';
import {
  type ConsolePlan,
  consoleMessage,
  consoleRefusal,
  CypherConsoleError,
  runConsoleQuery,
} from './console';

const plan = (queryType: string | undefined, ...operators: [string, string?][]): ConsolePlan => ({
  queryType,
  operators: operators.map(([name, details]) => ({ name, details: details ?? '' })),
});

describe('consoleRefusal', () => {
  it('lets plain reads, schema-describing SHOW commands and read-only procedures through', () => {
    expect(consoleRefusal(plan('r', ['ProduceResults'], ['AllNodesScan']))).toBeUndefined();
    expect(consoleRefusal(plan('r', ['ShowIndexes']))).toBeUndefined();
    expect(consoleRefusal(plan('r', ['ProcedureCall', 'db.labels() :: (label :: STRING)']))).toBeUndefined();
  });

  it.each([
    ['w', /writes to the graph/],
    ['rw', /writes to the graph/],
    ['s', /changes the schema or administers/],
    [undefined, /only runs queries that Neo4j plans as read-only/],
  ])('refuses a query of type %s', (queryType, message) => {
    expect(consoleRefusal(plan(queryType))).toMatch(message);
  });

  it('refuses what Neo4j counts as reading but is not the landscape: files, other procedures, administration', () => {
    expect(consoleRefusal(plan('r', ['LoadCSV', 'row']))).toMatch(/does not run LOAD CSV/);
    expect(consoleRefusal(plan('r', ['ProcedureCall', 'db.resampleIndex($x) :: ()']))).toMatch(
      /^The console does not call db\.resampleIndex: it calls only db\.labels, /,
    );
    expect(consoleRefusal(plan('r', ['ShowTransactions']))).toBe(
      'The console does not run SHOW TRANSACTIONS: it administers the database',
    );
    expect(consoleRefusal(plan('r', ['TerminateTransactions']))).toMatch(/TERMINATE TRANSACTIONS/);
    expect(consoleRefusal(plan('r', ['ShowSettings']))).toMatch(/SHOW SETTINGS/);
  });
});

describe('consoleMessage', () => {
  it("keeps Neo4j's first line and moves its position back over the EXPLAIN line", () => {
    const message = 'Invalid input \'y\' (line 2, column 10 (offset: 17))\n"EXPLAIN\nRETURN x y"\n         ^';
    expect(consoleMessage(message, 8)).toBe("Invalid input 'y' (line 1, column 10 (offset: 9))");
    expect(consoleMessage('Invalid input (line 2, column 1 (offset: 12))', 0)).toBe(
      'Invalid input (line 2, column 1 (offset: 12))',
    );
  });
});

/** A reader over scripted answers, wrapping errors as Graph does. */
function readerOf(explain: () => unknown, run: () => unknown) {
  const calls: { operation: string; query: string; timeoutMs?: number }[] = [];
  const reader = {
    async read<T>(operation: string, work: (tx: Tx) => Promise<T>, options?: { timeoutMs?: number }) {
      const tx = {
        run: (query: string) => {
          calls.push({ operation, query, timeoutMs: options?.timeoutMs });
          return query.startsWith('EXPLAIN\n') ? explain() : run();
        },
      } as unknown as Tx;
      try {
        return await work(tx);
      } catch (error) {
        throw toGraphError(error, operation);
      }
    },
  };
  return { reader, calls };
}

const readPlan = () => Promise.resolve({ summary: { queryType: 'r', plan: false } });

/** A result of `count` one-column rows that counts how many were pulled. */
function stream(count: number) {
  const pulled = { rows: 0 };
  const result = {
    keys: () => Promise.resolve(['n']),
    async *[Symbol.asyncIterator]() {
      for (let i = 1; i <= count; i++) {
        pulled.rows++;
        yield { get: () => i };
      }
    },
  };
  return { result, pulled };
}

const failure = (code: string, message = 'no') => {
  throw new Neo4jError(message, code, '50N42', 'error');
};

describe('runConsoleQuery', () => {
  const limits = { timeoutMs: 1500, maxRows: 3 };

  it('plans first, then runs with the time limit and stops reading one row past the row limit', async () => {
    const { result, pulled } = stream(1000);
    const { reader, calls } = readerOf(readPlan, () => result);
    const answer = await runConsoleQuery(reader, 'UNWIND range(1, 1000) AS n RETURN n', {}, limits);
    expect(answer).toMatchObject({ columns: ['n'], rows: [[1], [2], [3]], truncated: true });
    expect(pulled.rows).toBe(4);
    expect(calls.map((c) => [c.operation, c.timeoutMs])).toEqual([
      ['cypher console: explain', 1500],
      ['cypher console', 1500],
    ]);
  });

  it('says nothing is left out when the rows fit', async () => {
    const { reader } = readerOf(readPlan, () => stream(3).result);
    await expect(runConsoleQuery(reader, 'RETURN 1', {}, limits)).resolves.toMatchObject({
      truncated: false,
    });
  });

  it('refuses a writing query before running it', async () => {
    const { reader, calls } = readerOf(
      () => Promise.resolve({ summary: { queryType: 'w', plan: false } }),
      () => stream(0).result,
    );
    const error = await runConsoleQuery(reader, 'CREATE (:X)', {}, limits).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CypherConsoleError);
    expect(error).toMatchObject({ reason: 'REFUSED' });
    expect(calls).toHaveLength(1);
  });

  it('refuses what the READ transaction refused (the second line of defence)', async () => {
    const { reader } = readerOf(readPlan, () => failure('Neo.ClientError.Statement.AccessMode'));
    await expect(runConsoleQuery(reader, 'CALL x()', {}, limits)).rejects.toMatchObject({
      reason: 'REFUSED',
      message: 'The console only reads: Neo4j refused to write in a read transaction',
    });
  });

  it("answers a query Neo4j rejects with Neo4j's reason", async () => {
    const { reader } = readerOf(
      () =>
        failure(
          'Neo.ClientError.Statement.SyntaxError',
          "Invalid input 'y' (line 2, column 10 (offset: 17))",
        ),
      () => stream(0).result,
    );
    await expect(runConsoleQuery(reader, 'RETURN x y', {}, limits)).rejects.toMatchObject({
      reason: 'INVALID',
      message: "Neo4j rejected the query: Invalid input 'y' (line 1, column 10 (offset: 9))",
    });
  });

  it('leaves the time limit and an unreachable database to the graph layer', async () => {
    const timedOut = readerOf(readPlan, () =>
      failure('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'),
    );
    await expect(runConsoleQuery(timedOut.reader, 'RETURN 1', {}, limits)).rejects.toMatchObject({
      code: GraphErrorCode.TIMEOUT,
    });
    const down = readerOf(
      () => failure('ServiceUnavailable'),
      () => stream(0).result,
    );
    const error = await runConsoleQuery(down.reader, 'RETURN 1', {}, limits).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ code: GraphErrorCode.UNAVAILABLE });
  });

  it('asks to leave out EXPLAIN and PROFILE', async () => {
    const { reader, calls } = readerOf(readPlan, () => stream(0).result);
    await expect(runConsoleQuery(reader, '  profile MATCH (n) RETURN n', {}, limits)).rejects.toMatchObject({
      reason: 'INVALID',
    });
    expect(calls).toHaveLength(0);
  });
});
