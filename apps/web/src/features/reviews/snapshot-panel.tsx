'use client';
import { Badge, Grid, Group, Paper, Stack, Table, Text, Title, useComputedColorScheme } from '@mantine/core';
import type { ReviewQuery } from '@streamscape/web-api';
import { GraphView, toEnterpriseElements } from '@streamscape/web-graph';
import { useMemo } from 'react';
import { Figures } from '../landscape/figures';
import { formatValue } from './comparison';
import { frozenEnterprise, kpiBoardSummary } from './snapshot';

type Snapshot = ReviewQuery['review']['snapshot'];

const STATUS_COLOURS: Record<string, string> = {
  ON_TRACK: 'green',
  OFF_TRACK: 'red',
  NO_DATA: 'gray',
  NO_TARGET: 'gray',
};

/** The frozen snapshot: the enterprise view as it was (read-only), key figures and the KPI board summary. */
export function SnapshotPanel({ snapshot }: { snapshot: Snapshot }) {
  const scheme = useComputedColorScheme('light');
  const enterprise = useMemo(() => frozenEnterprise(snapshot.enterprise), [snapshot.enterprise]);
  const elements = useMemo(() => (enterprise ? toEnterpriseElements(enterprise) : null), [enterprise]);
  const kpis = useMemo(() => kpiBoardSummary(snapshot.kpiBoard), [snapshot.kpiBoard]);

  return (
    <Stack gap="sm" data-testid="review-snapshot">
      <Figures
        items={[
          ...(enterprise?.figures ?? []).map((f) => ({
            label: f.label,
            value: formatValue(f.value),
            alert: f.label === 'Without owner' && f.value > 0,
          })),
          { label: 'Entities', value: snapshot.entityCount },
          { label: 'Findings', value: snapshot.findingCount },
        ]}
      />
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Paper withBorder h={600} style={{ overflow: 'hidden' }}>
            {elements ? (
              <GraphView elements={elements} layout="bands" theme={scheme} />
            ) : (
              <Text p="md" c="dimmed">
                This snapshot holds no enterprise view.
              </Text>
            )}
          </Paper>
          <Text size="xs" c="dimmed" mt={4}>
            {enterprise?.name ?? 'The enterprise'} as frozen on {snapshot.takenAt.slice(0, 10)}; performance
            window {snapshot.windowFrom.slice(0, 10)} to {snapshot.windowTo.slice(0, 10)} (exclusive).
          </Text>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="xs" data-testid="review-kpis">
            <Title order={4}>KPI board</Title>
            {kpis.length === 0 && (
              <Text size="sm" c="dimmed">
                No KPIs in this snapshot.
              </Text>
            )}
            {kpis.map((group) => (
              <Paper key={group.parameter} withBorder p="xs">
                <Group justify="space-between" mb={4}>
                  <Text fw={600} size="sm">
                    {group.parameter.replace(/_/g, ' ').toLowerCase()}
                  </Text>
                  <Group gap={4}>
                    {Object.entries(group.byStatus).map(([status, n]) => (
                      <Badge key={status} size="xs" color={STATUS_COLOURS[status] ?? 'gray'} variant="light">
                        {n} {status.replace(/_/g, ' ').toLowerCase()}
                      </Badge>
                    ))}
                  </Group>
                </Group>
                {group.kpis.length > 0 && (
                  <Table
                    fz="xs"
                    data={{
                      head: ['KPI', 'Value', 'Target'],
                      body: group.kpis.map((k) => [
                        k.name,
                        <Text key="v" size="xs" c={STATUS_COLOURS[k.status]}>
                          {formatValue(k.current)} {k.unit}
                        </Text>,
                        k.target == null ? '-' : `${formatValue(k.target)} ${k.unit}`,
                      ]),
                    }}
                  />
                )}
              </Paper>
            ))}
            <Title order={4} mt="sm">
              Entities
            </Title>
            <Table
              fz="xs"
              data={{
                head: ['Kind', 'Count'],
                body: snapshot.entityCounts.map((c) => [c.kind, c.count]),
              }}
            />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
