/**
 * Same-origin proxy to the GraphQL API: the browser posts here, so the API needs no CORS, and the API's
 * address (API_URL) is read at run time, not baked into the build. The bearer token passes through.
 */
export const dynamic = 'force-dynamic';

const API_URL = () => process.env['API_URL'] ?? 'http://127.0.0.1:4000/graphql';

export async function POST(request: Request): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  const authorization = request.headers.get('authorization');
  if (authorization) headers['authorization'] = authorization;
  try {
    const upstream = await fetch(API_URL(), {
      method: 'POST',
      headers,
      body: await request.text(),
      cache: 'no-store',
    });
    return new Response(upstream.body, {
      status: upstream.status,
      headers: { 'content-type': upstream.headers.get('content-type') ?? 'application/json' },
    });
  } catch {
    // the API is down: a 502 the client maps to NETWORK-like HTTP, with a message people can act on
    return Response.json(
      {
        errors: [
          { message: `The API at ${API_URL()} is not reachable`, extensions: { code: 'UNAVAILABLE' } },
        ],
      },
      { status: 502 },
    );
  }
}
