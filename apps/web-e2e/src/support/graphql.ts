import type { Page, Response } from '@playwright/test';
import { accessToken } from './keycloak';

/** Waits for the app's GraphQL response of one operation (by operation name), successful or not. */
export function waitForOperation(page: Page, operationName: string): Promise<Response> {
  return page.waitForResponse((response) => {
    if (!response.url().endsWith('/graphql') || response.request().method() !== 'POST') return false;
    try {
      return response.request().postDataJSON()?.operationName === operationName;
    } catch {
      return false;
    }
  });
}

/** Asks the API directly, as a second opinion on what the page shows; as ada.admin unless `as` names another demo user. */
export async function apiQuery<T>(
  query: string,
  variables: Record<string, unknown> = {},
  { as = 'ada.admin' }: { as?: string } = {},
): Promise<T> {
  const url = process.env['API_URL'] ?? 'http://127.0.0.1:4000/graphql';
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await accessToken(as)}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`API answered ${JSON.stringify(body.errors)}`);
  return body.data;
}
