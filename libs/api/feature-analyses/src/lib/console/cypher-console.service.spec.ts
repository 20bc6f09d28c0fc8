import { ApiErrorCode } from '@streamscape/api-graphql';
import { GraphError, GraphErrorCode } from '@streamscape/graph';
import type { GraphHost } from '@streamscape/graph-nest';
import { Neo4jError } from 'neo4j-driver';
import { CypherConsoleService } from './cypher-console.service';

/** The real console over a host whose reads fail as given. */
function serviceFailing(error: unknown, limits = { timeoutMs: 1500, maxRows: 10 }) {
  const read = jest.fn().mockRejectedValue(error);
  return new CypherConsoleService({ read } as unknown as GraphHost, { console: limits });
}

const neo4jError = (code: string, message = 'no') =>
  new GraphError(GraphErrorCode.UNKNOWN, message, { cause: new Neo4jError(message, code, '42000', 'error') });

describe('CypherConsoleService', () => {
  it('answers BAD_USER_INPUT, on the query field, for a query Neo4j rejects', async () => {
    const service = serviceFailing(neo4jError('Neo.ClientError.Statement.SyntaxError', 'Invalid input'));
    await expect(service.run({ query: 'RETURN x y' })).rejects.toMatchObject({
      code: ApiErrorCode.BAD_USER_INPUT,
      message: 'Neo4j rejected the query: Invalid input',
      fields: [{ field: 'query', message: 'Neo4j rejected the query: Invalid input' }],
    });
  });

  it('answers UNAVAILABLE naming the time limit when the query hits it', async () => {
    const service = serviceFailing(new GraphError(GraphErrorCode.TIMEOUT, 'cypher console took longer'));
    await expect(service.run({ query: 'MATCH (a), (b) RETURN count(*)' })).rejects.toMatchObject({
      code: ApiErrorCode.UNAVAILABLE,
      message: expect.stringMatching(/^The query hit the console's time limit of 1500 ms; narrow it down/),
    });
  });

  it('leaves other graph errors to the error formatter', async () => {
    const down = new GraphError(GraphErrorCode.UNAVAILABLE, 'Neo4j is not reachable');
    await expect(serviceFailing(down).run({ query: 'RETURN 1' })).rejects.toBe(down);
  });

  it.each([[[1, 2]], ['n=1'], [42]])('refuses params that are not an object (%p)', async (params) => {
    await expect(
      serviceFailing(new Error('unused')).run({ query: 'RETURN 1', params }),
    ).rejects.toMatchObject({
      code: ApiErrorCode.BAD_USER_INPUT,
      fields: [{ field: 'params' }],
    });
  });

  it('uses the configured limits, and the defaults without configuration', async () => {
    const read = jest.fn().mockRejectedValue(new GraphError(GraphErrorCode.UNAVAILABLE, 'down'));
    const host = { read } as unknown as GraphHost;
    await new CypherConsoleService(host).run({ query: 'RETURN 1' }).catch(() => undefined);
    expect(read).toHaveBeenLastCalledWith('cypher console: explain', expect.any(Function), {
      timeoutMs: 5000,
    });
  });
});
