'use client';
import { Button, Group, NumberInput, Select, Stack, Table } from '@mantine/core';
import { centralComponentsQuery, useApiQuery, type CentralityOrder } from '@streamscape/web-api';
import { useMemo, useState, type FormEvent } from 'react';
import { centralGraph } from './analysis-graph';
import { ExplorerError } from './explorer-error';
import { rangeError } from './forms';
import { ResultGraph } from './result-graph';

export interface CentralParams {
  limit: number;
  orderBy: CentralityOrder;
}

const ORDERS: { value: CentralityOrder; label: string }[] = [
  { value: 'WEIGHTED_DEGREE', label: 'Weighted degree (in + out)' },
  { value: 'WEIGHTED_IN_DEGREE', label: 'Weighted in-degree (what others put on it)' },
  { value: 'PAGE_RANK', label: 'PageRank' },
];

/** Central components: the top N by dependency weight or PageRank. */
export function CentralTab({
  params,
  onRun,
}: {
  params: CentralParams | null;
  onRun: (p: CentralParams) => void;
}) {
  const [limit, setLimit] = useState<number | string>(params?.limit ?? 10);
  const [orderBy, setOrderBy] = useState<CentralityOrder>(params?.orderBy ?? 'WEIGHTED_DEGREE');
  const [error, setError] = useState<string | undefined>();
  const query = useApiQuery(centralComponentsQuery, params ?? { limit: 10, orderBy: 'WEIGHTED_DEGREE' }, {
    enabled: !!params,
  });
  const rows = query.data?.centralComponents;
  const graph = useMemo(() => (rows ? centralGraph(rows) : null), [rows]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const e = rangeError(limit, 1, 500);
    setError(e);
    if (!e) onRun({ limit: limit as number, orderBy });
  };

  return (
    <Stack gap="sm">
      <form onSubmit={submit} data-testid="central-form">
        <Group align="flex-start">
          <NumberInput
            label="Top"
            description="1 to 500"
            value={limit}
            onChange={setLimit}
            min={1}
            max={500}
            clampBehavior="none"
            allowDecimal={false}
            error={error}
            data-testid="central-limit"
            w={120}
          />
          <Select
            label="Ranked by"
            data={ORDERS}
            value={orderBy}
            allowDeselect={false}
            onChange={(v) => setOrderBy((v as CentralityOrder) ?? 'WEIGHTED_DEGREE')}
            w={320}
          />
          <Button type="submit" mt={25} loading={query.isFetching} data-testid="central-run">
            Run
          </Button>
        </Group>
      </form>
      {query.error && <ExplorerError error={query.error} what="the centrality ranking" />}
      {rows && graph && (
        <Stack gap="sm" data-testid="central-result">
          <ResultGraph graph={graph} layout="fcose" height={320} />
          <Table
            striped
            data-testid="analysis-table"
            data-row-count={rows.length}
            data={{
              head: ['Rank', 'Component', 'In', 'Out', 'Weighted in', 'Weighted out', 'Weighted', 'PageRank'],
              body: rows.map((r) => [
                r.rank,
                `${r.name ?? r.id} (${r.id})`,
                r.inDegree,
                r.outDegree,
                r.weightedInDegree,
                r.weightedOutDegree,
                r.weightedDegree,
                r.pageRank.toFixed(4),
              ]),
            }}
          />
        </Stack>
      )}
    </Stack>
  );
}
