'use client';
import {
  Anchor,
  Badge,
  Breadcrumbs,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { entityHref, entityKindBySlug, useApiQuery } from '@streamscape/web-api';
import Link from 'next/link';
import { QueryState } from '../shell/query-state';
import { entityFields } from './entity-fields';

/** One entity: its properties, and its relationships as links to their entity pages. */
export function EntityDetail({ slug, id }: { slug: string; id: string }) {
  const info = entityKindBySlug(slug);
  const query = useApiQuery(info?.detail ?? (null as never), { id }, { enabled: !!info });
  if (!info) return <Text data-testid="state-not-found">There is no kind “{slug}”.</Text>;

  return (
    <QueryState
      query={query}
      what={`this ${info.kind}`}
      isEmpty={(d) => d.entity === null}
      empty={`There is no ${info.kind} with id “${id}”.`}
    >
      {({ entity }) => {
        if (!entity) return null;
        const { properties, relationships } = entityFields(entity);
        return (
          <Stack gap="sm" data-testid="entity-detail" data-entity-id={entity.id}>
            <Breadcrumbs>
              <Anchor component={Link} href="/entities" size="sm">
                Entities
              </Anchor>
              <Anchor component={Link} href={`/entities/${info.slug}`} size="sm">
                {info.plural}
              </Anchor>
              <Text size="sm">{entity.id}</Text>
            </Breadcrumbs>
            <Group gap="sm">
              <Title order={2} data-testid="entity-name">
                {entity.name}
              </Title>
              <Badge variant="light">{entity.kind}</Badge>
            </Group>
            {typeof entity['description'] === 'string' && <Text c="dimmed">{entity['description']}</Text>}
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <Paper withBorder p="sm">
                <Title order={4} mb="xs">
                  Properties
                </Title>
                <Table withRowBorders={false} verticalSpacing={4} data-testid="entity-properties">
                  <Table.Tbody>
                    <Table.Tr>
                      <Table.Td c="dimmed">id</Table.Td>
                      <Table.Td ff="monospace">{entity.id}</Table.Td>
                    </Table.Tr>
                    {properties.map(
                      (p) =>
                        p.type === 'value' && (
                          <Table.Tr key={p.name}>
                            <Table.Td c="dimmed">{p.name}</Table.Td>
                            <Table.Td>{p.value}</Table.Td>
                          </Table.Tr>
                        ),
                    )}
                  </Table.Tbody>
                </Table>
              </Paper>
              <Paper withBorder p="sm">
                <Title order={4} mb="xs">
                  Relationships
                </Title>
                {relationships.length === 0 && (
                  <Text size="sm" c="dimmed">
                    None.
                  </Text>
                )}
                <Stack gap="xs" data-testid="entity-relationships">
                  {relationships.map((r) => (
                    <div key={r.name}>
                      <Text size="xs" c="dimmed" tt="uppercase">
                        {r.name}
                      </Text>
                      <Group gap="xs">
                        {r.type === 'refs' &&
                          r.refs.map((ref) => (
                            <Anchor
                              key={`${ref.kind}:${ref.id}`}
                              component={Link}
                              href={entityHref(ref.kind, ref.id)}
                              size="sm"
                              data-testid="entity-relationship-link"
                            >
                              {ref.name}
                            </Anchor>
                          ))}
                        {r.type === 'items' &&
                          r.items.map((item, i) => (
                            <Text key={i} size="sm">
                              {item.ref && (
                                <Anchor
                                  component={Link}
                                  href={entityHref(item.ref.kind, item.ref.id)}
                                  size="sm"
                                  mr={6}
                                >
                                  {item.ref.name}
                                </Anchor>
                              )}
                              <Text span size="xs" c="dimmed">
                                {item.text}
                              </Text>
                            </Text>
                          ))}
                      </Group>
                    </div>
                  ))}
                </Stack>
              </Paper>
            </SimpleGrid>
          </Stack>
        );
      }}
    </QueryState>
  );
}
