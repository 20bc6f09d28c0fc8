'use client';
import { Group, SegmentedControl, Select, Switch, TextInput } from '@mantine/core';
import { performanceScopesQuery, useApiQuery } from '@streamscape/web-api';
import { useMemo, useState } from 'react';
import { metricChoices, type MetricDefinition } from './performance-model';
import { WINDOW_DAYS, type PerformanceRoute } from './performance-route';

interface ControlsProps {
  route: PerformanceRoute;
  definitions: readonly MetricDefinition[];
  /** the last day with facts, `YYYY-MM-DD`: the default end of a custom range */
  lastDay: string | null;
  feedbackLoops: boolean;
  onFeedbackLoops: (on: boolean) => void;
  onChange: (route: PerformanceRoute) => void;
}

/** Scope (enterprise, a domain, a stream), time window (last n days of facts or a custom range), metric. */
export function PerformanceControls({
  route,
  definitions,
  lastDay,
  feedbackLoops,
  onFeedbackLoops,
  onChange,
}: ControlsProps) {
  const scopes = useApiQuery(performanceScopesQuery, {});
  const scopeData = useMemo(() => {
    const domains = scopes.data?.domains.edges.map((e) => e.node) ?? [];
    return [
      { group: 'Enterprise', items: [{ value: 'enterprise', label: 'The whole enterprise' }] },
      { group: 'Domains', items: domains.map((d) => ({ value: `domain:${d.id}`, label: d.name })) },
      {
        group: 'Value streams',
        items: domains.flatMap((d) =>
          d.valueStreams.flatMap((s) => [
            { value: `value-stream:${s.id}`, label: `${d.name} › ${s.name}` },
            ...s.subStreams.map((sub) => ({
              value: `value-stream:${sub.id}`,
              label: `${d.name} › ${s.name} › ${sub.name}`,
            })),
          ]),
        ),
      },
    ];
  }, [scopes.data]);
  const custom = !!(route.from && route.to);
  const [range, setRange] = useState({ from: route.from ?? '', to: route.to ?? lastDay ?? '' });
  const applyRange = (next: { from: string; to: string }) => {
    setRange(next);
    if (next.from && next.to && next.from <= next.to) onChange({ ...route, from: next.from, to: next.to });
  };

  return (
    <Group gap="sm" align="flex-end" wrap="wrap" data-testid="performance-controls">
      <Select
        label="Scope"
        data={scopeData}
        value={route.scope}
        onChange={(value) => value && onChange({ ...route, scope: value })}
        searchable
        allowDeselect={false}
        w={300}
        data-testid="scope-picker"
      />
      <Select
        label="Metric"
        data={metricChoices(definitions)}
        value={route.metric}
        onChange={(value) => value && onChange({ ...route, metric: value })}
        searchable
        allowDeselect={false}
        w={240}
        data-testid="metric-picker"
      />
      <div>
        <SegmentedControl
          size="sm"
          value={custom ? 'custom' : String(route.days)}
          onChange={(value) => {
            if (value === 'custom') {
              const to = range.to || lastDay || new Date().toISOString().slice(0, 10);
              const from =
                range.from || new Date(Date.parse(to) - 89 * 86_400_000).toISOString().slice(0, 10);
              applyRange({ from, to });
            } else onChange({ ...route, days: Number(value), from: undefined, to: undefined });
          }}
          data={[
            ...WINDOW_DAYS.map((d) => ({ value: String(d), label: `${d} days` })),
            { value: 'custom', label: 'Custom' },
          ]}
          aria-label="Time window"
          data-testid="window-picker"
        />
      </div>
      {custom && (
        <>
          <TextInput
            type="date"
            label="From"
            value={range.from}
            onChange={(e) => applyRange({ ...range, from: e.currentTarget.value })}
            data-testid="window-from"
          />
          <TextInput
            type="date"
            label="To (included)"
            value={range.to}
            onChange={(e) => applyRange({ ...range, to: e.currentTarget.value })}
            data-testid="window-to"
          />
        </>
      )}
      <Switch
        label="Feedback loops"
        checked={feedbackLoops}
        onChange={(e) => onFeedbackLoops(e.currentTarget.checked)}
        mb={8}
        data-testid="feedback-loops"
      />
    </Group>
  );
}
