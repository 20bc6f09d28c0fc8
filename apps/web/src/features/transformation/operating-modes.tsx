'use client';
import { Badge, Paper, ScrollArea, SegmentedControl, Table, Text, Title } from '@mantine/core';
import type { TransformationLandscapeQuery } from '@streamscape/web-api';
import { useState } from 'react';

type View = TransformationLandscapeQuery['transformationLandscape'];

export const MODE_COLOURS: Record<string, string> = { PROJECT: 'orange', PRODUCT: 'teal', HYBRID: 'grape' };

export function ModeBadge({ mode }: { mode?: string | null }) {
  return (
    <Badge size="sm" variant="light" color={(mode && MODE_COLOURS[mode]) || 'gray'}>
      {mode?.toLowerCase() ?? '–'}
    </Badge>
  );
}

const KINDS = [
  { value: 'DOMAIN', label: 'Domains' },
  { value: 'VALUE_STREAM', label: 'Value streams' },
  { value: 'TEAM', label: 'Teams' },
];

/** Current and target operating modes side by side, with what the plan makes of them. */
export function OperatingModes({ view }: { view: View }) {
  const [kind, setKind] = useState('DOMAIN');
  const rows = view.operatingModes.filter((m) => m.kind === kind);
  const counts = view.modeCounts.filter((c) => c.kind === kind);
  return (
    <Paper withBorder p="sm" data-testid="operating-modes">
      <Title order={4}>Operating modes: current and target</Title>
      <SegmentedControl size="xs" my="xs" value={kind} onChange={setKind} data={KINDS} />
      <Text size="xs" c="dimmed" mb={4}>
        {counts.map((c) => `${c.mode.toLowerCase()} ${c.current} → ${c.target}`).join(' · ')}
      </Text>
      <ScrollArea.Autosize mah={360} type="auto">
        <Table fz="sm" striped stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Current</Table.Th>
              <Table.Th>Target</Table.Th>
              <Table.Th>Planned by the steps</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((m) => (
              <Table.Tr key={m.id} data-testid="mode-row" data-node-id={m.id}>
                <Table.Td>{m.name}</Table.Td>
                <Table.Td>
                  <ModeBadge mode={m.effectiveMode ?? m.mode} />
                </Table.Td>
                <Table.Td>
                  <ModeBadge mode={m.targetMode} />
                </Table.Td>
                <Table.Td>
                  {m.plannedMode ? (
                    <>
                      <ModeBadge mode={m.plannedMode} />{' '}
                      <Text span size="xs" c="dimmed">
                        {m.plannedBy}
                      </Text>
                    </>
                  ) : (
                    <Text span size="xs" c="dimmed">
                      no step
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Paper>
  );
}
