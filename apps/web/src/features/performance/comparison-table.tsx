'use client';
import { Box, Paper, ScrollArea, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { heatScale } from '@streamscape/web-graph';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import {
  formatMetric,
  sortComparison,
  type MetricDefinition,
  type PerformanceLandscape,
  type SortDirection,
} from './performance-model';

/** The domains side by side on the comparable metrics; click a header to sort, the chosen metric stands out. */
export function ComparisonTable({
  comparison,
  definitions,
  metric,
}: {
  comparison: PerformanceLandscape['comparison'];
  definitions: readonly MetricDefinition[];
  metric: string;
}) {
  const [sort, setSort] = useState<{ column: string | null; direction: SortDirection }>({
    column: null,
    direction: 'asc',
  });
  const byId = useMemo(() => new Map(definitions.map((d) => [d.id, d])), [definitions]);
  const rows = useMemo(
    () => sortComparison(comparison.rows, sort.column, sort.direction),
    [comparison.rows, sort],
  );
  const scales = useMemo(
    () =>
      new Map(
        comparison.metrics.map((id) => [
          id,
          heatScale(
            comparison.rows.map((r) => r.metrics.find((m) => m.metric === id)?.value),
            byId.get(id)?.direction ?? 'LOWER_IS_BETTER',
          ),
        ]),
      ),
    [comparison, byId],
  );
  const toggle = (column: string | null) =>
    setSort((s) => ({
      column,
      direction: s.column === column && s.direction === 'asc' ? 'desc' : 'asc',
    }));
  const header = (column: string | null, label: string) => (
    <UnstyledButton
      onClick={() => toggle(column)}
      data-testid="comparison-sort"
      data-column={column ?? 'domain'}
      style={{ fontWeight: 600, fontSize: 'var(--mantine-font-size-xs)' }}
    >
      {label}
      {sort.column === column &&
        (sort.direction === 'asc' ? <IconArrowUp size={12} /> : <IconArrowDown size={12} />)}
    </UnstyledButton>
  );

  return (
    <Paper withBorder p="sm" data-testid="comparison">
      <Title order={4}>Domains compared</Title>
      <Text size="xs" c="dimmed" mb="xs">
        Metrics anchored to stages, so domains compare; the dot is green on the better side of each column.
      </Text>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          No domain in this scope.
        </Text>
      ) : (
        <ScrollArea type="auto">
          <Table striped highlightOnHover fz="sm" data-testid="comparison-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{header(null, 'Domain')}</Table.Th>
                {comparison.metrics.map((id) => (
                  <Table.Th
                    key={id}
                    bg={id === metric ? 'var(--mantine-color-indigo-light)' : undefined}
                    title={byId.get(id)?.unitLabel}
                  >
                    {header(id, byId.get(id)?.name ?? id)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.domainId} data-testid="comparison-row" data-domain-id={row.domainId}>
                  <Table.Td fw={600}>{row.domainName}</Table.Td>
                  {comparison.metrics.map((id) => {
                    const value = row.metrics.find((m) => m.metric === id)?.value ?? null;
                    return (
                      <Table.Td
                        key={id}
                        bg={id === metric ? 'var(--mantine-color-indigo-light)' : undefined}
                        style={{ whiteSpace: 'nowrap' }}
                      >
                        <Box
                          component="span"
                          display="inline-block"
                          w={8}
                          h={8}
                          mr={6}
                          style={{ borderRadius: 4, background: scales.get(id)?.colour(value) }}
                        />
                        {formatMetric(value, byId.get(id), false)}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}
    </Paper>
  );
}
