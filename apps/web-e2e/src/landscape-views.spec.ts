import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { apiQuery, waitForOperation } from './support/graphql';
import { LandscapePage } from './support/landscape-page';

interface Landscape {
  nodes: { id: string; kind: string; parent: string | null }[];
  findings: { id: string; about: string[] }[];
}

test('the enterprise view draws every node the API reports', async ({ page }) => {
  const { enterpriseLandscape } = await apiQuery<{ enterpriseLandscape: Landscape }>(
    '{ enterpriseLandscape { nodes { id kind parent } findings { id about } } }',
  );
  const view = new LandscapePage(page);
  const answered = waitForOperation(page, 'EnterpriseLandscape');
  await page.goto('/enterprise');
  expect((await answered).ok()).toBe(true);
  await view.waitForLayout();
  expect(enterpriseLandscape.nodes.length).toBeGreaterThan(50);
  expect(await view.nodeCount()).toBe(enterpriseLandscape.nodes.length);
  await view.screenshot('enterprise');
});

test('the enterprise view downloads the landscape as an Excel workbook', async ({ page }) => {
  await page.goto('/enterprise');
  await new LandscapePage(page).waitForLayout();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-workbook').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^acme-motors-landscape-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const bytes = await readFile((await download.path())!);
  // an xlsx file is a zip archive; its reading back is tested in apps/api (views.int-spec)
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  expect(bytes.length).toBeGreaterThan(10_000);
});

test('a finding click highlights the nodes it is about, a second click clears', async ({ page }) => {
  const { enterpriseLandscape } = await apiQuery<{ enterpriseLandscape: Landscape }>(
    '{ enterpriseLandscape { nodes { id kind parent } findings { id about } } }',
  );
  const view = new LandscapePage(page);
  await page.goto('/enterprise');
  await view.waitForLayout();
  const finding = enterpriseLandscape.findings[0];
  const inView = new Set(enterpriseLandscape.nodes.map((n) => n.id));
  const expected = new Set(finding.about.filter((id) => inView.has(id))).size;
  expect(expected).toBeGreaterThan(0);

  const item = page.locator(`[data-testid=finding-item][data-finding-id="${finding.id}"]`);
  await item.click();
  await expect(view.graph).toHaveAttribute('data-highlighted-count', String(expected));
  await item.click();
  await expect(view.graph).toHaveAttribute('data-highlighted-count', '0');
});

test('drill down enterprise -> domain -> stream -> stage, and back by the breadcrumb', async ({ page }) => {
  const { domainLandscape } = await apiQuery<{ domainLandscape: Landscape }>(
    'query($id: ID!) { domainLandscape(domainId: $id) { nodes { id kind parent } findings { id about } } }',
    { id: 'powertrain' },
  );
  const stream = domainLandscape.nodes.find(
    (n) => n.kind === 'VALUE_STREAM' && n.parent === 'domain:powertrain',
  );
  const stage = domainLandscape.nodes.find((n) => n.kind === 'STAGE' && n.parent === stream?.id);
  expect(stream && stage).toBeTruthy();

  const view = new LandscapePage(page);
  await page.goto('/enterprise');
  await view.waitForLayout();
  await view.clickNode('domain:powertrain');
  const answered = waitForOperation(page, 'DomainLandscape');
  await page.getByTestId('drill-down').click();
  await answered;
  await expect(page).toHaveURL(/\/domains\/powertrain$/);
  await view.waitForLayout();
  await view.screenshot('domain');

  await view.clickNode(stream!.id);
  await page.getByTestId('drill-down').click();
  await expect(page).toHaveURL(new RegExp(`stream=${stream!.id.split(':')[1]}`));
  await expect(page.getByTestId('crumb-stream')).toBeVisible();
  await view.waitForLayout();
  await view.screenshot('assembly-line');

  await view.clickNode(stage!.id);
  await page.getByTestId('drill-down').click();
  await expect(page).toHaveURL(new RegExp(`stage=${stage!.id.split(':')[1]}`));
  await expect(page.getByTestId('crumb-stage')).toBeVisible();
  await expect(view.sidePanel).toHaveAttribute('data-node-id', stage!.id);
  await view.screenshot('stage');

  await page.getByTestId('crumb-domain').click();
  await expect(page).toHaveURL(/\/domains\/powertrain$/);
  await expect(page.getByTestId('crumb-stream')).toHaveCount(0);
  // the enterprise answer is still fresh in the query cache: no request this time
  await page.getByTestId('crumb-enterprise').click();
  await expect(page).toHaveURL(/\/enterprise$/);
  await view.waitForLayout();
});
