import { BadRequestException, NotFoundException } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ApiError, ApiErrorCode } from './api-error';
import { createErrorFormatter } from './format-error';

/** what Apollo hands formatError for an error thrown by the resolver of `path` */
function resolverError(error: unknown, path = ['landscapeStats']): [GraphQLFormattedError, GraphQLError] {
  const wrapped = new GraphQLError((error as Error).message, { path, originalError: error as Error });
  const formatted = {
    message: wrapped.message,
    path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] },
  };
  return [formatted, wrapped];
}

class StoreDown extends Error {}

describe('createErrorFormatter', () => {
  const logger = { error: jest.fn(), warn: jest.fn() };
  const format = createErrorFormatter({
    logger,
    translators: [
      (e) =>
        e instanceof StoreDown
          ? new ApiError(ApiErrorCode.UNAVAILABLE, 'The store is down', { cause: e })
          : undefined,
    ],
  });

  beforeEach(() => jest.clearAllMocks());

  it('keeps the code, message and field details of an ApiError', () => {
    const error = ApiError.badInput('Invalid input: first must be from 1 to 500', [
      { field: 'first', message: 'must be from 1 to 500' },
    ]);
    expect(format(...resolverError(error))).toEqual({
      path: ['landscapeStats'],
      message: 'Invalid input: first must be from 1 to 500',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'first', message: 'must be from 1 to 500' }] },
    });
  });

  it("maps another layer's error through its translator, and warns", () => {
    const formatted = format(...resolverError(new StoreDown('ECONNREFUSED 10.0.0.7:7687')));
    expect(formatted).toEqual({
      path: ['landscapeStats'],
      message: 'The store is down',
      extensions: { code: 'UNAVAILABLE' },
    });
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining('ECONNREFUSED'));
  });

  it('maps Nest HTTP exceptions by status', () => {
    expect(format(...resolverError(new NotFoundException('No team "t1"'))).extensions).toEqual({
      code: 'NOT_FOUND',
    });
    const badRequest = format(
      ...resolverError(new BadRequestException(['first must not be greater than 500'])),
    );
    expect(badRequest).toMatchObject({
      message: 'first must not be greater than 500',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('hides anything else behind INTERNAL and logs it with its stack', () => {
    const formatted = format(
      ...resolverError(new TypeError("Cannot read properties of undefined (reading 'id')")),
    );
    expect(formatted).toEqual({
      path: ['landscapeStats'],
      message: 'Internal error',
      extensions: { code: 'INTERNAL' },
    });
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringMatching(/^landscapeStats: TypeError: Cannot read[\s\S]*at /),
    );
  });

  it('passes errors of the request itself with their code, without a stack trace', () => {
    const validation = new GraphQLError('Cannot query field "nope" on type "Query".', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const formatted = format(
      {
        message: validation.message,
        locations: [{ line: 1, column: 3 }],
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['GraphQLError: ...'] },
      },
      validation,
    );
    expect(formatted).toEqual({
      message: 'Cannot query field "nope" on type "Query".',
      locations: [{ line: 1, column: 3 }],
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('treats a failed context (the principal could not be resolved) like any other error', () => {
    const cause = new Error('keycloak.internal:8443 refused');
    const wrapped = new GraphQLError(`Context creation failed: ${cause.message}`, { originalError: cause });
    const formatted = format(
      { message: wrapped.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      wrapped,
    );
    expect(formatted).toEqual({ message: 'Internal error', extensions: { code: 'INTERNAL' } });
    expect(JSON.stringify(formatted)).not.toContain('keycloak');
  });
});
