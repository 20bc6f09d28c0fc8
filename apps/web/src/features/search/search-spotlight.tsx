'use client';
import { Badge, Center, Group, Loader, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Spotlight } from '@mantine/spotlight';
import { IconSearch } from '@tabler/icons-react';
import { entityHref, searchQuery, useApiQuery } from '@streamscape/web-api';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { NAV_ITEMS } from '../shell/nav';
import { searchHits } from './search-results';

/** Search across the landscape from anywhere: Ctrl/Cmd+K, names of every main kind, then the views. */
export function SearchSpotlight() {
  const router = useRouter();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 200);
  const search = useApiQuery(
    searchQuery,
    { search: debounced, first: 5 },
    { enabled: debounced.length >= 2 },
  );
  const hits = searchHits(search.data);
  const views = NAV_ITEMS.filter((v) => !query || v.label.toLowerCase().includes(query.trim().toLowerCase()));

  return (
    <Spotlight.Root
      query={query}
      onQueryChange={setQuery}
      shortcut={['mod + K', '/']}
      scrollable
      maxHeight={480}
    >
      <Spotlight.Search
        placeholder="Search domains, streams, stages, teams, components ..."
        leftSection={<IconSearch stroke={1.5} />}
        data-testid="search-input"
      />
      <Spotlight.ActionsList data-testid="search-results">
        {search.isFetching && debounced.length >= 2 && (
          <Center p="sm">
            <Loader size="xs" />
          </Center>
        )}
        {search.error && <Spotlight.Empty>Search failed: {search.error.message}</Spotlight.Empty>}
        {hits.length > 0 && (
          <Spotlight.ActionsGroup label="Landscape">
            {hits.map((hit) => (
              <Spotlight.Action
                key={`${hit.kind}:${hit.id}`}
                onClick={() => router.push(entityHref(hit.kind, hit.id))}
                data-testid="search-hit"
              >
                <Group justify="space-between" w="100%" wrap="nowrap">
                  <Text size="sm">{hit.name}</Text>
                  <Badge size="sm" variant="light">
                    {hit.kind}
                  </Badge>
                </Group>
              </Spotlight.Action>
            ))}
          </Spotlight.ActionsGroup>
        )}
        {debounced.length >= 2 && !search.isFetching && !search.error && hits.length === 0 && (
          <Spotlight.Empty data-testid="search-empty">
            Nothing in the landscape is called “{debounced}”.
          </Spotlight.Empty>
        )}
        {views.length > 0 && (
          <Spotlight.ActionsGroup label="Views">
            {views.map((view) => (
              <Spotlight.Action
                key={view.href}
                onClick={() => router.push(view.href)}
                label={view.label}
                description={view.description}
              />
            ))}
          </Spotlight.ActionsGroup>
        )}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  );
}
