import { TokenVerifier } from '@streamscape/auth';
import { requestContextFactory } from '../context/request-context';
import { ApiError, ApiErrorCode } from '../errors/api-error';
import { OidcAuthService, principalOfToken } from './auth.service';
import { Role } from './roles';

const settings = {
  issuer: 'http://127.0.0.1:8080/realms/streamscape',
  jwksUrl: 'http://127.0.0.1:9/certs',
  audience: 'streamscape-api',
  clockToleranceSeconds: 5,
  jwksCooldownMs: 10_000,
};

const request = (authorization?: string) => ({ headers: authorization ? { authorization } : {} });

async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

describe('OidcAuthService', () => {
  afterEach(() => jest.restoreAllMocks());

  it('treats a request without a token as anonymous', async () => {
    await expect(new OidcAuthService(settings).principalOf(request())).resolves.toBeNull();
  });

  it('refuses a header that is not a bearer token, and a token that does not verify', async () => {
    const auth = new OidcAuthService(settings);
    expect((await refusal(auth.principalOf(request('Basic dXNlcjpwYXNz')))).code).toBe(
      ApiErrorCode.UNAUTHENTICATED,
    );
    const error = await refusal(auth.principalOf(request('Bearer not.a.jwt')));
    expect(error.code).toBe(ApiErrorCode.UNAUTHENTICATED);
    expect(error.message).toBe('The access token is not accepted: the token is not a well-formed signed JWT');
  });

  it('answers UNAVAILABLE, not UNAUTHENTICATED, when the keys cannot be fetched', async () => {
    jest
      .spyOn(TokenVerifier.prototype, 'verify')
      .mockRejectedValue(new (jest.requireActual('@streamscape/auth').KeysUnavailableError)('down'));
    const error = await refusal(new OidcAuthService(settings).principalOf(request('Bearer a.b.c')));
    expect(error.code).toBe(ApiErrorCode.UNAVAILABLE);
  });

  it('maps the realm roles it knows and keeps the groups', () => {
    const principal = principalOfToken({
      subject: 's-1',
      username: 'tara.lead',
      name: 'Tara Lead',
      roles: ['transformation-lead', 'viewer', 'offline_access', 'default-roles-streamscape'],
      groups: ['/portfolio-board'],
      expiresAt: 0,
    });
    expect(principal).toEqual({
      id: 's-1',
      name: 'Tara Lead',
      username: 'tara.lead',
      roles: new Set([Role.TRANSFORMATION_LEAD, Role.VIEWER]),
      groups: new Set(['/portfolio-board']),
    });
  });
});

describe('requestContextFactory', () => {
  it('keeps a refused token as the context authError instead of failing the request', async () => {
    const context = await requestContextFactory(new OidcAuthService(settings))({
      req: request('Bearer not.a.jwt') as never,
    });
    expect(context.principal).toBeNull();
    expect(context.authError?.code).toBe(ApiErrorCode.UNAUTHENTICATED);
  });
});
