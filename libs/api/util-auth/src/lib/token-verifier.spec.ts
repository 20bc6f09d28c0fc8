import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { jose, type Jose } from './jose';
import { bearerToken, KeysUnavailableError, TokenError, TokenVerifier } from './token-verifier';

const ISSUER = 'http://127.0.0.1:8080/realms/streamscape';
const AUDIENCE = 'streamscape-api';

interface SigningKey {
  readonly kid: string;
  readonly privateKey: Jose.CryptoKey;
  readonly jwk: Jose.JWK;
}

async function signingKey(kid: string, alg = 'RS256'): Promise<SigningKey> {
  const { generateKeyPair, exportJWK } = await jose();
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { kid, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

/** A JWKS endpoint on a free loopback port whose key set the test changes; counts its fetches. */
class JwksServer {
  keys: Jose.JWK[] = [];
  fetches = 0;
  private readonly server: Server = createServer((_, res) => {
    this.fetches++;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: this.keys }));
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/certs`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

const now = () => Math.floor(Date.now() / 1000);

function claims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    iss: ISSUER,
    aud: [AUDIENCE, 'account'],
    sub: 'user-1',
    typ: 'Bearer',
    azp: 'streamscape-web',
    iat: now(),
    exp: now() + 300,
    preferred_username: 'tara.lead',
    name: 'Tara Lead',
    realm_access: { roles: ['viewer', 'transformation-lead', 'offline_access'] },
    groups: ['/portfolio-board'],
    ...overrides,
  };
}

async function sign(key: SigningKey, payload = claims(), alg = 'RS256'): Promise<string> {
  const { SignJWT } = await jose();
  return new SignJWT(payload).setProtectedHeader({ alg, kid: key.kid, typ: 'JWT' }).sign(key.privateKey);
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

async function problemOf(verifier: TokenVerifier, token: string): Promise<string> {
  const error = await verifier.verify(token).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof TokenError)) throw new Error(`expected a TokenError, got ${String(error)}`);
  return error.problem;
}

describe('TokenVerifier', () => {
  const jwks = new JwksServer();
  let jwksUrl: string;
  let key: SigningKey;
  let verifier: TokenVerifier;

  beforeAll(async () => {
    jwksUrl = await jwks.start();
    key = await signingKey('key-1');
    jwks.keys = [key.jwk];
  });
  afterAll(() => jwks.stop());
  beforeEach(() => {
    verifier = new TokenVerifier({ issuer: ISSUER, audience: AUDIENCE, jwksUrl, jwksCooldownMs: 0 });
  });

  it('accepts a valid token and reads who it speaks for', async () => {
    await expect(verifier.verify(await sign(key))).resolves.toEqual({
      subject: 'user-1',
      username: 'tara.lead',
      name: 'Tara Lead',
      roles: ['viewer', 'transformation-lead', 'offline_access'],
      groups: ['/portfolio-board'],
      clientId: 'streamscape-web',
      expiresAt: expect.any(Number),
    });
  });

  it('fetches the key set once and reuses it', async () => {
    const before = jwks.fetches;
    for (let i = 0; i < 5; i++) await verifier.verify(await sign(key));
    expect(jwks.fetches - before).toBe(1);
  });

  it('accepts ES256 tokens too', async () => {
    const ec = await signingKey('ec-1', 'ES256');
    jwks.keys = [key.jwk, ec.jwk];
    await expect(verifier.verify(await sign(ec, claims(), 'ES256'))).resolves.toMatchObject({
      subject: 'user-1',
    });
    jwks.keys = [key.jwk];
  });

  it('refuses an expired token, and one not valid yet, beyond the clock tolerance', async () => {
    expect(await problemOf(verifier, await sign(key, claims({ iat: now() - 600, exp: now() - 60 })))).toBe(
      'expired',
    );
    expect(await problemOf(verifier, await sign(key, claims({ nbf: now() + 120 })))).toBe('not-yet-valid');
    // within the 5 s tolerance
    await expect(verifier.verify(await sign(key, claims({ exp: now() - 2 })))).resolves.toBeDefined();
  });

  it('refuses another issuer, even one that differs only in the host name', async () => {
    const other = ISSUER.replace('127.0.0.1', 'localhost');
    expect(await problemOf(verifier, await sign(key, claims({ iss: other })))).toBe('issuer');
  });

  it('refuses a token for another audience', async () => {
    expect(await problemOf(verifier, await sign(key, claims({ aud: 'account' })))).toBe('audience');
    const { aud: _, ...noAudience } = claims();
    expect(await problemOf(verifier, await sign(key, noAudience))).toBe('audience');
  });

  it('refuses a token whose signature does not match its payload', async () => {
    const [header, , signature] = (await sign(key)).split('.');
    const forged = `${header}.${b64(claims({ realm_access: { roles: ['admin'] } }))}.${signature}`;
    expect(await problemOf(verifier, forged)).toBe('signature');
  });

  it('refuses a token signed by a key of the same kid that the issuer does not hold', async () => {
    const impostor = await signingKey('key-1');
    expect(await problemOf(verifier, await sign(impostor))).toBe('signature');
  });

  it('refuses alg none', async () => {
    const unsigned = `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims())}.`;
    expect(await problemOf(verifier, unsigned)).toBe('algorithm');
  });

  it('refuses HS256 signed with the public key as the secret', async () => {
    const { SignJWT } = await jose();
    const secret = new TextEncoder().encode(JSON.stringify(key.jwk));
    const token = await new SignJWT(claims()).setProtectedHeader({ alg: 'HS256', kid: key.kid }).sign(secret);
    expect(await problemOf(verifier, token)).toBe('algorithm');
  });

  it('refuses refresh and ID tokens, and garbage', async () => {
    expect(await problemOf(verifier, await sign(key, claims({ typ: 'Refresh' })))).toBe('claims');
    expect(await problemOf(verifier, 'not.a.token')).toBe('malformed');
    const { sub: _, ...noSubject } = claims();
    expect(await problemOf(verifier, await sign(key, noSubject))).toBe('claims');
  });

  it('picks up a rotated key by fetching the key set again on an unknown kid', async () => {
    await verifier.verify(await sign(key));
    const rotated = await signingKey('key-2');
    jwks.keys = [rotated.jwk, key.jwk];
    await expect(verifier.verify(await sign(rotated))).resolves.toMatchObject({ subject: 'user-1' });
    await expect(verifier.verify(await sign(key))).resolves.toMatchObject({ subject: 'user-1' });
    jwks.keys = [key.jwk];
  });

  it('refuses an unknown kid within the cooldown without fetching again', async () => {
    const cooling = new TokenVerifier({
      issuer: ISSUER,
      audience: AUDIENCE,
      jwksUrl,
      jwksCooldownMs: 60_000,
    });
    await cooling.verify(await sign(key));
    const before = jwks.fetches;
    expect(await problemOf(cooling, await sign(await signingKey('key-3')))).toBe('unknown-key');
    expect(jwks.fetches).toBe(before);
  });

  it('says the keys are unavailable, not that the token is bad, when the key set cannot be fetched', async () => {
    const offline = new TokenVerifier({
      issuer: ISSUER,
      audience: AUDIENCE,
      jwksUrl: 'http://127.0.0.1:9/certs',
    });
    await expect(offline.verify(await sign(key))).rejects.toBeInstanceOf(KeysUnavailableError);
  });
});

describe('bearerToken', () => {
  it('reads the token of a bearer header, tells a missing header from a wrong one', () => {
    expect(bearerToken('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(bearerToken('bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(bearerToken(undefined)).toBeNull();
    expect(bearerToken('Basic dXNlcjpwdw==x y')).toBeUndefined();
    expect(bearerToken('Bearer')).toBeUndefined();
  });
});
