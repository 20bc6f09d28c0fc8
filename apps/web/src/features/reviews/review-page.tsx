'use client';
import {
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Group,
  Select,
  Stack,
  Table,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypePdf, IconSearchOff } from '@tabler/icons-react';
import {
  entityHref,
  fetchReviewReport,
  reviewQuery,
  reviewsQuery,
  useApiQuery,
  type ReviewQuery,
} from '@streamscape/web-api';
import { useMutation } from '@tanstack/react-query';
import Link from 'next/link';
import { useMemo, useState } from 'react';
import { downloadBlob } from '../landscape/download';
import { SEVERITY_COLOURS } from '../landscape/findings-list';
import { ErrorState } from '../shell/query-state';
import { Audience } from './audience';
import { ComparePanel } from './compare-panel';
import { comparisonOrder, groupBySeverity } from './comparison';
import { SnapshotPanel } from './snapshot-panel';

type Review = ReviewQuery['review'];

/** The same words whether the review does not exist or is not for the caller: existence does not leak. */
export const NO_REVIEW = 'This review does not exist or you have no access';

/** One review for the board: the frozen snapshot, its findings by severity, its decisions, comparison, PDF. */
export function ReviewPage({ id }: { id: string }) {
  const query = useApiQuery(reviewQuery, { id });
  if (query.isPending) {
    return (
      <Text c="dimmed" p="xl" data-testid="state-loading">
        Loading the review ...
      </Text>
    );
  }
  if (query.error) {
    return query.error.code === 'NOT_FOUND' ? (
      <Alert data-testid="review-not-found" icon={<IconSearchOff />} color="gray" title="No such review">
        {NO_REVIEW}.{' '}
        <Anchor component={Link} href="/reviews">
          All reviews you may open
        </Anchor>
      </Alert>
    ) : (
      <ErrorState error={query.error} what="the review" onRetry={() => query.refetch()} />
    );
  }
  return <ReviewContent review={query.data.review} />;
}

function ReviewContent({ review }: { review: Review }) {
  const [tab, setTab] = useState<string | null>('snapshot');
  const [compareWith, setCompareWith] = useState<string | null>(null);
  const others = useApiQuery(reviewsQuery, { first: 200 });
  const otherReviews = useMemo(
    () => (others.data?.reviews.edges ?? []).map((e) => e.node).filter((r) => r.id !== review.id),
    [others.data, review.id],
  );
  const pair = useMemo(() => {
    const other = otherReviews.find((r) => r.id === compareWith);
    return other ? comparisonOrder(review, other) : null;
  }, [otherReviews, compareWith, review]);
  const findingGroups = useMemo(() => groupBySeverity(review.findings), [review.findings]);
  const pdf = useMutation({
    mutationFn: () => fetchReviewReport(review.reportPath),
    onSuccess: (blob) => downloadBlob(blob, `${review.id}.pdf`),
    onError: (error: Error) =>
      notifications.show({ color: 'red', title: 'No report', message: error.message }),
  });

  return (
    <Stack gap="sm" data-testid="review-page" data-review-id={review.id}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Breadcrumbs>
            <Anchor component={Link} href="/reviews" size="sm">
              Portfolio reviews
            </Anchor>
            <Text size="sm">{review.heldOn}</Text>
          </Breadcrumbs>
          <Title order={2} data-testid="review-title">
            {review.name}
          </Title>
          <Group gap="xs" mt={4}>
            <Text size="sm" c="dimmed">
              Held on {review.heldOn}, created by {review.createdBy}; audience:
            </Text>
            <Audience roles={review.audience.roles} groups={review.audience.groups} />
          </Group>
          {review.description && (
            <Text size="sm" mt={4}>
              {review.description}
            </Text>
          )}
        </div>
        <Group gap="xs" align="flex-end">
          <Select
            label="Compare with ..."
            placeholder="Another review"
            clearable
            searchable
            data={otherReviews.map((r) => ({ value: r.id, label: `${r.name} (${r.heldOn})` }))}
            value={compareWith}
            onChange={(v) => {
              setCompareWith(v);
              if (v) setTab('compare');
            }}
            nothingFoundMessage="No other review you may open"
            data-testid="compare-with"
            w={300}
          />
          <Button
            leftSection={<IconFileTypePdf size={16} />}
            variant="default"
            loading={pdf.isPending}
            onClick={() => pdf.mutate()}
            data-testid="export-pdf"
          >
            Export PDF
          </Button>
        </Group>
      </Group>

      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="snapshot" data-testid="review-tab-snapshot">
            Snapshot
          </Tabs.Tab>
          <Tabs.Tab value="findings" data-testid="review-tab-findings">
            Findings ({review.findings.length})
          </Tabs.Tab>
          <Tabs.Tab value="decisions" data-testid="review-tab-decisions">
            Decisions ({review.decisions.length})
          </Tabs.Tab>
          <Tabs.Tab value="compare" disabled={!pair} data-testid="review-tab-compare">
            Comparison
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="snapshot" pt="sm">
          <SnapshotPanel snapshot={review.snapshot} />
        </Tabs.Panel>
        <Tabs.Panel value="findings" pt="sm">
          <Stack gap="md" data-testid="review-findings">
            {findingGroups.length === 0 && <Text c="dimmed">No findings in this snapshot.</Text>}
            {findingGroups.map((group) => (
              <Stack key={group.severity} gap={4} data-testid="finding-group" data-severity={group.severity}>
                <Group gap="xs">
                  <Badge color={SEVERITY_COLOURS[group.severity] ?? 'gray'}>{group.severity}</Badge>
                  <Text size="sm" c="dimmed">
                    {group.items.length} findings
                  </Text>
                </Group>
                <Table
                  striped
                  data={{
                    head: ['Finding', 'Kind', 'From', 'About'],
                    body: group.items.map((f) => [
                      <div key="t">
                        <Text size="sm" fw={500}>
                          {f.title}
                        </Text>
                        {f.description && (
                          <Text size="xs" c="dimmed">
                            {f.description}
                          </Text>
                        )}
                      </div>,
                      f.kind ?? '',
                      f.rule ? `${f.origin}: ${f.rule}` : `${f.origin}: manual`,
                      f.about.slice(0, 4).join(', ') +
                        (f.about.length > 4 ? ` and ${f.about.length - 4} more` : ''),
                    ]),
                  }}
                />
              </Stack>
            ))}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="decisions" pt="sm">
          {review.decisions.length === 0 ? (
            <Text c="dimmed" data-testid="review-decisions">
              This review records no decisions.
            </Text>
          ) : (
            <Table striped data-testid="review-decisions" data-row-count={review.decisions.length}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Decision</Table.Th>
                  <Table.Th>Date</Table.Th>
                  <Table.Th>Outcome</Table.Th>
                  <Table.Th>Rationale</Table.Th>
                  <Table.Th>About</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {review.decisions.map((d) => (
                  <Table.Tr key={d.id} data-testid="decision-row" data-decision-id={d.id}>
                    <Table.Td>{d.name ?? d.id}</Table.Td>
                    <Table.Td>{d.date}</Table.Td>
                    <Table.Td>
                      <Badge variant="light">{d.outcome}</Badge>
                    </Table.Td>
                    <Table.Td>{d.rationale}</Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {d.about.map((ref) => (
                          <Anchor key={ref} component={Link} href={entityHref(ref)} size="sm">
                            {ref}
                          </Anchor>
                        ))}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="compare" pt="sm">
          {pair && <ComparePanel from={pair.from} to={pair.to} />}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
