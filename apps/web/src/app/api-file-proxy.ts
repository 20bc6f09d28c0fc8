/**
 * Same-origin proxy to the API's file routes (a review's PDF report, the landscape workbook, an import), as /graphql is:
 * the API sends no CORS headers and its address (API_URL) is read at run time. The bearer token passes
 * through; the API's status (401, 403, 404) and its content type and disposition pass back unchanged.
 */
const apiOrigin = () =>
  (process.env['API_URL'] ?? 'http://127.0.0.1:4000/graphql').replace(/\/graphql\/?$/, '');

export async function proxyApiFile(request: Request, path: string, accept: string): Promise<Response> {
  const headers: Record<string, string> = { accept };
  const authorization = request.headers.get('authorization');
  if (authorization) headers['authorization'] = authorization;
  try {
    const upstream = await fetch(`${apiOrigin()}${path}`, { headers, cache: 'no-store' });
    const out = new Headers({
      'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream',
    });
    const disposition = upstream.headers.get('content-disposition');
    if (disposition) out.set('content-disposition', disposition);
    return new Response(upstream.body, { status: upstream.status, headers: out });
  } catch {
    return Response.json({ message: `The API at ${apiOrigin()} is not reachable` }, { status: 502 });
  }
}

/** An upload (multipart form) passed on to the API as it came; the API's answer comes back as it is. */
export async function proxyApiUpload(request: Request, path: string): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': request.headers.get('content-type') ?? '' };
  const authorization = request.headers.get('authorization');
  if (authorization) headers['authorization'] = authorization;
  try {
    const upstream = await fetch(`${apiOrigin()}${path}`, {
      method: 'POST',
      headers,
      body: request.body,
      // a streamed request body (Node's fetch needs this said)
      duplex: 'half',
      cache: 'no-store',
    } as RequestInit);
    return new Response(upstream.body, {
      status: upstream.status,
      headers: { 'content-type': upstream.headers.get('content-type') ?? 'application/json' },
    });
  } catch {
    return Response.json({ message: `The API at ${apiOrigin()} is not reachable` }, { status: 502 });
  }
}
