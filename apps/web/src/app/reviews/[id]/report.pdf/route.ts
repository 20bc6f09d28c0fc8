/**
 * Same-origin proxy to the API's review report (GET /reviews/:id/report.pdf), as /graphql is: the API sends
 * no CORS headers and its address (API_URL) is read at run time. The bearer token passes through; the
 * API's 401 and 404 pass back unchanged (a review that does not exist and one you may not open look alike).
 */
export const dynamic = 'force-dynamic';

const apiOrigin = () =>
  (process.env['API_URL'] ?? 'http://127.0.0.1:4000/graphql').replace(/\/graphql\/?$/, '');

export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await context.params;
  const headers: Record<string, string> = { accept: 'application/pdf' };
  const authorization = request.headers.get('authorization');
  if (authorization) headers['authorization'] = authorization;
  const url = `${apiOrigin()}/reviews/${encodeURIComponent(id)}/report.pdf`;
  try {
    const upstream = await fetch(url, { headers, cache: 'no-store' });
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
