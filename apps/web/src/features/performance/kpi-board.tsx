'use client';
import { Sparkline } from '@mantine/charts';
import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { KpiBoardQuery } from '@streamscape/web-api';
import { formatMetric, type MetricDefinition } from './performance-model';

type Board = KpiBoardQuery['kpiBoard'];
type Kpi = Board['groups'][number]['kpis'][number];

export const PARAMETER_LABELS: Record<string, string> = {
  TIME_TO_MARKET: 'Time to market',
  PRODUCTIVITY: 'Productivity',
  QUALITY: 'Quality',
  ENGAGEMENT: 'Engagement',
};

const STATUS: Record<string, { label: string; colour: string }> = {
  ON_TRACK: { label: 'On track', colour: 'green' },
  OFF_TRACK: { label: 'Off track', colour: 'red' },
  NO_DATA: { label: 'No data', colour: 'gray' },
  NO_TARGET: { label: 'No target', colour: 'gray' },
};

const TREND: Record<string, string> = {
  IMPROVING: '↗ improving',
  WORSENING: '↘ worsening',
  FLAT: '→ flat',
  UNKNOWN: '',
};

/** The measurement system: every KPI under its performance parameter, against its target, with its trend. */
export function KpiBoard({ board, definitions }: { board: Board; definitions: readonly MetricDefinition[] }) {
  const byId = new Map(definitions.map((d) => [d.id, d]));
  return (
    <Paper withBorder p="sm" data-testid="kpi-board">
      <Title order={4}>KPI board</Title>
      <Text size="xs" c="dimmed" mb="xs">
        Each KPI over its own window, as of {board.at.slice(0, 10)} (the last day with facts)
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, xl: 4 }} spacing="sm">
        {board.groups.map((group) => (
          <Stack key={group.parameter} gap="xs" data-testid="kpi-group" data-parameter={group.parameter}>
            <Text fw={700}>{PARAMETER_LABELS[group.parameter] ?? group.parameter}</Text>
            {group.kpis.length === 0 && (
              <Text size="sm" c="dimmed">
                No KPI serves this parameter.
              </Text>
            )}
            {group.kpis.map((kpi) => (
              <KpiCard key={kpi.id} kpi={kpi} definition={byId.get(kpi.metric)} />
            ))}
          </Stack>
        ))}
      </SimpleGrid>
    </Paper>
  );
}

function KpiCard({ kpi, definition }: { kpi: Kpi; definition?: MetricDefinition }) {
  const status = STATUS[kpi.status] ?? STATUS['NO_DATA'];
  const unit = definition ?? { unit: '', unitLabel: kpi.unit };
  const target =
    kpi.target.value === null || kpi.target.value === undefined
      ? 'no target'
      : `${kpi.target.direction === 'down' ? '≤' : '≥'} ${formatMetric(kpi.target.value, unit)}`;
  const points = kpi.trend.map((p) => p.value ?? 0);
  return (
    <Paper withBorder p="xs" data-testid="kpi-item" data-kpi-id={kpi.id} data-status={kpi.status}>
      <Group justify="space-between" wrap="nowrap" gap={6} align="flex-start">
        <Text size="sm" fw={600} lh={1.2}>
          {kpi.name}
        </Text>
        <Badge size="sm" color={status.colour} style={{ flexShrink: 0 }}>
          {status.label}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed">
        {kpi.scope?.name ?? kpi.scopeRef ?? 'enterprise'} · {kpi.window}
      </Text>
      <Group justify="space-between" align="flex-end" mt={4} wrap="nowrap">
        <div>
          <Text fw={700}>{formatMetric(kpi.current.value, unit)}</Text>
          <Text size="xs" c="dimmed">
            target {target} {TREND[kpi.trendDirection] ? `· ${TREND[kpi.trendDirection]}` : ''}
          </Text>
        </div>
        {points.length > 1 && (
          <Sparkline
            w={90}
            h={32}
            data={points}
            curveType="linear"
            color={status.colour === 'gray' ? 'gray' : status.colour}
            fillOpacity={0.2}
            strokeWidth={1.5}
            aria-label={`${kpi.name}, the last ${points.length} weeks`}
          />
        )}
      </Group>
      {kpi.problem && (
        <Text size="xs" c="orange">
          {kpi.problem}
        </Text>
      )}
    </Paper>
  );
}
