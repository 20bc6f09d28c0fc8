import { expect, test, type Page } from '@playwright/test';
import { waitForOperation } from './support/graphql';
import { accessToken, demoUser, keycloakEnv, revokeSessions, signInOnLoginPage } from './support/keycloak';

// every test here starts signed out, in a fresh browser context, and signs in through Keycloak's login page
test.use({ storageState: { cookies: [], origins: [] } });

async function signIn(page: Page, username: string, path = '/enterprise') {
  const user = demoUser(username);
  await page.goto(path);
  await signInOnLoginPage(page, user);
  return user;
}

async function shownRoles(page: Page): Promise<string[]> {
  await page.getByTestId('user-menu').click();
  const roles = page.getByTestId('user-roles');
  await expect(roles).toBeVisible();
  const value = (await roles.getAttribute('data-roles')) ?? '';
  await page.keyboard.press('Escape');
  return value.split(' ').filter(Boolean).sort();
}

test('the app requires sign-in: an anonymous visit lands on Keycloak’s login page', async ({ page }) => {
  await page.goto('/findings');
  await page.waitForURL((url) => url.href.startsWith(`${keycloakEnv().url}/realms/streamscape/`));
  await expect(page.locator('#username')).toBeVisible();
  // PKCE S256 is what the app asks for
  expect(new URL(page.url()).searchParams.get('code_challenge_method')).toBe('S256');
});

test('vera.viewer reads the views, has no explorer and cannot run the console', async ({ page }) => {
  const answered = waitForOperation(page, 'EnterpriseLandscape');
  const user = await signIn(page, 'vera.viewer');
  expect((await answered).ok()).toBe(true);
  await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'done');
  expect(await shownRoles(page)).toEqual(['viewer']);
  expect(user.roles).toEqual(['viewer']);
  await expect(page.getByTestId('nav-enterprise')).toBeVisible();
  await expect(page.getByTestId('nav-findings')).toBeVisible();
  await expect(page.getByTestId('nav-explorer')).toHaveCount(0);
  await expect(page.getByTestId('nav-import')).toHaveCount(0);
  // by URL the explorer offers her no analyses and no console, the import page no upload
  await page.goto('/explorer');
  await expect(page.getByTestId('state-no-permission')).toBeVisible();
  await expect(page.getByTestId('tab-cypher')).toHaveCount(0);
  await page.goto('/import');
  await expect(page.getByTestId('state-no-permission')).toBeVisible();
  await expect(page.getByTestId('import-files')).toHaveCount(0);
  // and the API, not only the UI, refuses the console to a viewer
  const refused = await apiAs('vera.viewer', '{ cypher(query: "RETURN 1 AS one") { columns } }');
  expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});

test('arne.architect has the explorer and runs the Cypher console', async ({ page }) => {
  await signIn(page, 'arne.architect', '/findings');
  expect(await shownRoles(page)).toEqual(['architect', 'viewer']);
  await page.getByTestId('nav-explorer').click();
  await expect(page.getByTestId('explorer-view')).toBeVisible();
  await page.getByTestId('tab-cypher').click();
  const ran = waitForOperation(page, 'CypherConsole');
  await page.getByTestId('cypher-run').click();
  const response = await ran;
  expect(response.request().headers()['authorization']).toMatch(/^Bearer /);
  await expect(page.getByTestId('cypher-result')).toBeVisible();
  await expect(page.getByTestId('state-no-permission')).toHaveCount(0);
});

test('tara.lead sees her roles and the plan views, but no explorer', async ({ page }) => {
  await signIn(page, 'tara.lead', '/findings');
  expect(await shownRoles(page)).toEqual(['transformation-lead', 'viewer']);
  await expect(page.getByTestId('nav-transformation')).toBeVisible();
  await expect(page.getByTestId('nav-explorer')).toHaveCount(0);
});

