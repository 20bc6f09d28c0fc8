import type { ImportSummary } from '@streamscape/web-api';

/** The figures of an import (or of a check: what it would do), in the order people ask for them. */
export function summaryFigures(summary: ImportSummary, dryRun: boolean) {
  const e = summary.entities;
  const rows = Object.values(summary.facts).reduce((a, b) => a + b, 0);
  const files = summary.files.landscape + summary.files.facts;
  if (dryRun) {
    return [
      { label: 'Files', value: files },
      { label: 'Entities', value: e.total },
      { label: 'Fact rows', value: rows },
    ];
  }
  return [
    { label: 'Files', value: files },
    { label: 'Created', value: e.created },
    { label: 'Updated', value: e.updated },
    { label: 'Unchanged', value: e.unchanged },
    { label: 'Deleted', value: e.deleted, alert: e.deleted > 0 },
    { label: 'Fact rows', value: rows },
  ];
}
