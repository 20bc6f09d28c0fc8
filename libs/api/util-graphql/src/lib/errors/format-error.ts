import type { LoggerService } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { type ApiError, ApiErrorCode } from './api-error';
import { type ErrorTranslator, INTERNAL_MESSAGE, toApiError } from './to-api-error';

export interface ErrorFormatterOptions {
  readonly translators?: readonly ErrorTranslator[];
  /** where INTERNAL errors go with their stack, and UNAVAILABLE ones as warnings */
  readonly logger?: Pick<LoggerService, 'error' | 'warn'>;
}

/** Extension keys a client may see; anything else (stacktrace, exception, originalError) is dropped. */
const PUBLIC_EXTENSIONS = new Set([
  'code',
  'fields',
  'complexity',
  'maxComplexity',
  'depth',
  'maxDepth',
  'validationErrorCode',
]);

/**
 * Apollo's `formatError`: the one place where errors become GraphQL errors. ApiErrors keep their code and
 * message; other layers' errors go through the translators; errors of the request itself (parse,
 * validation, limits) keep Apollo's code; everything else is INTERNAL with a generic message and is logged.
 * No stack trace ever reaches the client.
 */
export function createErrorFormatter(options: ErrorFormatterOptions = {}) {
  const { translators = [], logger } = options;
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const cause = rootCause(error);
    if (cause instanceof GraphQLError && formatted.extensions?.['code'] !== 'INTERNAL_SERVER_ERROR') {
      return {
        ...location(formatted),
        message: formatted.message,
        extensions: publicExtensions(formatted.extensions),
      };
    }
    const apiError = toApiError(cause, translators);
    report(apiError, formatted, logger);
    const extensions = {
      code: apiError.code,
      ...(apiError.fields.length ? { fields: apiError.fields } : {}),
    };
    const message = apiError.code === ApiErrorCode.INTERNAL ? INTERNAL_MESSAGE : apiError.message;
    return { ...location(formatted), message, extensions };
  };
}

/** The error a resolver (or the context factory) threw, under the GraphQLErrors that wrap it. */
function rootCause(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
}

function location(formatted: GraphQLFormattedError): Pick<GraphQLFormattedError, 'locations' | 'path'> {
  return {
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
  };
}

function publicExtensions(extensions: GraphQLFormattedError['extensions']): Record<string, unknown> {
  return Object.fromEntries(Object.entries(extensions ?? {}).filter(([key]) => PUBLIC_EXTENSIONS.has(key)));
}

function report(
  error: ApiError,
  formatted: GraphQLFormattedError,
  logger: ErrorFormatterOptions['logger'],
): void {
  if (!logger) return;
  const where = formatted.path ? formatted.path.join('.') : 'request';
  if (error.code === ApiErrorCode.INTERNAL) {
    const cause = error.cause ?? error;
    logger.error(`${where}: ${cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)}`);
  } else if (error.code === ApiErrorCode.UNAVAILABLE) {
    const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
    logger.warn(`${where}: ${error.message}${cause}`);
  }
}
