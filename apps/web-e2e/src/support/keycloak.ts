import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The demo users, read from the committed realm file so the tests do not repeat its passwords. */
export interface DemoUser {
  username: string;
  password: string;
  name: string;
  roles: string[];
  groups: string[];
}

interface RealmFile {
  users: {
    username: string;
    firstName?: string;
    lastName?: string;
    credentials?: { type: string; value: string }[];
    realmRoles?: string[];
    groups?: string[];
    serviceAccountClientId?: string;
  }[];
}

const REALM_FILE = join(__dirname, '..', '..', '..', '..', 'infra', 'keycloak', 'realm-streamscape.json');

export function demoUser(username: string): DemoUser {
  const realm = JSON.parse(readFileSync(REALM_FILE, 'utf8')) as RealmFile;
  const user = realm.users.find((u) => u.username === username && !u.serviceAccountClientId);
  const password = user?.credentials?.find((c) => c.type === 'password')?.value;
  if (!user || !password) throw new Error(`${username} is not a demo user of ${REALM_FILE}`);
  return {
    username,
    password,
    name: `${user.firstName ?? ''} ${user.lastName ?? ''}`.trim(),
    roles: (user.realmRoles ?? []).filter((role) => !role.startsWith('default-roles-')),
    groups: user.groups ?? [],
  };
}

/** Keycloak as run.mjs hands it over (npm test's or its own throwaway one). */
export function keycloakEnv() {
  const url = process.env['KEYCLOAK_TEST_URL'];
  if (!url)
    throw new Error('KEYCLOAK_TEST_URL is not set: run the end-to-end tests with node apps/web-e2e/run.mjs');
  return {
    url,
    issuer: process.env['KEYCLOAK_TEST_ISSUER'] ?? `${url}/realms/streamscape`,
    adminUser: process.env['KEYCLOAK_TEST_ADMIN_USER'] ?? 'admin',
    adminPassword: process.env['KEYCLOAK_TEST_ADMIN_PASSWORD'] ?? '',
  };
}

/** Waits for Keycloak's own login page and signs in there (the right password only: 5 wrong ones lock the user). */
export async function signInOnLoginPage(page: Page, user: DemoUser): Promise<void> {
  const { url } = keycloakEnv();
  await page.waitForURL((current) => current.href.startsWith(`${url}/realms/streamscape/`));
  await page.locator('#username').fill(user.username);
  await page.locator('#password').fill(user.password);
  await page.locator('#kc-login').click();
  await page.waitForURL((current) => !current.href.startsWith(url));
  await expect(page.getByTestId('user-name')).toHaveText(user.name);
}

const tokens = new Map<string, { token: string; expiresAt: number }>();

/** An access token of a demo user for API calls from the tests (password grant of `streamscape-test`). */
export async function accessToken(username: string): Promise<string> {
  const cached = tokens.get(username);
  if (cached && cached.expiresAt > Date.now() + 30_000) return cached.token;
  const { issuer } = keycloakEnv();
  const user = demoUser(username);
  const response = await fetch(`${keycloakEnv().url}/realms/streamscape/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'streamscape-test',
      username: user.username,
      password: user.password,
      scope: 'openid',
    }),
  });
  if (!response.ok) throw new Error(`No token for ${username} from ${issuer}: HTTP ${response.status}`);
  const body = (await response.json()) as { access_token: string; expires_in: number };
  tokens.set(username, { token: body.access_token, expiresAt: Date.now() + body.expires_in * 1000 });
  return body.access_token;
}

/** Keycloak's admin REST API on the realm (`/users?...`, `/users/<id>/logout`). */
export async function keycloakAdmin(path: string, init: RequestInit = {}): Promise<Response> {
  const kc = keycloakEnv();
  const tokenResponse = await fetch(`${kc.url}/realms/master/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'admin-cli',
      username: kc.adminUser,
      password: kc.adminPassword,
    }),
  });
  if (!tokenResponse.ok) throw new Error(`Keycloak admin sign-in failed: HTTP ${tokenResponse.status}`);
  const { access_token } = (await tokenResponse.json()) as { access_token: string };
  return fetch(`${kc.url}/admin/realms/streamscape${path}`, {
    ...init,
    headers: { authorization: `Bearer ${access_token}`, 'content-type': 'application/json', ...init.headers },
  });
}

/** Ends every Keycloak session of a user, as an administrator (or an SSO timeout) would. */
export async function revokeSessions(username: string): Promise<void> {
  const found = await keycloakAdmin(`/users?username=${encodeURIComponent(username)}&exact=true`);
  const [user] = (await found.json()) as { id: string }[];
  if (!user) throw new Error(`No Keycloak user ${username}`);
  const loggedOut = await keycloakAdmin(`/users/${user.id}/logout`, { method: 'POST' });
  if (!loggedOut.ok) throw new Error(`Logging out ${username} failed: HTTP ${loggedOut.status}`);
}
