import type { ArgumentMetadata } from '@nestjs/common';
import { ConnectionArgs } from '../pagination/connection';
import { encodeCursor } from '../pagination/cursor';
import { ApiError, ApiErrorCode } from './api-error';
import { ApiValidationPipe } from './validation';

describe('ApiValidationPipe', () => {
  const pipe = new ApiValidationPipe();
  const args: ArgumentMetadata = { type: 'body', metatype: ConnectionArgs };

  async function rejection(value: unknown, metadata: ArgumentMetadata = args): Promise<ApiError> {
    const error = await pipe.transform(value, metadata).then(
      () => undefined,
      (e: unknown) => e,
    );
    if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
    return error;
  }

  it('answers BAD_USER_INPUT with one entry per broken constraint, by field', async () => {
    const error = await rejection({ first: 501, after: 'not a cursor' });
    expect(error.code).toBe(ApiErrorCode.BAD_USER_INPUT);
    expect(error.fields).toEqual([
      { field: 'first', message: 'first must not be greater than 500' },
      { field: 'after', message: 'after is not a cursor of this list' },
    ]);
    expect(error.message).toBe(
      'Invalid input: first must not be greater than 500; after is not a cursor of this list',
    );
  });

  it('prefixes fields with the argument name when the argument has one', async () => {
    const error = await rejection({ first: 0 }, { ...args, data: 'page' });
    expect(error.fields).toEqual([{ field: 'page.first', message: 'first must not be less than 1' }]);
  });

  it('lets valid arguments through as an instance of their class', async () => {
    const valid = await pipe.transform({ first: 10, after: encodeCursor({ offset: 9 }) }, args);
    expect(valid).toBeInstanceOf(ConnectionArgs);
  });
});
