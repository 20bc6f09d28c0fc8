'use client';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useQuery, type UseQueryOptions } from '@tanstack/react-query';
import { operationNameOf, gqlRequest } from './request';
import type { ApiRequestError } from './errors';

/** A typed query cached by operation name and variables. */
export function useApiQuery<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  options: Omit<UseQueryOptions<TResult, ApiRequestError>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<TResult, ApiRequestError>({
    queryKey: [operationNameOf(document as TypedDocumentNode<unknown, unknown>), variables],
    queryFn: ({ signal }) => gqlRequest(document, variables, { signal }),
    ...options,
  });
}
