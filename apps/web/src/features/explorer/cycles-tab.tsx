'use client';
import { Alert, Badge, Button, Group, NumberInput, Stack, Table } from '@mantine/core';
import { dependencyCyclesQuery, useApiQuery } from '@streamscape/web-api';
import { useMemo, useState, type FormEvent } from 'react';
import { cyclesGraph } from './analysis-graph';
import { ExplorerError } from './explorer-error';
import { rangeError } from './forms';
import { ResultGraph } from './result-graph';

export interface CyclesParams {
  limit: number;
}

/** Dependency cycles: the elementary cycles among component dependencies. */
export function CyclesTab({
  params,
  onRun,
}: {
  params: CyclesParams | null;
  onRun: (p: CyclesParams) => void;
}) {
  const [limit, setLimit] = useState<number | string>(params?.limit ?? 100);
  const [error, setError] = useState<string | undefined>();
  const query = useApiQuery(dependencyCyclesQuery, params ?? { limit: 100 }, { enabled: !!params });
  const result = query.data?.dependencyCycles;
  const graph = useMemo(() => (result ? cyclesGraph(result) : null), [result]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const e = rangeError(limit, 1, 1000);
    setError(e);
    if (!e) onRun({ limit: limit as number });
  };

  return (
    <Stack gap="sm">
      <form onSubmit={submit} data-testid="cycles-form">
        <Group align="flex-start">
          <NumberInput
            label="Most cycles"
            description="1 to 1000"
            value={limit}
            onChange={setLimit}
            min={1}
            max={1000}
            clampBehavior="none"
            allowDecimal={false}
            error={error}
            data-testid="cycles-limit"
            w={160}
          />
          <Button type="submit" mt={25} loading={query.isFetching} data-testid="cycles-run">
            Run
          </Button>
        </Group>
      </form>
      {query.error && <ExplorerError error={query.error} what="the cycle search" />}
      {result && result.cycles.length === 0 && (
        <Alert color="green" title="No cycles" data-testid="cycles-none">
          No component depends on itself, directly or transitively.
        </Alert>
      )}
      {result && graph && result.cycles.length > 0 && (
        <Stack gap="sm" data-testid="cycles-result">
          <Group gap="xs">
            <Badge variant="light">{result.cycles.length} cycles</Badge>
            {result.truncated && <Badge color="orange">More cycles than the limit</Badge>}
          </Group>
          <ResultGraph graph={graph} layout="fcose" />
          <Table
            striped
            data-testid="analysis-table"
            data-row-count={result.cycles.length}
            data={{
              head: ['#', 'Length', 'Cycle'],
              body: result.cycles.map((c, i) => [
                i + 1,
                c.length,
                [...c.componentIds, c.componentIds[0]].join(' -> '),
              ]),
            }}
          />
        </Stack>
      )}
    </Stack>
  );
}
