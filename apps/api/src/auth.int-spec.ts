import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Role } from '@streamscape/api-graphql';
import type { Graph } from '@streamscape/graph';
import { connectTestGraph, resetGraph } from '@streamscape/graph/testing';
import {
  getNamedType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './config/api-config';
import { startTestApp, testEnv, type TestApp } from './testing/test-app';

// These tests need the real Keycloak that `npm test` starts (KEYCLOAK_TEST_URL). Without it they are
// skipped with a warning on a developer's machine, and fail under CI, where skipping would hide a hole.
const KEYCLOAK_URL = process.env['KEYCLOAK_TEST_URL']?.replace(/\/+$/, '');
const IN_CI = !!process.env['CI'] && process.env['CI'] !== 'false';
const REALM = 'streamscape';
const AUDIENCE = 'streamscape-api';

if (!KEYCLOAK_URL && !IN_CI) {
  console.warn(
    [
      '',
      '!'.repeat(100),
      '!!! SKIPPED: the authorization matrix and key rotation tests need a real Keycloak: KEYCLOAK_TEST_URL is not set.',
      '!!! Run them with `npm test`, or: npm run idp:start and KEYCLOAK_TEST_URL=http://127.0.0.1:8080',
      '!!! KEYCLOAK_TEST_ADMIN_PASSWORD=$(cat .data/keycloak-admin-password) npx nx run api:int-test',
      '!'.repeat(100),
      '',
    ].join('\n'),
  );
}

describe('Keycloak for the auth tests', () => {
  it('is given in KEYCLOAK_TEST_URL (required under CI)', () => {
    if (IN_CI && !KEYCLOAK_URL) {
      throw new Error(
        'KEYCLOAK_TEST_URL is not set: npm test starts a Keycloak and passes it; in CI these tests must not be skipped',
      );
    }
  });
});

// ---- the expectations: declared here, independently of the resolvers' @Roles -------------------------

type Rule = 'public' | Role;

/** Entity kinds that architects edit (the structure of the landscape) */
const STRUCTURE_KINDS = [
  'Enterprise',
  'OrgUnit',
  'Domain',
  'Budget',
  'ValueStream',
  'Stage',
  'IntegrationPoint',
  'Product',
  'Variant',
  'Generation',
  'Component',
  'Team',
  'Objective',
  'KeyResult',
  'Kpi',
  'Finding',
];
/** Entity kinds of the transformation plan, which transformation leads edit */
const PLAN_KINDS = ['TransformationStep', 'Initiative', 'Decision'];

const lowerFirst = (s: string) => s[0].toLowerCase() + s.slice(1);

const EXPECTED: Readonly<Record<string, Rule>> = {
  ...Object.fromEntries(
    [...STRUCTURE_KINDS, ...PLAN_KINDS].flatMap((kind) => {
      const writer = PLAN_KINDS.includes(kind) ? Role.TRANSFORMATION_LEAD : Role.ARCHITECT;
      return [
        [`Query.${lowerFirst(kind)}`, Role.VIEWER],
        [`Query.${lowerFirst(kind)}s`, Role.VIEWER],
        [`Mutation.create${kind}`, writer],
        [`Mutation.update${kind}`, writer],
        [`Mutation.delete${kind}`, writer],
      ];
    }),
  ),
  // views, findings, performance: read by everyone signed in
  'Query.landscapeStats': Role.VIEWER,
  'Query.enterpriseLandscape': Role.VIEWER,
  'Query.domainLandscape': Role.VIEWER,
  'Query.findings': Role.VIEWER,
  'Query.findingRules': Role.VIEWER,
  'Query.metricDefinitions': Role.VIEWER,
  'Query.performanceLandscape': Role.VIEWER,
  'Query.kpiBoard': Role.VIEWER,
  'Query.factHorizon': Role.VIEWER,
  // structural analyses and the Cypher console
  'Query.componentImpact': Role.ARCHITECT,
  'Query.dependencyPath': Role.ARCHITECT,
  'Query.dependencyCycles': Role.ARCHITECT,
  'Query.centralComponents': Role.ARCHITECT,
  'Query.cypher': Role.ARCHITECT,
  // the transformation view and what-if: read; decisions: transformation leads
  'Query.transformationLandscape': Role.VIEWER,
  'Query.transformationWhatIf': Role.VIEWER,
  'Mutation.recordDecision': Role.TRANSFORMATION_LEAD,
  // reviews: admins manage them; reading is viewer-level (each review also checks its own audience)
  'Mutation.createReview': Role.ADMIN,
  'Query.reviews': Role.VIEWER,
  'Query.review': Role.VIEWER,
  'Query.compareReviews': Role.VIEWER,
  // the audit trail
  'Query.auditTrail': Role.ADMIN,
};

/** The realm roles each demo user's token carries (the realm's composite roles expanded). */
const TOKEN_ROLES: Readonly<Record<string, readonly Role[]>> = {
  viewer: [Role.VIEWER],
  architect: [Role.ARCHITECT, Role.VIEWER],
  'transformation-lead': [Role.TRANSFORMATION_LEAD, Role.VIEWER],
  admin: [Role.ADMIN, Role.ARCHITECT, Role.TRANSFORMATION_LEAD, Role.VIEWER],
};

type Outcome = 'allow' | 'UNAUTHENTICATED' | 'FORBIDDEN';

function expectedOutcome(rule: Rule, identity: string): Outcome {
  if (rule === 'public') return 'allow';
  const roles = TOKEN_ROLES[identity];
  if (!roles) return 'UNAUTHENTICATED';
  return roles.includes(rule) || roles.includes(Role.ADMIN) ? 'allow' : 'FORBIDDEN';
}

// ---- minimal operations built from the schema --------------------------------------------------------

function literal(type: GraphQLInputType, depth = 0): string {
  if (isNonNullType(type)) return literal(type.ofType, depth);
  if (isListType(type)) return `[${literal(type.ofType, depth)}]`;
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    if (depth > 4) throw new Error(`input ${type.name} nests too deep for the matrix`);
    const required = Object.values(type.getFields()).filter(
      (f) => isNonNullType(f.type) && f.defaultValue === undefined,
    );
    return `{${required.map((f) => `${f.name}: ${literal(f.type, depth + 1)}`).join(', ')}}`;
  }
  switch (type.name) {
    case 'Int':
      return '1';
    case 'Float':
      return '1.5';
    case 'Boolean':
      return 'false';
    case 'DateTime':
      return '"2026-01-01T00:00:00.000Z"';
    case 'Date':
      return '"2026-01-01"';
    default:
      // String, ID, JSON, ScalarValue: a string is a valid value of each
      return '"authz-matrix"';
  }
}

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const args = field.args
    .filter((a) => isNonNullType(a.type) && a.defaultValue === undefined)
    .map((a) => `${a.name}: ${literal(a.type)}`);
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${kind} Matrix { ${field.name}${args.length ? `(${args.join(', ')})` : ''}${selection} }`;
}

// ---- tokens --------------------------------------------------------------------------------------------

interface RealmUser {
  username: string;
  credentials?: { value: string }[];
  realmRoles?: string[];
}

function demoUser(role: string): { username: string; password: string } {
  const realm = JSON.parse(
    readFileSync(join(repoRoot(), 'infra/keycloak/realm-streamscape.json'), 'utf8'),
  ) as { users: RealmUser[] };
  const user = realm.users.find((u) => u.credentials?.length && u.realmRoles?.includes(role));
  if (!user?.credentials) throw new Error(`no demo user with the role ${role} in the realm file`);
  return { username: user.username, password: user.credentials[0].value };
}

async function form(url: string, body: Record<string, string>): Promise<Record<string, unknown>> {
  const response = await fetch(url, { method: 'POST', body: new URLSearchParams(body) });
  const json = (await response.json()) as Record<string, unknown>;
  if (!response.ok) throw new Error(`${url}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

