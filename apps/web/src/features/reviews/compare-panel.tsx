'use client';
import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { compareReviewsQuery, useApiQuery } from '@streamscape/web-api';
import { useMemo } from 'react';
import { SEVERITY_COLOURS } from '../landscape/findings-list';
import { QueryState } from '../shell/query-state';
import { countRows, entityChangeRows, findingMoveRows, metricMoveRows } from './comparison';

const CHANGE_COLOURS: Record<string, string> = {
  added: 'green',
  removed: 'red',
  changed: 'blue',
  appeared: 'red',
  disappeared: 'green',
};
const DIRECTION = { up: '▲', down: '▼', appeared: 'new', went: 'gone' } as const;

/** What changed from the earlier review to the later one, as tables. */
export function ComparePanel({ from, to }: { from: string; to: string }) {
  const query = useApiQuery(compareReviewsQuery, { from, to });
  const c = query.data?.compareReviews;
  const tables = useMemo(
    () =>
      c && {
        entities: entityChangeRows(c),
        metrics: metricMoveRows(c),
        counts: countRows(c),
        findings: findingMoveRows(c),
      },
    [c],
  );

  return (
    <QueryState query={query} what="the comparison">
      {() =>
        tables && (
          <Stack gap="md" data-testid="review-comparison">
            <Text size="sm" c="dimmed">
              From <b>{from}</b> (earlier) to <b>{to}</b>.
            </Text>
            <Section
              title="Entity counts"
              count={tables.counts.length}
              empty="No kind gained or lost entities."
            >
              <Table
                data={{
                  head: ['Kind', 'Before', 'After', 'Change'],
                  body: tables.counts.map((r) => [r.kind, r.before, r.after, r.delta]),
                }}
              />
            </Section>
            <Section
              title="Entities"
              count={tables.entities.length}
              empty="No entity was added, removed or changed."
            >
              <Table
                striped
                data-testid="comparison-entities"
                data={{
                  head: ['Change', 'Kind', 'Entity', 'Fields'],
                  body: tables.entities.map((r) => [
                    <Badge key="c" size="sm" variant="light" color={CHANGE_COLOURS[r.change]}>
                      {r.change}
                    </Badge>,
                    r.kind,
                    `${r.name} (${r.id})`,
                    r.fields,
                  ]),
                }}
              />
            </Section>
            <Section title="Findings" count={tables.findings.length} empty="The same findings in both.">
              <Table
                striped
                data={{
                  head: ['Change', 'Severity', 'Finding'],
                  body: tables.findings.map((r) => [
                    <Badge key="c" size="sm" variant="light" color={CHANGE_COLOURS[r.change]}>
                      {r.change}
                    </Badge>,
                    <Badge key="s" size="sm" color={SEVERITY_COLOURS[r.severity] ?? 'gray'}>
                      {r.severity}
                    </Badge>,
                    r.title,
                  ]),
                }}
              />
            </Section>
            <Section title="Metric moves" count={tables.metrics.length} empty="No metric moved.">
              <Table.ScrollContainer minWidth={700} maxHeight={480}>
                <Table
                  striped
                  stickyHeader
                  data-testid="comparison-metrics"
                  data={{
                    head: ['Node', 'Metric', 'Before', 'After', 'Change'],
                    body: tables.metrics.map((r) => [
                      r.label,
                      r.metric,
                      r.before,
                      r.after,
                      `${DIRECTION[r.direction]} ${r.delta === '-' ? '' : r.delta}`.trim(),
                    ]),
                  }}
                />
              </Table.ScrollContainer>
            </Section>
          </Stack>
        )
      }
    </QueryState>
  );
}

function Section({
  title,
  count,
  empty,
  children,
}: {
  title: string;
  count: number;
  empty: string;
  children: React.ReactNode;
}) {
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Title order={4}>{title}</Title>
        <Badge variant="light" color="gray">
          {count}
        </Badge>
      </Group>
      {count === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        children
      )}
    </Stack>
  );
}
