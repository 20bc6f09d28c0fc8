import { expect, test, type Page } from '@playwright/test';
import { apiQuery, waitForOperation } from './support/graphql';
import { LandscapePage } from './support/landscape-page';

/** Replaces the console's query text (inserted as text: no bracket auto-closing) and runs it with Ctrl+Enter. */
async function runInConsole(page: Page, query: string): Promise<void> {
  const editor = page.getByTestId('cypher-editor').locator('.cm-content');
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(query);
  await expect(editor).toHaveText(query);
  await page.keyboard.press('Control+Enter');
}

async function openConsole(page: Page): Promise<void> {
  await page.goto('/explorer');
  await page.getByTestId('tab-cypher').click();
  await expect(page.getByTestId('cypher-editor').locator('.cm-content')).toBeVisible();
}

test('the Cypher console shows the rows of a read query', async ({ page }) => {
  await openConsole(page);
  await page.getByTestId('cypher-params').fill('');
  const answered = waitForOperation(page, 'CypherConsole');
  await runInConsole(page, 'MATCH (d:Domain) RETURN d.id LIMIT 5');
  expect((await answered).ok()).toBe(true);
  const table = page.getByTestId('cypher-table');
  await expect(table).toHaveAttribute('data-row-count', '5');
  await expect(table.locator('tbody tr')).toHaveCount(5);
  await expect(table.locator('thead')).toContainText('d.id');
  await expect(page.getByTestId('cypher-truncated')).toHaveCount(0);
});

test('the Cypher console refuses a write and shows why, and nothing is written', async ({ page }) => {
  await openConsole(page);
  await page.getByTestId('cypher-params').fill('');
  const answered = waitForOperation(page, 'CypherConsole');
  await runInConsole(page, "CREATE (x:E2eScratch {id: 'console-write'}) RETURN x");
  const body = (await (await answered).json()) as {
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  const error = page.getByTestId('cypher-error');
  await expect(error).toBeVisible();
  await expect(error).toContainText('refused');
  await expect(error).toContainText(body.errors![0].message);
  await expect(page.getByTestId('cypher-table')).toHaveCount(0);

  const { cypher } = await apiQuery<{ cypher: { rows: number[][] } }>(
    '{ cypher(query: "MATCH (x:E2eScratch) RETURN count(x)") { rows } }',
  );
  expect(cypher.rows[0][0]).toBe(0);
});

test('component impact draws its result as a graph and a table', async ({ page }) => {
  // the most depended-on component has something to show
  const { centralComponents } = await apiQuery<{ centralComponents: { id: string; name: string }[] }>(
    '{ centralComponents(limit: 1, orderBy: WEIGHTED_IN_DEGREE) { id name } }',
  );
  const root = centralComponents[0];
  const { componentImpact } = await apiQuery<{
    componentImpact: Record<'nodes' | 'streams' | 'domains' | 'teams', unknown[]>;
  }>(
    'query($id: ID!) { componentImpact(componentId: $id, maxDepth: 10) { nodes { id } streams { id } domains { id } teams { id } } }',
    { id: root.id },
  );
  const expected =
    1 +
    componentImpact.nodes.length +
    componentImpact.streams.length +
    componentImpact.domains.length +
    componentImpact.teams.length;
  expect(componentImpact.nodes.length).toBeGreaterThan(0);

  await page.goto('/explorer');
  const picker = page.getByTestId('impact-component');
  await picker.click();
  await picker.fill(root.name);
  await page.getByRole('option', { name: `${root.name} (${root.id})` }).click();
  const answered = waitForOperation(page, 'ComponentImpact');
  await page.getByTestId('impact-run').click();
  expect((await answered).ok()).toBe(true);

  const graph = new LandscapePage(page);
  await graph.waitForLayout();
  expect(await graph.nodeCount()).toBe(expected);
  await expect(page.getByTestId('analysis-table')).toHaveAttribute('data-row-count', String(expected));
  await expect(page.getByTestId('analysis-table').locator('tbody tr')).toHaveCount(expected);
  await graph.screenshot('explorer');
});

test('the analysis forms check their input before asking the API', async ({ page }) => {
  await page.goto('/explorer');
  await page.getByTestId('impact-depth').fill('99');
  await page.getByTestId('impact-run').click();
  await expect(page.getByText('Pick a component')).toBeVisible();
  await expect(page.getByText('From 1 to 50', { exact: true })).toBeVisible();
});
