import type { Tx } from '../graph';
import { measureCypher, rollupCypher } from './cypher';
import { readPerformanceCells, type CellsQuery } from './store';

/** A transaction that answers every statement with no rows and keeps what it was asked. */
function emptyTx() {
  const statements: string[] = [];
  const tx = {
    run: async (statement: string) => {
      statements.push(statement);
      return { records: [] };
    },
  } as unknown as Tx;
  return { tx, statements };
}

const query = (measure: CellsQuery['measure']): CellsQuery => ({
  range: { firstDay: 20_500, endDay: 20_507 },
  buckets: [{ index: 0, label: '2026-02-16', firstDay: 20_500, endDay: 20_507 }],
  stages: ['line-a'],
  streams: ['line'],
  routeStages: ['line-a'],
  series: { stages: ['line-a'], streams: ['line'], injected: ['line-a'], order: null, found: ['line-a'] },
  measure,
});

describe('readPerformanceCells', () => {
  it('reads the measures only when a measure metric asks for them', async () => {
    const without = emptyTx();
    await readPerformanceCells(without.tx, query(null));
    expect(without.statements).not.toContain(measureCypher);

    const withMeasures = emptyTx();
    await readPerformanceCells(withMeasures.tx, query({ metric: 'engagement', nodes: ['Team:t1'] }));
    expect(withMeasures.statements).toContain(measureCypher);
  });

  it('reads the rollup state once per transaction', async () => {
    const first = emptyTx();
    await readPerformanceCells(first.tx, query(null));
    await readPerformanceCells(first.tx, query(null));
    expect(first.statements.filter((s) => s === rollupCypher.state)).toHaveLength(1);

    const second = emptyTx();
    await readPerformanceCells(second.tx, query(null));
    expect(second.statements.filter((s) => s === rollupCypher.state)).toHaveLength(1);
  });
});
