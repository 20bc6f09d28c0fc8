import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { apiQuery } from './support/graphql';
import { SCREENSHOTS } from './support/landscape-page';

const team = (id: string, size: string) =>
  Buffer.from(
    `apiVersion: streamscape/v1\nkind: Team\nmetadata: { id: ${id}, name: Imported ${id} }\nspec: { type: enabling, size: ${size} }\n`,
  );

test('an admin checks files, sees each problem, then imports them', async ({ page }) => {
  const id = `e2e-import-${Date.now()}`;
  await page.goto('/import');
  const files = page.getByTestId('import-page').locator('input[type=file]');

  await files.setInputFiles({ name: 'teams.yaml', mimeType: 'application/yaml', buffer: team(id, '"many"') });
  await page.getByTestId('import-check').click();
  const problem = page.getByTestId('import-problem');
  await expect(problem).toHaveCount(1);
  await expect(problem).toContainText('teams.yaml');
  await expect(problem).toContainText('spec.size');
  await page.screenshot({ path: join(SCREENSHOTS, 'import.png') });

  await files.setInputFiles({ name: 'teams.yaml', mimeType: 'application/yaml', buffer: team(id, '4') });
  await page.getByTestId('import-check').click();
  await expect(page.getByTestId('import-summary')).toHaveAttribute('data-dry-run', 'true');
  // a check writes nothing
  expect(
    (await apiQuery<{ team: unknown }>('query($id: ID!) { team(id: $id) { id } }', { id })).team,
  ).toBeNull();

  await page.getByTestId('import-run').click();
  const summary = page.getByTestId('import-summary');
  await expect(summary).toHaveAttribute('data-dry-run', 'false');
  await expect(summary.getByTestId('view-figures')).toContainText('Created1');
  const { team: imported } = await apiQuery<{ team: { id: string; size: number } }>(
    'query($id: ID!) { team(id: $id) { id size } }',
    { id },
  );
  expect(imported).toEqual({ id, size: 4 });
});
