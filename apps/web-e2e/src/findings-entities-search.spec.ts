import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { apiQuery, waitForOperation } from './support/graphql';
import { SCREENSHOTS } from './support/landscape-page';

test('the findings page filters by severity and rule as the API does', async ({ page }) => {
  const all = await apiQuery<{ findings: { id: string; rule: string | null; severity: string }[] }>(
    '{ findings { id rule severity } }',
  );
  const high = all.findings.filter((f) => f.severity === 'HIGH').length;
  const answered = waitForOperation(page, 'Findings');
  await page.goto('/findings');
  await answered;
  const table = page.getByTestId('findings-table');
  await expect(table).toHaveAttribute('data-row-count', String(all.findings.length));
  await page.screenshot({ path: join(SCREENSHOTS, 'findings.png') });

  let filtered = waitForOperation(page, 'Findings');
  await page.getByTestId('filter-severity').click();
  await page.getByRole('option', { name: 'HIGH', exact: true }).click();
  await filtered;
  await expect(table).toHaveAttribute('data-row-count', String(high));
  await expect(page.locator('[data-testid=finding-row]:not([data-severity=HIGH])')).toHaveCount(0);

  const rule = all.findings.find((f) => f.rule && f.severity === 'HIGH')?.rule as string;
  filtered = waitForOperation(page, 'Findings');
  await page.getByTestId('filter-rule').click();
  await page.getByRole('option', { name: rule, exact: true }).click();
  await filtered;
  const expected = all.findings.filter((f) => f.rule === rule && f.severity === 'HIGH').length;
  await expect(table).toHaveAttribute('data-row-count', String(expected));
  await expect(page.locator(`[data-testid=finding-row]:not([data-rule="${rule}"])`)).toHaveCount(0);
});

test('an entity page shows its properties and links its relationships', async ({ page }) => {
  const answered = waitForOperation(page, 'TeamList');
  await page.goto('/entities/team');
  await answered;
  const first = page.getByTestId('entity-row').first().getByRole('link');
  const name = await first.textContent();
  const detail = waitForOperation(page, 'TeamDetail');
  await first.click();
  await detail;
  await expect(page.getByTestId('entity-name')).toHaveText(name ?? '');
  await expect(page.getByTestId('entity-properties')).toBeVisible();
  const link = page.getByTestId('entity-relationship-link').first();
  await expect(link).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, 'entity.png') });
  const href = await link.getAttribute('href');
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByTestId('entity-detail')).toBeVisible();
});

test('Ctrl+K searches the landscape from any page', async ({ page }) => {
  await page.goto('/findings');
  await expect(page.getByTestId('findings-page')).toBeVisible();
  await page.keyboard.press('Control+K');
  const input = page.getByTestId('search-input');
  await expect(input).toBeFocused();
  const answered = waitForOperation(page, 'Search');
  await input.fill('powertrain');
  await answered;
  const hit = page.getByTestId('search-hit').filter({ hasText: 'Powertrain' }).first();
  await expect(hit).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, 'search.png') });
  await hit.click();
  await expect(page).toHaveURL(/\/entities\//);
  await expect(page.getByTestId('entity-detail')).toBeVisible();
});
