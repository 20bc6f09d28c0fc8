'use client';
import {
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Group,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { entityHref, entityKindBySlug, useApiQuery } from '@streamscape/web-api';
import { IconSearch } from '@tabler/icons-react';
import Link from 'next/link';
import { useState } from 'react';
import { QueryState } from '../shell/query-state';

const PAGE_SIZE = 50;

/** One kind's entities, a page at a time (connection cursors), searchable by name. */
export function EntityList({ slug }: { slug: string }) {
  const info = entityKindBySlug(slug);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  // the cursors of the pages before this one, so "Previous" needs no backwards paging from the API
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1];
  const query = useApiQuery(
    info?.list ?? (null as never),
    { first: PAGE_SIZE, after, filter: debounced ? { search: debounced } : null },
    { enabled: !!info, placeholderData: (previous) => previous },
  );
  if (!info) return <Text data-testid="state-not-found">There is no kind “{slug}”.</Text>;

  return (
    <Stack gap="sm" data-testid="entity-list" data-kind={info.kind}>
      <Breadcrumbs>
        <Anchor component={Link} href="/entities" size="sm">
          Entities
        </Anchor>
        <Text size="sm">{info.plural}</Text>
      </Breadcrumbs>
      <Group justify="space-between">
        <Title order={2}>{info.plural}</Title>
        <TextInput
          placeholder="Search by name"
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setCursors([null]);
          }}
          data-testid="entity-search"
        />
      </Group>
      <QueryState query={query} what={info.plural.toLowerCase()} isEmpty={(d) => d.list.totalCount === 0}>
        {({ list }) => (
          <>
            <Table striped highlightOnHover data-testid="entity-table" data-total={list.totalCount}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Id</Table.Th>
                  <Table.Th>Tags</Table.Th>
                  <Table.Th>Description</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.edges.map(({ node }) => (
                  <Table.Tr key={node.id} data-testid="entity-row">
                    <Table.Td>
                      <Anchor component={Link} href={entityHref(info.kind, node.id)}>
                        {node.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" ff="monospace">
                        {node.id}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {node.tags.map((t) => (
                          <Badge key={t} size="xs" variant="light">
                            {t}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" c="dimmed" lineClamp={2}>
                        {node.description}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Group justify="space-between">
              <Text size="sm" c="dimmed">
                {(cursors.length - 1) * PAGE_SIZE + 1}–{(cursors.length - 1) * PAGE_SIZE + list.edges.length}{' '}
                of {list.totalCount}
              </Text>
              <Group gap="xs">
                <Button
                  variant="default"
                  size="xs"
                  disabled={cursors.length === 1}
                  onClick={() => setCursors(cursors.slice(0, -1))}
                >
                  Previous
                </Button>
                <Button
                  variant="default"
                  size="xs"
                  disabled={!list.pageInfo.hasNextPage}
                  onClick={() => setCursors([...cursors, list.pageInfo.endCursor ?? null])}
                  data-testid="next-page"
                >
                  Next
                </Button>
              </Group>
            </Group>
          </>
        )}
      </QueryState>
    </Stack>
  );
}
