import { ApiRequestError } from './errors';
import { authorizationHeader } from './request';

/**
 * Where the browser fetches a file the API serves (`/landscape.xlsx`, a review's report): the app's own
 * route, which forwards the bearer token (the API sends no CORS headers); NEXT_PUBLIC_API_URL goes straight
 * to that API.
 */
export function apiFileUrl(path: string): string {
  const direct = process.env['NEXT_PUBLIC_API_URL'];
  return direct ? new URL(path, direct).toString() : path;
}

/** What to tell the user when the API refuses the file. */
export interface FileMessages {
  readonly what: string;
  readonly notFound?: string;
}

/** Downloads a file the API serves, with the user's token, as a blob; an error says what the API answered. */
export async function fetchApiFile(
  path: string,
  messages: FileMessages,
  fetchImpl: typeof fetch = fetch,
): Promise<Blob> {
  const url = apiFileUrl(path);
  let response: Response;
  try {
    response = await fetchImpl(url, { headers: await authorizationHeader() });
  } catch {
    throw new ApiRequestError('NETWORK', `The ${messages.what} at ${url} is not reachable`);
  }
  if (response.status === 404)
    throw new ApiRequestError('NOT_FOUND', messages.notFound ?? `The ${messages.what} does not exist`);
  if (response.status === 401)
    throw new ApiRequestError('UNAUTHENTICATED', `Sign in to get the ${messages.what}`);
  if (response.status === 403)
    throw new ApiRequestError('FORBIDDEN', `Your roles do not allow you to get the ${messages.what}`);
  if (!response.ok)
    throw new ApiRequestError('HTTP', `The ${messages.what} answered HTTP ${response.status}`);
  return response.blob();
}

/** The whole landscape as an Excel workbook (GET /landscape.xlsx). */
export const LANDSCAPE_WORKBOOK_PATH = '/landscape.xlsx';

export function fetchLandscapeWorkbook(fetchImpl: typeof fetch = fetch): Promise<Blob> {
  return fetchApiFile(LANDSCAPE_WORKBOOK_PATH, { what: 'landscape workbook' }, fetchImpl);
}
