import { type ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';
import { ApiError, ApiErrorCode, HTTP_STATUS } from './api-error';

interface HttpResponse {
  status(code: number): { json(body: unknown): void };
}

/**
 * The global filter. In GraphQL it hands every error on to Apollo's formatError unchanged (the one place
 * that maps and logs them; Nest would otherwise log each one again). On REST routes an ApiError (the
 * guard denying a controller) answers with its HTTP status and code; anything else gets Nest's default.
 */
@Catch()
export class ApiExceptionFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    if (!(exception instanceof ApiError)) return super.catch(exception, host);
    const status = HTTP_STATUS[exception.code];
    const message = exception.code === ApiErrorCode.INTERNAL ? 'Internal error' : exception.message;
    const fields = exception.fields.length ? { fields: exception.fields } : {};
    host
      .switchToHttp()
      .getResponse<HttpResponse>()
      .status(status)
      .json({ statusCode: status, code: exception.code, message, ...fields });
    return undefined;
  }
}
