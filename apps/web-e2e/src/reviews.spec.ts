import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { apiQuery, waitForOperation } from './support/graphql';
import { LandscapePage } from './support/landscape-page';

interface CreatedReview {
  id: string;
  decisionIds: string[];
  findings: { id: string }[];
  snapshot: { enterprise: { nodes: unknown[] } };
}

const DECISIONS = ['keep-ice-gen3-until-2027', 'consolidate-chassis-control'];

test.describe('portfolio reviews', () => {
  let review: CreatedReview;

  test.beforeAll(async () => {
    // seeded through the API, as the board's admin would; ids are unique per run (reviews cannot be deleted)
    const { createReview } = await apiQuery<{ createReview: CreatedReview }>(
      `mutation($input: CreateReviewInput!) {
        createReview(input: $input) { id decisionIds findings { id } snapshot { enterprise } }
      }`,
      {
        input: {
          id: `e2e-review-${Date.now()}`,
          name: 'E2E portfolio review',
          audienceRoles: ['viewer'],
          decisionIds: DECISIONS,
        },
      },
    );
    review = createReview;
  });

  test('a review created through the API is listed with its decisions', async ({ page }) => {
    const answered = waitForOperation(page, 'Reviews');
    await page.goto('/reviews');
    expect((await answered).ok()).toBe(true);
    const row = page.locator(`[data-testid=review-row][data-review-id="${review.id}"]`);
    await expect(row).toBeVisible();
    await expect(row).toContainText('E2E portfolio review');
    await expect(row.getByTestId('review-decision-count')).toHaveText(String(DECISIONS.length));
  });

  test('its page shows the frozen snapshot, findings by severity and decisions, and exports the PDF', async ({
    page,
  }) => {
    const answered = waitForOperation(page, 'Review');
    await page.goto('/reviews');
    await page.locator(`[data-testid=review-row][data-review-id="${review.id}"] a`).click();
    expect((await answered).ok()).toBe(true);
    await expect(page.getByTestId('review-title')).toHaveText('E2E portfolio review');

    const snapshot = new LandscapePage(page);
    await snapshot.waitForLayout();
    expect(await snapshot.nodeCount()).toBe(review.snapshot.enterprise.nodes.length);
    await snapshot.screenshot('review');

    await page.getByTestId('review-tab-findings').click();
    const groups = page.getByTestId('finding-group');
    await expect(groups.first()).toBeVisible();
    const rows = await groups.locator('tbody tr').count();
    expect(rows).toBe(review.findings.length);

    await page.getByTestId('review-tab-decisions').click();
    await expect(page.getByTestId('decision-row')).toHaveCount(DECISIONS.length);
    for (const id of DECISIONS) {
      await expect(page.locator(`[data-testid=decision-row][data-decision-id="${id}"]`)).toBeVisible();
    }

    const report = page.waitForResponse((r) => r.url().endsWith(`/reviews/${review.id}/report.pdf`));
    const download = page.waitForEvent('download');
    await page.getByTestId('export-pdf').click();
    const response = await report;
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/pdf');
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${review.id}.pdf`);
    expect(
      readFileSync(await file.path())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
  });

  test('an unknown review says it does not exist or is not yours, in the same words', async ({ page }) => {
    const answered = waitForOperation(page, 'Review');
    await page.goto('/reviews/no-such-review-e2e');
    await answered;
    await expect(page.getByTestId('review-not-found')).toContainText(
      'This review does not exist or you have no access',
    );
  });
});
