/** What went wrong with a GraphQL request, as the UI needs to tell it apart. */
export type ApiErrorCode =
  | 'NETWORK'
  | 'HTTP'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'UNAVAILABLE'
  | 'INTERNAL';

const KNOWN: readonly ApiErrorCode[] = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'UNAVAILABLE',
  'INTERNAL',
];

export interface GraphQLErrorLike {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: unknown; [key: string]: unknown };
}

export class ApiRequestError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly operationName?: string,
    readonly errors: readonly GraphQLErrorLike[] = [],
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }

  /** The API is not reachable or cannot reach its database: worth a retry. */
  get retryable(): boolean {
    return this.code === 'NETWORK' || this.code === 'HTTP' || this.code === 'UNAVAILABLE';
  }

  get noPermission(): boolean {
    return this.code === 'FORBIDDEN' || this.code === 'UNAUTHENTICATED';
  }
}

/** Maps the API's `extensions.code` (docs/api.md, Errors) to one code; the most telling error wins. */
export function toApiError(errors: readonly GraphQLErrorLike[], operationName?: string): ApiRequestError {
  const codes = errors.map((e) => normaliseCode(e.extensions?.code));
  const priority: ApiErrorCode[] = [
    'UNAUTHENTICATED',
    'FORBIDDEN',
    'UNAVAILABLE',
    'NOT_FOUND',
    'BAD_USER_INPUT',
  ];
  const code = priority.find((c) => codes.includes(c)) ?? codes[0] ?? 'INTERNAL';
  const message = errors.map((e) => e.message).join('; ') || 'The API answered with an error';
  return new ApiRequestError(code, message, operationName, errors);
}

function normaliseCode(code: unknown): ApiErrorCode {
  if (typeof code !== 'string') return 'INTERNAL';
  if ((KNOWN as readonly string[]).includes(code)) return code as ApiErrorCode;
  // Apollo's own codes for documents that do not fit the schema are the client's bug
  if (code === 'GRAPHQL_PARSE_FAILED' || code === 'GRAPHQL_VALIDATION_FAILED' || code === 'BAD_REQUEST') {
    return 'BAD_USER_INPUT';
  }
  return 'INTERNAL';
}
