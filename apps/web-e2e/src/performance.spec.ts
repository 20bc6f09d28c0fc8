import { expect, test, type Page } from '@playwright/test';
import { apiQuery, waitForOperation } from './support/graphql';
import { LandscapePage, SCREENSHOTS } from './support/landscape-page';
import { join } from 'node:path';

interface Perf {
  nodes: { id: string; kind: string; metrics: { metric: string; value: number | null }[] }[];
}

/** The view's default: the enterprise over the 90 days up to the end of the last day with facts. */
async function enterpriseAnswer(): Promise<{ at: string; view: Perf; kpis: number }> {
  const { kpiBoard } = await apiQuery<{ kpiBoard: { at: string; groups: { kpis: { id: string }[] }[] } }>(
    '{ kpiBoard { at groups { kpis { id } } } }',
  );
  const to = kpiBoard.at;
  const from = new Date(Date.parse(to) - 90 * 86_400_000).toISOString();
  const { performanceLandscape } = await apiQuery<{ performanceLandscape: Perf }>(
    'query($w: WindowInput!) { performanceLandscape(scope: { kind: ENTERPRISE }, window: $w) { nodes { id kind metrics { metric value } } } }',
    { w: { from, to } },
  );
  return { at: to, view: performanceLandscape, kpis: kpiBoard.groups.reduce((n, g) => n + g.kpis.length, 0) };
}

function nodeColour(page: Page, id: string): Promise<string> {
  return page.getByTestId('graph').evaluate((element, nodeId) => {
    const cy = (element as unknown as { _cyreg: { cy: import('cytoscape').Core } })._cyreg.cy;
    return String(cy.getElementById(nodeId).style('background-color'));
  }, id);
}

test('the performance view draws the heat map with every node the API reports, and the KPI board', async ({
  page,
}) => {
  const { view: expected, kpis } = await enterpriseAnswer();
  const view = new LandscapePage(page);
  const answered = waitForOperation(page, 'PerformanceLandscape');
  await page.goto('/performance');
  expect((await answered).ok()).toBe(true);
  await view.waitForLayout();
  expect(expected.nodes.length).toBeGreaterThan(50);
  expect(await view.nodeCount()).toBe(expected.nodes.length);
  await expect(page.getByTestId('heat-legend')).toHaveCount(2);
  await expect(page.getByTestId('trend-chart')).toBeVisible();
  await expect(page.getByTestId('comparison-row')).toHaveCount(7);

  expect(kpis).toBeGreaterThan(0);
  await expect(page.getByTestId('kpi-group')).toHaveCount(4);
  await expect(page.getByTestId('kpi-item')).toHaveCount(kpis);
  await expect(page.getByTestId('kpi-item').first().locator('.mantine-Badge-root')).toHaveText(
    /On track|Off track|No data|No target/,
  );
  await page.screenshot({ path: join(SCREENSHOTS, 'performance.png'), fullPage: true });
});

test('the metric picker recolours the heat map', async ({ page }) => {
  const { view: expected } = await enterpriseAnswer();
  const value = (n: Perf['nodes'][number], metric: string) =>
    n.metrics.find((m) => m.metric === metric)?.value;
  // a stage measured on flow time that had no incident to restore from: coloured, then neutral grey
  const stage = expected.nodes.find(
    (n) => n.kind === 'stage' && value(n, 'flow-time') != null && value(n, 'time-to-restore') == null,
  );
  expect(stage).toBeTruthy();

  const view = new LandscapePage(page);
  await page.goto('/performance');
  await view.waitForLayout();
  await expect(page.getByTestId('heat-legends')).toHaveAttribute('data-metric', 'flow-time');
  const before = await nodeColour(page, stage!.id);
  expect(before).not.toBe('rgb(206,212,218)');

  await page.getByTestId('metric-picker').click();
  await page.getByRole('option', { name: 'Time to restore' }).click();
  await expect(page).toHaveURL(/metric=time-to-restore/);
  await expect(page.getByTestId('heat-legends')).toHaveAttribute('data-metric', 'time-to-restore');
  await view.waitForLayout();
  await expect.poll(() => nodeColour(page, stage!.id)).toBe('rgb(206,212,218)');

  await view.clickNode(stage!.id);
  await expect(view.sidePanel).toContainText('Time to restore');
  await expect(view.sidePanel).toContainText('Flow time');
});
