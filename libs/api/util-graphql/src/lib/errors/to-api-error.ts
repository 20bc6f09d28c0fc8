import { HttpException } from '@nestjs/common';
import { ApiError, ApiErrorCode } from './api-error';

/**
 * Turns an error of another layer into an ApiError, or returns undefined when it is not its kind. A module
 * whose errors carry meaning for clients (the graph layer's GraphError) contributes one translator.
 */
export type ErrorTranslator = (error: unknown) => ApiError | undefined;

export const INTERNAL_MESSAGE = 'Internal error';

const HTTP_CODES: Readonly<Record<number, ApiErrorCode>> = {
  400: ApiErrorCode.BAD_USER_INPUT,
  401: ApiErrorCode.UNAUTHENTICATED,
  403: ApiErrorCode.FORBIDDEN,
  404: ApiErrorCode.NOT_FOUND,
  409: ApiErrorCode.CONFLICT,
  422: ApiErrorCode.BAD_USER_INPUT,
  503: ApiErrorCode.UNAVAILABLE,
};

/** The one mapping from anything thrown to an ApiError; whatever is not known becomes INTERNAL. */
export function toApiError(error: unknown, translators: readonly ErrorTranslator[] = []): ApiError {
  if (error instanceof ApiError) return error;
  for (const translate of translators) {
    const translated = translate(error);
    if (translated) return translated;
  }
  if (error instanceof HttpException) {
    const code = HTTP_CODES[error.getStatus()];
    // Nest's own 4xx exceptions carry messages written for callers; a 5xx message may not be
    if (code && code !== ApiErrorCode.UNAVAILABLE)
      return new ApiError(code, httpMessage(error), { cause: error });
    if (code) return new ApiError(code, 'The service is not available now', { cause: error });
  }
  return new ApiError(ApiErrorCode.INTERNAL, INTERNAL_MESSAGE, { cause: error });
}

function httpMessage(error: HttpException): string {
  const response = error.getResponse();
  const message =
    typeof response === 'object' && response !== null
      ? (response as { message?: unknown }).message
      : undefined;
  return Array.isArray(message) ? message.join('; ') : error.message;
}
