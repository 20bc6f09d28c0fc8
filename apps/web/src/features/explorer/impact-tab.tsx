'use client';
import { Badge, Button, Group, NumberInput, Stack, Table, Text } from '@mantine/core';
import { componentImpactQuery, useApiQuery } from '@streamscape/web-api';
import { useMemo, useState, type FormEvent } from 'react';
import { impactGraph } from './analysis-graph';
import { EntitySelect } from './entity-select';
import { ExplorerError } from './explorer-error';
import { isValid, rangeError, requiredError } from './forms';
import { ResultGraph } from './result-graph';

export interface ImpactParams {
  componentId: string;
  maxDepth: number;
}

/** Component impact: everything a change to one component reaches. */
export function ImpactTab({
  params,
  onRun,
}: {
  params: ImpactParams | null;
  onRun: (p: ImpactParams) => void;
}) {
  const [componentId, setComponentId] = useState<string | null>(params?.componentId ?? null);
  const [maxDepth, setMaxDepth] = useState<number | string>(params?.maxDepth ?? 10);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const query = useApiQuery(componentImpactQuery, params ?? { componentId: '', maxDepth: 10 }, {
    enabled: !!params,
  });
  const result = query.data?.componentImpact;
  const graph = useMemo(() => (result ? impactGraph(result) : null), [result]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = {
      componentId: requiredError(componentId, 'a component'),
      maxDepth: rangeError(maxDepth, 1, 50),
    };
    setErrors(next);
    if (isValid(next)) onRun({ componentId: componentId as string, maxDepth: maxDepth as number });
  };

  return (
    <Stack gap="sm">
      <form onSubmit={submit} data-testid="impact-form">
        <Group align="flex-start">
          <EntitySelect
            kind="COMPONENT"
            label="Component"
            value={componentId}
            onChange={setComponentId}
            error={errors['componentId']}
            testId="impact-component"
          />
          <NumberInput
            label="Depth"
            description="DEPENDS_ON steps, 1 to 50"
            value={maxDepth}
            onChange={setMaxDepth}
            min={1}
            max={50}
            clampBehavior="none"
            allowDecimal={false}
            error={errors['maxDepth']}
            data-testid="impact-depth"
            w={160}
          />
          <Button type="submit" mt={25} loading={query.isFetching} data-testid="impact-run">
            Run
          </Button>
        </Group>
      </form>
      {query.error && <ExplorerError error={query.error} what="the component impact" />}
      {result && graph && (
        <Stack gap="sm" data-testid="impact-result">
          <Group gap="xs">
            <Badge variant="light">{result.nodes.length} dependents</Badge>
            <Badge variant="light">{result.streams.length} value streams</Badge>
            <Badge variant="light">{result.domains.length} domains</Badge>
            <Badge variant="light">{result.teams.length} teams</Badge>
            {result.truncated && (
              <Badge color="orange" data-testid="impact-truncated">
                More dependents beyond depth {result.maxDepth}
              </Badge>
            )}
          </Group>
          <ResultGraph graph={graph} layout="dagre-lr" />
          <Table.ScrollContainer minWidth={600}>
            <Table
              striped
              data-testid="analysis-table"
              data-row-count={graph.nodes.length}
              data={{
                head: ['Kind', 'Name', 'Id', 'Depth', 'Via'],
                body: [
                  result.root,
                  ...result.nodes,
                  ...result.streams,
                  ...result.domains,
                  ...result.teams,
                ].map((n) => [n.kind, n.name ?? '', n.id, n.depth, n.via ?? '']),
              }}
            />
          </Table.ScrollContainer>
          {result.nodes.length === 0 && (
            <Text size="sm" c="dimmed">
              Nothing depends on this component.
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}
