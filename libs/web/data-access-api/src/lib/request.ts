import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { getOperationAST, print } from 'graphql';
import { ApiRequestError, toApiError, type GraphQLErrorLike } from './errors';

/** Returns a bearer token for the next request, or null when signed out (registered by the auth provider). */
export type TokenGetter = () => Promise<string | null> | string | null;

let tokenGetter: TokenGetter | null = null;

/** The sign-in provider registers how to get a token; every request then carries it. Returns an unregister. */
export function setTokenGetter(getter: TokenGetter | null): () => void {
  tokenGetter = getter;
  return () => {
    if (tokenGetter === getter) tokenGetter = null;
  };
}

/** The bearer header of the signed-in user, for requests beside GraphQL (the review PDF). */
export async function authorizationHeader(): Promise<Record<string, string>> {
  const token = tokenGetter ? await tokenGetter() : null;
  return token ? { authorization: `Bearer ${token}` } : {};
}

/**
 * The GraphQL endpoint. In the browser the app's own `/graphql` route proxies to the API (the API sends no
 * CORS headers); NEXT_PUBLIC_API_URL points the browser straight at an API that allows it.
 */
export function apiUrl(): string {
  const configured = process.env['NEXT_PUBLIC_API_URL'];
  if (configured) return configured;
  if (typeof window !== 'undefined') return '/graphql';
  return process.env['API_URL'] ?? 'http://127.0.0.1:4000/graphql';
}

export interface RequestOptions {
  signal?: AbortSignal;
  url?: string;
  fetchImpl?: typeof fetch;
}

/** One typed GraphQL request; errors come back as ApiRequestError with a code. */
export async function gqlRequest<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables?: TVariables,
  options?: RequestOptions,
): Promise<TResult> {
  const operationName = getOperationAST(document)?.name?.value;
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  const token = tokenGetter ? await tokenGetter() : null;
  if (token) headers['authorization'] = `Bearer ${token}`;
  const url = options?.url ?? apiUrl();
  const doFetch = options?.fetchImpl ?? fetch;

  let response: Response;
  try {
    response = await doFetch(url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: print(document), variables: variables ?? {}, operationName }),
      signal: options?.signal,
    });
  } catch (error) {
    if ((error as Error)?.name === 'AbortError') throw error;
    throw new ApiRequestError('NETWORK', `The API at ${url} is not reachable`, operationName);
  }

  let body: { data?: TResult | null; errors?: GraphQLErrorLike[] } | undefined;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (body?.errors?.length) throw toApiError(body.errors, operationName);
  if (!response.ok || !body || body.data == null) {
    const code = response.status === 401 ? 'UNAUTHENTICATED' : response.status === 403 ? 'FORBIDDEN' : 'HTTP';
    throw new ApiRequestError(code, `The API answered HTTP ${response.status}`, operationName);
  }
  return body.data;
}

/** The operation name of a document: e2e tests and logs key on it. */
export function operationNameOf(document: TypedDocumentNode<unknown, unknown>): string | undefined {
  return getOperationAST(document)?.name?.value;
}
