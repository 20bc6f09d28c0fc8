'use client';
import { Alert, Badge, Button, Group, NumberInput, Select, Stack, Table } from '@mantine/core';
import { dependencyPathQuery, useApiQuery, type DependencyPathKind } from '@streamscape/web-api';
import { useMemo, useState, type FormEvent } from 'react';
import { pathGraph } from './analysis-graph';
import { EntitySelect } from './entity-select';
import { ExplorerError } from './explorer-error';
import { isValid, rangeError, requiredError } from './forms';
import { ResultGraph } from './result-graph';

export interface PathParams {
  kind: DependencyPathKind;
  fromId: string;
  toId: string;
  maxDepth: number;
}

const KINDS: { value: DependencyPathKind; label: string }[] = [
  { value: 'COMPONENT', label: 'Components' },
  { value: 'TEAM', label: 'Teams (the components they own)' },
  { value: 'VALUE_STREAM', label: 'Value streams (the components built in them)' },
  { value: 'DOMAIN', label: 'Domains (the components built in their streams)' },
];

/** Dependency path: the shortest chain of DEPENDS_ON from one end to the other. */
export function PathTab({ params, onRun }: { params: PathParams | null; onRun: (p: PathParams) => void }) {
  const [kind, setKind] = useState<DependencyPathKind>(params?.kind ?? 'COMPONENT');
  const [fromId, setFromId] = useState<string | null>(params?.fromId ?? null);
  const [toId, setToId] = useState<string | null>(params?.toId ?? null);
  const [maxDepth, setMaxDepth] = useState<number | string>(params?.maxDepth ?? 25);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const query = useApiQuery(
    dependencyPathQuery,
    params ?? { kind: 'COMPONENT', fromId: '', toId: '', maxDepth: 25 },
    { enabled: !!params },
  );
  const path = query.data?.dependencyPath;
  const graph = useMemo(() => (path ? pathGraph(path) : null), [path]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = {
      fromId: requiredError(fromId, 'where the path starts'),
      toId:
        requiredError(toId, 'where it ends') ??
        (fromId === toId ? 'Pick another end than the start' : undefined),
      maxDepth: rangeError(maxDepth, 1, 50),
    };
    setErrors(next);
    if (isValid(next))
      onRun({ kind, fromId: fromId as string, toId: toId as string, maxDepth: maxDepth as number });
  };

  return (
    <Stack gap="sm">
      <form onSubmit={submit} data-testid="path-form">
        <Group align="flex-start">
          <Select
            label="Ends are"
            data={KINDS}
            value={kind}
            allowDeselect={false}
            onChange={(v) => {
              setKind((v as DependencyPathKind) ?? 'COMPONENT');
              setFromId(null);
              setToId(null);
            }}
            data-testid="path-kind"
            w={260}
          />
          <EntitySelect
            key={`from-${kind}`}
            kind={kind}
            label="From (depends)"
            value={fromId}
            onChange={setFromId}
            error={errors['fromId']}
            testId="path-from"
          />
          <EntitySelect
            key={`to-${kind}`}
            kind={kind}
            label="To (depended on)"
            value={toId}
            onChange={setToId}
            error={errors['toId']}
            testId="path-to"
          />
          <NumberInput
            label="Most steps"
            description="1 to 50"
            value={maxDepth}
            onChange={setMaxDepth}
            min={1}
            max={50}
            clampBehavior="none"
            allowDecimal={false}
            error={errors['maxDepth']}
            w={120}
          />
          <Button type="submit" mt={25} loading={query.isFetching} data-testid="path-run">
            Run
          </Button>
        </Group>
      </form>
      {query.error && <ExplorerError error={query.error} what="the dependency path" />}
      {params && query.isSuccess && !path && (
        <Alert color="gray" title="No path" data-testid="path-none">
          {params.fromId} does not depend on {params.toId} within {params.maxDepth} steps.
        </Alert>
      )}
      {path && graph && (
        <Stack gap="sm" data-testid="path-result">
          <Group gap="xs">
            <Badge variant="light">{path.length} steps</Badge>
            <Badge variant="light">follows {path.follows.join(', ')}</Badge>
          </Group>
          <ResultGraph graph={graph} layout="dagre-lr" />
          <Table
            striped
            data-testid="analysis-table"
            data-row-count={path.steps.length}
            data={{
              head: ['#', 'Component', 'depends on', 'Weight'],
              body: path.steps.map((s, i) => [i + 1, s.from, s.to, s.weight]),
            }}
          />
        </Stack>
      )}
    </Stack>
  );
}
