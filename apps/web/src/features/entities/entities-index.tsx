'use client';
import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { ENTITY_KINDS } from '@streamscape/web-api';
import Link from 'next/link';

/** Every kind of the landscape, each to its list. */
export function EntitiesIndex() {
  return (
    <Stack gap="sm">
      <Title order={2}>Entities</Title>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }}>
        {ENTITY_KINDS.map((k) => (
          <Card
            key={k.kind}
            withBorder
            component={Link}
            href={`/entities/${k.slug}`}
            data-testid={`kind-${k.slug}`}
          >
            <Text fw={600}>{k.plural}</Text>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
