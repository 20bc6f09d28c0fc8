import type { ImportSummary } from '@streamscape/web-api';
import { summaryFigures } from './import-summary';

const summary: ImportSummary = {
  files: { landscape: 2, facts: 1 },
  entities: { created: 3, updated: 1, unchanged: 5, deleted: 2, total: 9 },
  facts: { 'work-items': 40, deployments: 2 },
  journaled: false,
  durationMs: 1200,
};

describe('summaryFigures', () => {
  it('says what an import did, deletions flagged', () => {
    expect(summaryFigures(summary, false)).toEqual([
      { label: 'Files', value: 3 },
      { label: 'Created', value: 3 },
      { label: 'Updated', value: 1 },
      { label: 'Unchanged', value: 5 },
      { label: 'Deleted', value: 2, alert: true },
      { label: 'Fact rows', value: 42 },
    ]);
  });

  it('says what a check found, without changes it did not make', () => {
    expect(summaryFigures(summary, true)).toEqual([
      { label: 'Files', value: 3 },
      { label: 'Entities', value: 9 },
      { label: 'Fact rows', value: 42 },
    ]);
  });
});
