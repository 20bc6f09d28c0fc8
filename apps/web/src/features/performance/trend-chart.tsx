'use client';
import { LineChart } from '@mantine/charts';
import { Paper, Text, Title } from '@mantine/core';
import { formatMetric, type MetricDefinition, type PerformanceLandscape } from './performance-model';

/** The chosen metric of the scope week by week. */
export function TrendChart({
  trends,
  definition,
  scopeName,
}: {
  trends: PerformanceLandscape['trends'];
  definition: MetricDefinition;
  scopeName: string;
}) {
  const trend = trends.find((t) => t.metric === definition.id);
  const data = (trend?.points ?? []).map((p) => ({
    week: p.label,
    value: p.value,
    sampleSize: p.sampleSize,
  }));
  return (
    <Paper withBorder p="sm" data-testid="trend-chart" data-points={data.length}>
      <Title order={4}>{definition.name}, week by week</Title>
      <Text size="xs" c="dimmed" mb="xs">
        {scopeName}, {definition.unitLabel}; weeks start on Monday (UTC)
      </Text>
      {data.some((d) => d.value !== null) ? (
        <LineChart
          h={220}
          data={data}
          dataKey="week"
          series={[{ name: 'value', label: definition.name, color: 'indigo.6' }]}
          connectNulls
          curveType="monotone"
          valueFormatter={(v) => formatMetric(v, definition)}
          yAxisProps={{ width: 70 }}
          withDots={data.length < 30}
        />
      ) : (
        <Text size="sm" c="dimmed">
          No value in any week of the window.
        </Text>
      )}
    </Paper>
  );
}
