'use client';
import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { domainsOverviewQuery, useApiQuery } from '@streamscape/web-api';
import Link from 'next/link';
import { QueryState } from '../shell/query-state';
import { domainHref } from './domain-route';

/** Every domain, to open its design. */
export function DomainsList() {
  const query = useApiQuery(domainsOverviewQuery, {});
  return (
    <Stack gap="sm" data-testid="domains-list">
      <Title order={2}>Domains</Title>
      <QueryState query={query} what="domains" isEmpty={(d) => d.domains.totalCount === 0}>
        {(data) => (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {data.domains.edges.map(({ node }) => (
              <Card
                key={node.id}
                withBorder
                component={Link}
                href={domainHref({ domainId: node.id })}
                data-testid="domain-card"
                data-domain-id={node.id}
              >
                <Title order={4}>{node.name}</Title>
                <Group gap={6} my={6}>
                  {node.operatingMode && (
                    <Badge variant="outline" color="gray">
                      {node.operatingMode.toLowerCase()}
                      {node.targetOperatingMode && node.targetOperatingMode !== node.operatingMode
                        ? ` → ${node.targetOperatingMode.toLowerCase()}`
                        : ''}
                    </Badge>
                  )}
                </Group>
                {node.description && (
                  <Text size="sm" c="dimmed" lineClamp={3}>
                    {node.description}
                  </Text>
                )}
              </Card>
            ))}
          </SimpleGrid>
        )}
      </QueryState>
    </Stack>
  );
}
