'use client';
import { Badge, Group, Paper, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import type { ViewFindingFieldsFragment } from '@streamscape/web-api';

export const SEVERITY_COLOURS: Record<string, string> = { HIGH: 'red', MEDIUM: 'orange', LOW: 'yellow' };

interface FindingsListProps {
  findings: readonly ViewFindingFieldsFragment[];
  activeId: string | null;
  onToggle: (finding: ViewFindingFieldsFragment) => void;
}

/** The view's findings; clicking one highlights the nodes it is about, clicking again clears. */
export function FindingsList({ findings, activeId, onToggle }: FindingsListProps) {
  if (findings.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="findings-empty">
        No findings in this view.
      </Text>
    );
  }
  return (
    <ScrollArea.Autosize mah={320} type="auto">
      <Stack gap={6} data-testid="findings-list">
        {findings.map((finding) => (
          <UnstyledButton
            key={finding.id}
            onClick={() => onToggle(finding)}
            data-testid="finding-item"
            data-finding-id={finding.id}
            aria-pressed={activeId === finding.id}
          >
            <Paper
              withBorder
              p="xs"
              style={
                activeId === finding.id
                  ? { borderColor: 'var(--mantine-color-yellow-5)', borderWidth: 2 }
                  : undefined
              }
            >
              <Group gap={6} mb={4} wrap="nowrap">
                {finding.severity && (
                  <Badge
                    size="xs"
                    style={{ flexShrink: 0 }}
                    color={SEVERITY_COLOURS[finding.severity] ?? 'gray'}
                  >
                    {finding.severity}
                  </Badge>
                )}
                {finding.kind && (
                  <Badge size="xs" variant="outline" color="gray" style={{ flexShrink: 0 }}>
                    {finding.kind}
                  </Badge>
                )}
                <Text size="xs" c="dimmed" truncate>
                  {finding.rule ?? 'manual'}
                </Text>
              </Group>
              <Text size="sm">{finding.title}</Text>
            </Paper>
          </UnstyledButton>
        ))}
      </Stack>
    </ScrollArea.Autosize>
  );
}
