'use client';
import { Anchor, Badge, Button, Divider, Group, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import type { ViewFindingFieldsFragment } from '@streamscape/web-api';
import { entityHref } from '@streamscape/web-api';
import { attributeMap, type ViewEdgeLike, type ViewNodeLike } from '@streamscape/web-graph';
import Link from 'next/link';
import { findingsAbout, relationshipsOf, relationshipVerb } from './node-details';
import { SEVERITY_COLOURS } from './findings-list';

export interface DrillDown {
  href: string;
  label: string;
}

interface SidePanelProps {
  node: ViewNodeLike;
  nodes: readonly ViewNodeLike[];
  edges: readonly ViewEdgeLike[];
  findings: readonly ViewFindingFieldsFragment[];
  drillDown?: DrillDown | null;
  onSelect: (id: string) => void;
  onFinding: (finding: ViewFindingFieldsFragment) => void;
}

/** A node's details: properties, relationships (click to go there), findings, drill-down and entity links. */
export function SidePanel({ node, nodes, edges, findings, drillDown, onSelect, onFinding }: SidePanelProps) {
  const attributes = Object.entries(attributeMap(node.attributes));
  const relationships = relationshipsOf(node.id, nodes, edges);
  const about = findingsAbout(node.id, findings);
  return (
    <Stack gap="sm" data-testid="side-panel" data-node-id={node.id}>
      <div>
        <Badge variant="light" size="sm">
          {node.kind.replace(/_/g, ' ')}
        </Badge>
        <Title order={3} mt={4} data-testid="side-panel-title">
          {node.label}
        </Title>
      </div>
      <Group gap="xs">
        {drillDown && (
          <Button component={Link} href={drillDown.href} size="xs" data-testid="drill-down">
            {drillDown.label}
          </Button>
        )}
        <Button
          component={Link}
          href={entityHref(node.id)}
          size="xs"
          variant="default"
          data-testid="entity-link"
        >
          Entity page
        </Button>
      </Group>
      {attributes.length > 0 && (
        <Table withRowBorders={false} verticalSpacing={2} fz="sm" data-testid="side-panel-properties">
          <Table.Tbody>
            {attributes.map(([name, value]) => (
              <Table.Tr key={name}>
                <Table.Td c="dimmed" w="45%">
                  {name}
                </Table.Td>
                <Table.Td>{String(value)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {about.length > 0 && (
        <>
          <Divider label={`Findings (${about.length})`} labelPosition="left" />
          {about.map((f) => (
            <Anchor key={f.id} component="button" size="sm" ta="left" onClick={() => onFinding(f)}>
              {f.severity && (
                <Badge size="xs" mr={6} color={SEVERITY_COLOURS[f.severity] ?? 'gray'}>
                  {f.severity}
                </Badge>
              )}
              {f.title}
            </Anchor>
          ))}
        </>
      )}
      <Divider label={`Relationships (${relationships.length})`} labelPosition="left" />
      <ScrollArea.Autosize mah={280} type="auto">
        <Stack gap={2}>
          {relationships.map((r) => (
            <Group key={`${r.edgeId}:${r.direction}`} gap={6} wrap="nowrap">
              <Text size="xs" c="dimmed" w={120} style={{ flexShrink: 0 }}>
                {relationshipVerb(r)}
              </Text>
              <Anchor component="button" size="sm" ta="left" onClick={() => onSelect(r.other.id)} truncate>
                {r.other.label}
              </Anchor>
              {r.label && (
                <Text size="xs" c="dimmed">
                  {r.label}
                </Text>
              )}
            </Group>
          ))}
        </Stack>
      </ScrollArea.Autosize>
    </Stack>
  );
}
