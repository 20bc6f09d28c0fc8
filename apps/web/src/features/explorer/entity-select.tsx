'use client';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { analysisOptionsQuery, useApiQuery } from '@streamscape/web-api';
import { useMemo, useState } from 'react';

export type PickKind = 'COMPONENT' | 'TEAM' | 'VALUE_STREAM' | 'DOMAIN';

interface EntitySelectProps {
  kind: PickKind;
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string;
  testId: string;
}

/** A searchable pick of one entity of a kind, searched by name in the API (the first 50 that match). */
export function EntitySelect({ kind, label, value, onChange, error, testId }: EntitySelectProps) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const query = useApiQuery(analysisOptionsQuery, {
    search: debounced || null,
    first: 50,
    components: kind === 'COMPONENT',
    teams: kind === 'TEAM',
    streams: kind === 'VALUE_STREAM',
    domains: kind === 'DOMAIN',
  });
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(null);
  const data = useMemo(() => {
    const d = query.data;
    const edges =
      d?.components?.edges ?? d?.teams?.edges ?? d?.valueStreams?.edges ?? d?.domains?.edges ?? [];
    const options = edges.map((e) => ({ value: e.node.id, label: `${e.node.name} (${e.node.id})` }));
    // the picked one stays a choice while the search shows others
    if (picked && picked.value === value && !options.some((o) => o.value === picked.value))
      options.unshift(picked);
    return options;
  }, [query.data, picked, value]);

  return (
    <Select
      label={label}
      placeholder="Search by name"
      searchable
      clearable
      data={data}
      value={value}
      onChange={(id, option) => {
        setPicked(id && option ? { value: id, label: option.label } : null);
        onChange(id);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      // the API searched already; filtering again by the label would hide ids that match
      filter={({ options }) => options}
      nothingFoundMessage={
        query.isPending ? 'Searching ...' : query.error ? query.error.message : 'Nothing found'
      }
      error={error}
      data-testid={testId}
      miw={260}
    />
  );
}