test('ada.admin holds every role and has the explorer', async ({ page }) => {
  await signIn(page, 'ada.admin', '/findings');
  expect(await shownRoles(page)).toEqual(['admin', 'architect', 'transformation-lead', 'viewer']);
  await expect(page.getByTestId('nav-explorer')).toBeVisible();
});

test('sign out ends the Keycloak session and returns to the login page', async ({ page }) => {
  await signIn(page, 'vera.viewer', '/findings');
  await page.getByTestId('user-menu').click();
  await page.getByTestId('sign-out').click();
  await page.waitForURL((url) => url.href.startsWith(`${keycloakEnv().url}/realms/streamscape/`));
  await expect(page.locator('#username')).toBeVisible();
  // the SSO session is gone too: the app does not sign her in silently
  await page.goto('/enterprise');
  await expect(page.locator('#username')).toBeVisible();
});

test('tokens are refreshed silently before they expire', async ({ page }) => {
  await page.clock.install();
  await signIn(page, 'tara.lead', '/entities');
  // the access token lives 5 minutes: 6 minutes later the next request needs a refreshed one
  await page.clock.fastForward('06:00');
  const refreshed = page.waitForRequest(
    (request) =>
      request.url().endsWith('/protocol/openid-connect/token') &&
      (request.postData() ?? '').includes('grant_type=refresh_token'),
  );
  const answered = waitForOperation(page, 'Findings');
  await page.getByTestId('nav-findings').click();
  await refreshed;
  expect((await answered).ok()).toBe(true);
  await expect(page.getByTestId('user-name')).toBeVisible();
  await expect(page.locator('#username')).toHaveCount(0);
});

test('an expired session sends the user back to sign in', async ({ page }) => {
  await page.clock.install();
  await signIn(page, 'tara.lead', '/entities');
  // the session ends in Keycloak (as after its idle timeout), and the access token runs out
  await revokeSessions('tara.lead');
  await page.clock.fastForward('06:00');
  await page.getByTestId('nav-findings').click();
  await page.waitForURL((url) => url.href.startsWith(`${keycloakEnv().url}/realms/streamscape/`));
  await expect(page.locator('#username')).toBeVisible();
  // signing in again returns to where she was going
  await page.locator('#username').fill('tara.lead');
  await page.locator('#password').fill(demoUser('tara.lead').password);
  await page.locator('#kc-login').click();
  await expect(page.getByTestId('user-name')).toHaveText('Tara Lead');
  expect(new URL(page.url()).pathname).toBe('/findings');
});

test('a user outside a review’s audience cannot open it by URL', async ({ page }) => {
  const id = `e2e-board-${Date.now()}`;
  const created = await apiAs(
    'ada.admin',
    'mutation($input: CreateReviewInput!) { createReview(input: $input) { id audience { roles groups } } }',
    {
      input: {
        id,
        name: 'Architecture board (e2e)',
        audienceRoles: [],
        audienceGroups: ['/architecture-board'],
      },
    },
  );
  expect(created.errors).toBeUndefined();
  // the audience may open it, vera (viewer, /portfolio-board) may not: NOT_FOUND, as if it did not exist
  const asArne = await apiAs('arne.architect', 'query($id: ID!) { review(id: $id) { id name } }', { id });
  expect(asArne.data?.review?.id).toBe(id);
  const asVera = await apiAs('vera.viewer', 'query($id: ID!) { review(id: $id) { id name } }', { id });
  expect(asVera.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

  await signIn(page, 'vera.viewer', `/reviews/${id}`);
  await expect(page.getByText(/does not exist or you have no access/i)).toBeVisible();
  await expect(page.getByText('Architecture board (e2e)')).toHaveCount(0);
});

interface GraphQLAnswer {
  data?: Record<string, { id?: string } | null> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** A GraphQL request straight to the API with a demo user's token, errors included. */
async function apiAs(username: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(process.env['API_URL'] ?? 'http://127.0.0.1:4000/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await accessToken(username)}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLAnswer;
}
