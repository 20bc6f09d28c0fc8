import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { apiQuery, waitForOperation } from './support/graphql';
import { SCREENSHOTS } from './support/landscape-page';

interface Plan {
  waves: { wave: number; steps: string[] }[];
  criticalPath: string[];
}

const PLAN = 'waves { wave steps } criticalPath';

/** What the page shows: each wave lane with its step ids, sorted. */
async function shownWaves(page: Page): Promise<{ wave: number; steps: string[] }[]> {
  return page.getByTestId('wave-lane').evaluateAll((lanes) =>
    lanes.map((lane) => ({
      wave: Number(lane.getAttribute('data-wave')),
      steps: Array.from(lane.querySelectorAll('[data-testid=wave-step]'))
        .map((s) => s.getAttribute('data-step-id') ?? '')
        .sort(),
    })),
  );
}

test('the transformation view shows the waves the API computes, the critical path marked', async ({
  page,
}) => {
  const {
    transformationLandscape: { plan: expected },
  } = await apiQuery<{ transformationLandscape: { plan: Plan } }>(
    `{ transformationLandscape { plan { ${PLAN} } } }`,
  );
  const answered = waitForOperation(page, 'TransformationLandscape');
  await page.goto('/transformation');
  expect((await answered).ok()).toBe(true);
  await expect(page.getByTestId('swim-lanes')).toBeVisible();
  expect(expected.waves.length).toBeGreaterThan(1);
  expect(await shownWaves(page)).toEqual(
    expected.waves.map((w) => ({ wave: w.wave, steps: [...w.steps].sort() })),
  );
  await expect(page.locator('[data-testid=wave-step][data-critical-path=true]')).toHaveCount(
    expected.criticalPath.length,
  );
  await expect(page.getByTestId('mode-row').first()).toBeVisible();
  await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'done');
  await page.screenshot({ path: join(SCREENSHOTS, 'transformation.png'), fullPage: true });
});

test('a what-if removing a step shows the new sequence and the diff, without writing', async ({ page }) => {
  const base = await apiQuery<{
    transformationLandscape: { plan: Plan; steps: { id: string; name: string }[] };
  }>(`{ transformationLandscape { plan { ${PLAN} } steps { id name } } }`);
  const removed = base.transformationLandscape.plan.criticalPath[0];
  const name = base.transformationLandscape.steps.find((s) => s.id === removed)!.name;
  const { transformationWhatIf: expected } = await apiQuery<{ transformationWhatIf: { plan: Plan } }>(
    `query($edits: [PlanEditInput!]!) { transformationWhatIf(edits: $edits) { plan { ${PLAN} } } }`,
    { edits: [{ kind: 'REMOVE', stepId: removed }] },
  );
  const sorted = (plan: Plan) => plan.waves.map((w) => ({ wave: w.wave, steps: [...w.steps].sort() }));
  expect(sorted(expected.plan)).not.toEqual(sorted(base.transformationLandscape.plan));

  await page.goto('/transformation');
  await expect(page.getByTestId('swim-lanes')).toBeVisible();
  await page.getByTestId('what-if').getByText('Remove', { exact: true }).click();
  await page.getByTestId('what-if-step').click();
  await page.getByRole('option', { name }).click();
  const answered = waitForOperation(page, 'TransformationWhatIf');
  await page.getByTestId('what-if-apply').click();
  expect((await answered).ok()).toBe(true);
  await expect(page.getByTestId('what-if-diff')).toBeVisible();
  await expect.poll(() => shownWaves(page)).toEqual(sorted(expected.plan));
  await expect(page.locator(`[data-testid=wave-step][data-step-id="${removed}"]`)).toHaveCount(0);

  // nothing was written: the plan as it is still holds the step
  const after = await apiQuery<{ transformationLandscape: { plan: Plan } }>(
    `{ transformationLandscape { plan { ${PLAN} } } }`,
  );
  expect(sorted(after.transformationLandscape.plan)).toEqual(sorted(base.transformationLandscape.plan));
  await page.getByTestId('what-if-clear').click();
  await expect.poll(() => shownWaves(page)).toEqual(sorted(base.transformationLandscape.plan));
});
