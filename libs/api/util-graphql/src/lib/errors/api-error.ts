/** The codes a client sees in `extensions.code`: the API's whole error vocabulary. */
export enum ApiErrorCode {
  /** the request's input is wrong; `extensions.fields` names the fields when it can */
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  /** the change contradicts what the graph holds (a duplicate id, a node still referenced) */
  CONFLICT = 'CONFLICT',
  /** signed in, but no role of the principal opens this field */
  FORBIDDEN = 'FORBIDDEN',
  /** not signed in where a role is required */
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  /** the graph database cannot answer now; retrying later may work */
  UNAVAILABLE = 'UNAVAILABLE',
  /** a fault of the server: the message is generic, the details are in the server log */
  INTERNAL = 'INTERNAL',
}

/** One input field that failed validation, by its path in the arguments (`input.name`, `first`). */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

export interface ApiErrorOptions {
  readonly fields?: readonly FieldProblem[];
  readonly cause?: unknown;
}

/** The one error type of the API: resolvers and services throw it, the error formatter maps it. */
export class ApiError extends Error {
  readonly fields: readonly FieldProblem[];

  constructor(
    readonly code: ApiErrorCode,
    message: string,
    options: ApiErrorOptions = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ApiError';
    this.fields = options.fields ?? [];
  }

  static badInput(message: string, fields: readonly FieldProblem[] = []): ApiError {
    return new ApiError(ApiErrorCode.BAD_USER_INPUT, message, { fields });
  }

  static notFound(message: string): ApiError {
    return new ApiError(ApiErrorCode.NOT_FOUND, message);
  }
}

/** The HTTP status that fits a code, for REST routes (GraphQL answers keep 200 with `errors`). */
export const HTTP_STATUS: Readonly<Record<ApiErrorCode, number>> = {
  [ApiErrorCode.BAD_USER_INPUT]: 400,
  [ApiErrorCode.UNAUTHENTICATED]: 401,
  [ApiErrorCode.FORBIDDEN]: 403,
  [ApiErrorCode.NOT_FOUND]: 404,
  [ApiErrorCode.CONFLICT]: 409,
  [ApiErrorCode.INTERNAL]: 500,
  [ApiErrorCode.UNAVAILABLE]: 503,
};
