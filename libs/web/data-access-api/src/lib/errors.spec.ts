import { ApiRequestError, toApiError } from './errors';

describe('toApiError', () => {
  it('takes the code from extensions.code', () => {
    const error = toApiError(
      [{ message: 'no such domain', extensions: { code: 'NOT_FOUND' } }],
      'DomainLandscape',
    );
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error.code).toBe('NOT_FOUND');
    expect(error.operationName).toBe('DomainLandscape');
    expect(error.noPermission).toBe(false);
  });

  it('lets a permission problem win over other errors of the same answer', () => {
    const error = toApiError([
      { message: 'a', extensions: { code: 'NOT_FOUND' } },
      { message: 'b', extensions: { code: 'FORBIDDEN' } },
    ]);
    expect(error.code).toBe('FORBIDDEN');
    expect(error.noPermission).toBe(true);
    expect(error.message).toBe('a; b');
  });

  it('treats Apollo validation codes as bad input and unknown codes as internal', () => {
    expect(toApiError([{ message: 'x', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }]).code).toBe(
      'BAD_USER_INPUT',
    );
    expect(toApiError([{ message: 'x', extensions: { code: 'SOMETHING_NEW' } }]).code).toBe('INTERNAL');
    expect(toApiError([{ message: 'x' }]).code).toBe('INTERNAL');
  });

  it('marks an unreachable database as worth a retry', () => {
    expect(toApiError([{ message: 'x', extensions: { code: 'UNAVAILABLE' } }]).retryable).toBe(true);
    expect(toApiError([{ message: 'x', extensions: { code: 'BAD_USER_INPUT' } }]).retryable).toBe(false);
  });
});
