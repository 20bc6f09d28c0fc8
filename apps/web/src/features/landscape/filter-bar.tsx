'use client';
import { Button, Group, MultiSelect, TextInput } from '@mantine/core';
import { IconFilter, IconPhoto, IconVectorBezier2, IconZoomReset } from '@tabler/icons-react';
import type { GraphFilter } from '@streamscape/web-graph';

interface FilterBarProps {
  filter: GraphFilter;
  onChange: (filter: GraphFilter) => void;
  kinds: readonly string[];
  tags: readonly string[];
  onExportPng: () => void;
  onExportSvg: () => void;
  onFit: () => void;
  exportReady: boolean;
}

/** Filter by kind, tag and text; export as PNG or SVG; fit to screen. */
export function FilterBar({
  filter,
  onChange,
  kinds,
  tags,
  onExportPng,
  onExportSvg,
  onFit,
  exportReady,
}: FilterBarProps) {
  return (
    <Group gap="xs" align="flex-end" wrap="wrap" data-testid="filter-bar">
      <TextInput
        placeholder="Filter by name"
        leftSection={<IconFilter size={16} />}
        value={filter.text ?? ''}
        onChange={(e) => onChange({ ...filter, text: e.currentTarget.value })}
        aria-label="Filter by name"
        data-testid="filter-text"
        w={200}
      />
      <MultiSelect
        placeholder={filter.kinds?.length ? undefined : 'All kinds'}
        data={kinds.map((k) => ({ value: k, label: k.replace(/_/g, ' ').toLowerCase() }))}
        value={[...(filter.kinds ?? [])]}
        onChange={(value) => onChange({ ...filter, kinds: value })}
        aria-label="Filter by kind"
        data-testid="filter-kinds"
        clearable
        w={260}
      />
      {tags.length > 0 && (
        <MultiSelect
          placeholder={filter.tags?.length ? undefined : 'Any tags'}
          data={[...tags]}
          value={[...(filter.tags ?? [])]}
          onChange={(value) => onChange({ ...filter, tags: value })}
          aria-label="Filter by tag"
          clearable
          w={200}
        />
      )}
      <Group gap={4} ml="auto">
        <Button variant="default" size="sm" leftSection={<IconZoomReset size={16} />} onClick={onFit}>
          Fit
        </Button>
        <Button
          variant="default"
          size="sm"
          leftSection={<IconPhoto size={16} />}
          onClick={onExportPng}
          disabled={!exportReady}
          data-testid="export-png"
        >
          PNG
        </Button>
        <Button
          variant="default"
          size="sm"
          leftSection={<IconVectorBezier2 size={16} />}
          onClick={onExportSvg}
          disabled={!exportReady}
          data-testid="export-svg"
        >
          SVG
        </Button>
      </Group>
    </Group>
  );
}
