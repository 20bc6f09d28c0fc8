'use client';
import { Box, Group, Text } from '@mantine/core';
import { HEAT_NONE, type HeatScale } from '@streamscape/web-graph';
import { formatMetric, type MetricDefinition } from './performance-model';

/** The colour scale of one grain: its range in the metric's unit, which end is better, and grey for no value. */
export function HeatLegend({
  label,
  scale,
  definition,
}: {
  label: string;
  scale: HeatScale;
  definition: MetricDefinition;
}) {
  const higherIsBetter = definition.direction === 'HIGHER_IS_BETTER';
  return (
    <Group
      gap={8}
      wrap="nowrap"
      data-testid="heat-legend"
      data-min={scale.min ?? ''}
      data-max={scale.max ?? ''}
    >
      <Text size="xs" c="dimmed" w={52}>
        {label}
      </Text>
      <Text size="xs">{formatMetric(scale.min, definition)}</Text>
      <Box w={140} h={12} style={{ background: scale.gradient, borderRadius: 3 }} aria-hidden />
      <Text size="xs">{formatMetric(scale.max, definition)}</Text>
      <Text size="xs" c="dimmed">
        ({higherIsBetter ? 'higher' : 'lower'} is better)
      </Text>
    </Group>
  );
}

export function NoValueSwatch() {
  return (
    <Group gap={6} wrap="nowrap">
      <Box w={12} h={12} style={{ background: HEAT_NONE, borderRadius: 3 }} aria-hidden />
      <Text size="xs" c="dimmed">
        no value in the window
      </Text>
    </Group>
  );
}
