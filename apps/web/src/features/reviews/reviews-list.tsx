'use client';
import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconGavel, IconPlus } from '@tabler/icons-react';
import { reviewsQuery, useApiQuery } from '@streamscape/web-api';
import Link from 'next/link';
import { useState } from 'react';
import { useAccess } from '../auth';
import { QueryState } from '../shell/query-state';
import { Audience } from './audience';
import { NewReviewDialog } from './new-review-dialog';
import { RecordDecisionDialog } from './record-decision-dialog';

/** The reviews the caller may open, latest first; new reviews (admins) and decisions (transformation leads). */
export function ReviewsList() {
  const query = useApiQuery(reviewsQuery, { first: 200 });
  const [creating, setCreating] = useState(false);
  const [deciding, setDeciding] = useState(false);
  const access = useAccess();

  return (
    <Stack gap="sm" data-testid="reviews-page">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Portfolio reviews</Title>
          <Text size="sm" c="dimmed">
            What the board saw, frozen, and what it decided.
          </Text>
        </div>
        <Group gap="xs">
          {access.recordDecisions && (
            <Button
              variant="default"
              leftSection={<IconGavel size={16} />}
              onClick={() => setDeciding(true)}
              data-testid="record-decision"
            >
              Record decision
            </Button>
          )}
          {access.createReviews && (
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => setCreating(true)}
              data-testid="new-review"
            >
              New review
            </Button>
          )}
        </Group>
      </Group>
      <QueryState
        query={query}
        what="the reviews"
        isEmpty={(d) => d.reviews.edges.length === 0}
        empty="No review you may open yet. An admin creates one with New review."
      >
        {({ reviews }) => (
          <Table striped highlightOnHover data-testid="reviews-table" data-row-count={reviews.edges.length}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Review</Table.Th>
                <Table.Th>Held on</Table.Th>
                <Table.Th>Audience</Table.Th>
                <Table.Th>Decisions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {reviews.edges.map(({ node: r }) => (
                <Table.Tr key={r.id} data-testid="review-row" data-review-id={r.id}>
                  <Table.Td>
                    <Anchor component={Link} href={`/reviews/${encodeURIComponent(r.id)}`}>
                      {r.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{r.heldOn}</Table.Td>
                  <Table.Td>
                    <Audience roles={r.audience.roles} groups={r.audience.groups} />
                  </Table.Td>
                  <Table.Td data-testid="review-decision-count">{r.decisionIds.length}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
      <NewReviewDialog opened={creating} onClose={() => setCreating(false)} />
      <RecordDecisionDialog opened={deciding} onClose={() => setDeciding(false)} />
    </Stack>
  );
}
