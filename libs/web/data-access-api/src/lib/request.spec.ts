import { findingsQuery } from './documents';
import { ApiRequestError } from './errors';
import { gqlRequest, setTokenGetter } from './request';

function fakeFetch(status: number, body: unknown) {
  const calls: { url: string; init: RequestInit }[] = [];
  const impl = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as unknown as typeof fetch;
  return { impl, calls };
}

describe('gqlRequest', () => {
  afterEach(() => setTokenGetter(null));

  it('posts the document with its operation name and variables and returns data', async () => {
    const { impl, calls } = fakeFetch(200, { data: { findings: [] } });
    const data = await gqlRequest(
      findingsQuery,
      { filter: { severity: 'HIGH' } },
      { url: 'http://api/graphql', fetchImpl: impl },
    );
    expect(data).toEqual({ findings: [] });
    const body = JSON.parse(calls[0].init.body as string);
    expect(body.operationName).toBe('Findings');
    expect(body.variables).toEqual({ filter: { severity: 'HIGH' } });
    expect(body.query).toContain('query Findings');
    expect((calls[0].init.headers as Record<string, string>)['authorization']).toBeUndefined();
  });

  it('adds the bearer token of the registered getter', async () => {
    const { impl, calls } = fakeFetch(200, { data: { findings: [] } });
    const unregister = setTokenGetter(async () => 'tok-1');
    await gqlRequest(findingsQuery, {}, { url: 'http://api/graphql', fetchImpl: impl });
    expect((calls[0].init.headers as Record<string, string>)['authorization']).toBe('Bearer tok-1');
    unregister();
    await gqlRequest(findingsQuery, {}, { url: 'http://api/graphql', fetchImpl: impl });
    expect((calls[1].init.headers as Record<string, string>)['authorization']).toBeUndefined();
  });

  it('maps GraphQL errors to a typed error by extensions.code', async () => {
    const { impl } = fakeFetch(200, {
      data: null,
      errors: [{ message: 'denied', extensions: { code: 'FORBIDDEN' } }],
    });
    await expect(gqlRequest(findingsQuery, {}, { url: 'u', fetchImpl: impl })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      operationName: 'Findings',
    });
  });

  it('reports an unreachable API as NETWORK and a bare HTTP failure by status', async () => {
    const down = (async () => {
      throw new TypeError('fetch failed');
    }) as unknown as typeof fetch;
    const error = await gqlRequest(findingsQuery, {}, { url: 'http://api/graphql', fetchImpl: down }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error.code).toBe('NETWORK');
    expect(error.retryable).toBe(true);

    const { impl } = fakeFetch(502, { message: 'bad gateway' });
    await expect(gqlRequest(findingsQuery, {}, { url: 'u', fetchImpl: impl })).rejects.toMatchObject({
      code: 'HTTP',
    });
  });
});