/** An access token of a demo user, by the password grant of the test-only client. */
async function userToken(role: string): Promise<string> {
  const { username, password } = demoUser(role);
  const answer = await form(`${KEYCLOAK_URL}/realms/${REALM}/protocol/openid-connect/token`, {
    grant_type: 'password',
    client_id: 'streamscape-test',
    username,
    password,
    scope: 'openid',
  });
  return answer['access_token'] as string;
}

async function adminApi(method: string, path: string, body?: unknown): Promise<Response> {
  const { access_token } = (await form(`${KEYCLOAK_URL}/realms/master/protocol/openid-connect/token`, {
    grant_type: 'password',
    client_id: 'admin-cli',
    username: process.env['KEYCLOAK_TEST_ADMIN_USER'] ?? 'admin',
    password: process.env['KEYCLOAK_TEST_ADMIN_PASSWORD'] ?? '',
  })) as { access_token: string };
  const response = await fetch(`${KEYCLOAK_URL}/admin/realms/${REALM}${path}`, {
    method,
    headers: { authorization: `Bearer ${access_token}`, 'content-type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  if (!response.ok) throw new Error(`admin ${method} ${path}: ${response.status} ${await response.text()}`);
  return response;
}

/** Adds a key provider to the realm (a component), returns its id for the clean-up. */
async function addKeyProvider(providerId: string, config: Record<string, string>): Promise<string> {
  const realm = (await (await adminApi('GET', '')).json()) as { id: string };
  const response = await adminApi('POST', '/components', {
    name: `test-${providerId}-${Date.now()}`,
    providerId,
    providerType: 'org.keycloak.keys.KeyProvider',
    parentId: realm.id,
    config: Object.fromEntries(Object.entries(config).map(([k, v]) => [k, [v]])),
  });
  return (response.headers.get('location') ?? '').split('/').pop()!;
}

async function realmKeys(): Promise<{ kid: string; alg?: string; n?: string; kty: string }[]> {
  const response = await fetch(`${KEYCLOAK_URL}/realms/${REALM}/protocol/openid-connect/certs`);
  return ((await response.json()) as { keys: { kid: string; alg?: string; n?: string; kty: string }[] }).keys;
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const claimsOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<string, unknown>;
const kidOf = (token: string) =>
  (JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString()) as { kid: string }).kid;

// ---- the API -------------------------------------------------------------------------------------------

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

const describeWithKeycloak = KEYCLOAK_URL ? describe : describe.skip;

describeWithKeycloak('sign-in with the real Keycloak', () => {
  const issuer = `${KEYCLOAK_URL}/realms/${REALM}`;
  let graph: Graph;
  let api: TestApp;
  const tokens: Record<string, string | null> = {};
  const components: string[] = [];

  const post = async (query: string, token: string | null) =>
    (await api.post(query, {}, { token })) as Answer;

  const outcomeOf = (answer: Answer, operation: string): Outcome => {
    const codes = (answer.errors ?? []).map((e) => e.extensions?.code);
    for (const code of ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED']) {
      if (codes.includes(code)) {
        throw new Error(
          `the matrix built an invalid operation: ${operation}\n${JSON.stringify(answer.errors)}`,
        );
      }
    }
    if (codes.includes('UNAUTHENTICATED')) return 'UNAUTHENTICATED';
    if (codes.includes('FORBIDDEN')) return 'FORBIDDEN';
    return 'allow';
  };

  beforeAll(async () => {
    graph = await connectTestGraph();
    await resetGraph(graph);
    await graph.write('test: seed', (tx) => tx.run("CREATE (:Team {id: 'platform', name: 'Platform'})"));

    // a key the test holds, made known to Keycloak with a low priority (Keycloak keeps signing with its
    // own): forged tokens signed with it have a trusted signature, so each is refused for its one defect
    const { generateKeyPair, exportPKCS8, exportJWK, exportSPKI, SignJWT, importJWK } = await import('jose');
    const testKey = await generateKeyPair('RS256', { extractable: true });
    components.push(
      await addKeyProvider('rsa', {
        priority: '1',
        enabled: 'true',
        active: 'true',
        algorithm: 'RS256',
        privateKey: await exportPKCS8(testKey.privateKey),
      }),
    );
    const testN = (await exportJWK(testKey.publicKey)).n;
    const testKid = (await realmKeys()).find((k) => k.n === testN)?.kid;
    if (!testKid) throw new Error('Keycloak does not publish the test key');

    for (const role of Object.keys(TOKEN_ROLES)) tokens[role] = await userToken(role);
    const viewer = tokens['viewer']!;
    const viewerClaims = claimsOf(viewer);
    const now = Math.floor(Date.now() / 1000);
    const signWithTestKey = (claims: Record<string, unknown>) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: testKid, typ: 'JWT' })
        .sign(testKey.privateKey);
    const realmKey = (await realmKeys()).find((k) => k.kid === kidOf(viewer))!;

    tokens['anonymous'] = null;
    tokens['expired token'] = await signWithTestKey({ ...viewerClaims, iat: now - 900, exp: now - 600 });
    tokens['wrong issuer'] = await signWithTestKey({
      ...viewerClaims,
      iss: issuer.replace('127.0.0.1', 'localhost'),
    });
    tokens['wrong audience'] = await signWithTestKey({ ...viewerClaims, aud: ['account'] });
    const [header, , signature] = viewer.split('.');
    tokens['bad signature'] =
      `${header}.${b64({ ...viewerClaims, realm_access: { roles: ['admin'] } })}.${signature}`;
    tokens['alg none'] = `${b64({ alg: 'none', typ: 'JWT', kid: realmKey.kid })}.${b64(viewerClaims)}.`;
    const publicPem = await exportSPKI(
      (await importJWK({ ...realmKey, alg: 'RS256' }, 'RS256')) as Parameters<typeof exportSPKI>[0],
    );
    tokens['HS256 with the public key'] = await new SignJWT(viewerClaims)
      .setProtectedHeader({ alg: 'HS256', kid: realmKey.kid, typ: 'JWT' })
      .sign(new TextEncoder().encode(publicPem));
    // the control: the same test key with sound claims is accepted (see the test below)
    tokens['test key, sound claims'] = await signWithTestKey({ ...viewerClaims, iat: now, exp: now + 300 });

    api = await startTestApp(
      testEnv({
        AUTH_MODE: 'oidc',
        OIDC_ISSUER: issuer,
        OIDC_AUDIENCE: AUDIENCE,
        OIDC_JWKS_COOLDOWN_MS: '1000',
      }),
    );
  }, 120_000);

  afterAll(async () => {
    await api?.close();
    for (const id of components) await adminApi('DELETE', `/components/${id}`).catch(() => undefined);
    if (graph) await resetGraph(graph);
    await graph?.close();
  });

  it('accepts a token of the test key with sound claims, so the forged tokens fail for their defect only', async () => {
    const answer = await post('{ landscapeStats { nodes { name } } }', tokens['test key, sound claims']!);
    expect(answer.errors).toBeUndefined();
  });

  it('enforces the declared rule of every Query and Mutation field for every kind of caller', async () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const roots: [string, 'query' | 'mutation', GraphQLObjectType | null | undefined][] = [
      ['Query', 'query', schema.getQueryType()],
      ['Mutation', 'mutation', schema.getMutationType()],
    ];
    const identities = [
      'anonymous',
      'expired token',
      'wrong issuer',
      'wrong audience',
      'bad signature',
      'alg none',
      'HS256 with the public key',
      'viewer',
      'architect',
      'transformation-lead',
      'admin',
    ];
    const missing: string[] = [];
    const wrong: string[] = [];
    let cells = 0;
    let fields = 0;
    const started = Date.now();
    for (const [typeName, kind, type] of roots) {
      for (const field of Object.values(type?.getFields() ?? {})) {
        const name = `${typeName}.${field.name}`;
        const rule = EXPECTED[name];
        if (!rule) {
          missing.push(name);
          continue;
        }
        fields++;
        const operation = operationFor(kind, field);
        for (const identity of identities) {
          const expected = expectedOutcome(rule, identity);
          const actual = outcomeOf(await post(operation, tokens[identity]), operation);
          cells++;
          if (actual !== expected) wrong.push(`${name} as ${identity}: expected ${expected}, got ${actual}`);
        }
      }
    }
    const unknown = Object.keys(EXPECTED).filter((name) => {
      const [typeName, field] = name.split('.');
      return !(typeName === 'Query' ? schema.getQueryType() : schema.getMutationType())?.getFields()[field];
    });
    console.info(
      `Authorization matrix: ${fields} fields x ${identities.length} callers = ${cells} cells checked in ` +
        `${((Date.now() - started) / 1000).toFixed(1)} s` +
        (unknown.length ? `; expected but not in the schema (yet): ${unknown.join(', ')}` : ''),
    );
    expect(missing).toEqual([]);
    expect(wrong).toEqual([]);
    expect(cells).toBeGreaterThanOrEqual(100 * identities.length);
  }, 600_000);

  it('tells a refused caller nothing about whether the object exists', async () => {
    for (const [token, code] of [
      [tokens['viewer'], 'FORBIDDEN'],
      [null, 'UNAUTHENTICATED'],
      [tokens['expired token'], 'UNAUTHENTICATED'],
    ] as const) {
      const existing = await post('mutation { deleteTeam(id: "platform") { id } }', token);
      const absent = await post('mutation { deleteTeam(id: "no-such-team") { id } }', token);
      expect(existing.errors?.[0]?.extensions?.code).toBe(code);
      expect(absent.errors?.[0]?.message).toBe(existing.errors?.[0]?.message);
      expect(absent.data).toEqual(existing.data);
    }
    const anonymousRead = await post('{ team(id: "platform") { id name } }', null);
    const anonymousMiss = await post('{ team(id: "no-such-team") { id name } }', null);
    expect(anonymousRead.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymousRead).toEqual(anonymousMiss);
    expect(JSON.stringify(anonymousRead)).not.toContain('Platform');
  });

  it('keeps /health public', async () => {
    expect((await fetch(`${api.url}/health/live`)).status).toBe(200);
  });

  it('gives the landscape workbook to a signed-in reader only', async () => {
    const workbook = (token: string | null) =>
      fetch(`${api.url}/landscape.xlsx`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    expect((await workbook(null)).status).toBe(401);
    expect((await workbook(tokens['expired token']!)).status).toBe(401);
    const viewer = await workbook(tokens['viewer']!);
    expect(viewer.status).toBe(200);
    expect(viewer.headers.get('content-type')).toContain('spreadsheetml');
  });

  it('takes imports through the API from admins only', async () => {
    const importAs = (token: string | null) => {
      const form = new FormData();
      form.append(
        'files',
        new Blob([
          'apiVersion: streamscape/v1\nkind: Team\nmetadata: { id: t, name: T }\nspec: { type: enabling }\n',
        ]),
        't.yaml',
      );
      form.append('dryRun', 'true');
      return fetch(`${api.url}/landscape/import`, {
        method: 'POST',
        body: form,
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
    };
    expect((await importAs(null)).status).toBe(401);
    expect((await importAs(tokens['architect']!)).status).toBe(403);
    expect((await importAs(tokens['admin']!)).status).toBe(200);
  });

  it('records who changed what in the audit trail, readable by admins only', async () => {
    const created = await post(
      'mutation { createTeam(input: {id: "audited-team", name: "Audited"}) { id } }',
      tokens['admin'],
    );
    expect(created.errors).toBeUndefined();
    const trail = await post(
      '{ auditTrail(filter: {id: "audited-team"}) { totalCount edges { node { actorName operation kind ids fields } } } }',
      tokens['admin'],
    );
    expect(trail.data?.['auditTrail']).toEqual({
      totalCount: 1,
      edges: [
        {
          node: {
            actorName: 'ada.admin',
            operation: 'createTeam',
            kind: 'MUTATION',
            ids: ['audited-team'],
            fields: ['input.name'],
          },
        },
      ],
    });
    const denied = await post('{ auditTrail { totalCount } }', tokens['architect']);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('accepts tokens signed with a rotated key without a restart', async () => {
    const before = tokens['viewer']!;
    expect((await post('{ landscapeStats { nodes { name } } }', before)).errors).toBeUndefined();
    // a new generated key with a higher priority than the realm's own: Keycloak signs with it from now on
    components.push(
      await addKeyProvider('rsa-generated', {
        priority: '500',
        enabled: 'true',
        active: 'true',
        algorithm: 'RS256',
        keySize: '2048',
      }),
    );
    const after = await userToken(Role.VIEWER);
    expect(kidOf(after)).not.toBe(kidOf(before));
    // the API fetched the keys moments ago; an unknown kid makes it fetch them again after its 1 s cooldown
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await post('{ landscapeStats { nodes { name } } }', after)).errors).toBeUndefined();
    // tokens of the previous key stay valid while Keycloak still publishes it
    expect((await post('{ landscapeStats { nodes { name } } }', before)).errors).toBeUndefined();
  });
});
