import { createErrorFormatter, ApiErrorCode } from '@streamscape/api-graphql';
import { GraphError, GraphErrorCode } from '@streamscape/graph';
import { GraphQLError } from 'graphql';
import { translateGraphError } from './graph-errors';

describe('translateGraphError', () => {
  it.each([
    [GraphErrorCode.UNAVAILABLE, ApiErrorCode.UNAVAILABLE],
    [GraphErrorCode.UNAUTHORIZED, ApiErrorCode.UNAVAILABLE],
    [GraphErrorCode.TIMEOUT, ApiErrorCode.UNAVAILABLE],
    [GraphErrorCode.CONSTRAINT, ApiErrorCode.CONFLICT],
  ])('%s becomes %s', (graphCode, apiCode) => {
    expect(translateGraphError(new GraphError(graphCode, 'x'))?.code).toBe(apiCode);
  });

  it('says so when the time limit stopped a query', () => {
    expect(translateGraphError(new GraphError(GraphErrorCode.TIMEOUT, 'x'))?.message).toMatch(
      /took longer than its time limit/,
    );
  });

  it.each([GraphErrorCode.UNKNOWN, GraphErrorCode.MIGRATION, GraphErrorCode.INTEGER_OVERFLOW])(
    'leaves %s to become INTERNAL',
    (code) => {
      expect(translateGraphError(new GraphError(code, 'x'))).toBeUndefined();
    },
  );

  it('in the formatter: a driver message, host or credential never reaches the client', () => {
    const logger = { error: jest.fn(), warn: jest.fn() };
    const format = createErrorFormatter({ translators: [translateGraphError], logger });
    const cases = [
      new GraphError(GraphErrorCode.UNAUTHORIZED, 'Neo4j refused the credentials (landscapeStats)'),
      new GraphError(
        GraphErrorCode.UNAVAILABLE,
        'Neo4j is not reachable (landscapeStats): connect ECONNREFUSED 10.1.2.3:7687',
      ),
      new GraphError(
        GraphErrorCode.UNKNOWN,
        'landscapeStats failed: Invalid input (Neo.ClientError.Statement.SyntaxError)',
      ),
    ];
    const answers = cases.map((error) => {
      const wrapped = new GraphQLError(error.message, { path: ['landscapeStats'], originalError: error });
      return format(
        { message: wrapped.message, path: ['landscapeStats'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
        wrapped,
      );
    });
    expect(answers.map((a) => a.extensions?.['code'])).toEqual(['UNAVAILABLE', 'UNAVAILABLE', 'INTERNAL']);
    expect(JSON.stringify(answers)).not.toMatch(/10\.1\.2\.3|credentials|Neo\.ClientError|stack/);
    expect(logger.error).toHaveBeenCalledTimes(1);
  });
});
