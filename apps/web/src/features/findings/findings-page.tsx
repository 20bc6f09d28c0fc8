'use client';
import { Anchor, Badge, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import {
  domainsOverviewQuery,
  entityHref,
  findingRulesQuery,
  findingsQuery,
  useApiQuery,
  type FindingsFilter,
  type ViewFindingSeverity,
} from '@streamscape/web-api';
import Link from 'next/link';
import { useState } from 'react';
import { SEVERITY_COLOURS } from '../landscape/findings-list';
import { splitViewId } from '../landscape/node-details';
import { QueryState } from '../shell/query-state';
import { findingsFilter, type FindingsChoice } from './findings-filter';

/** Findings of every view, filtered by rule, severity and domain (the API filters). */
export function FindingsPage() {
  const [choice, setChoice] = useState<FindingsChoice>({});
  const rules = useApiQuery(findingRulesQuery, {});
  const domains = useApiQuery(domainsOverviewQuery, {});
  const filter: FindingsFilter | null = findingsFilter(choice);
  const findings = useApiQuery(findingsQuery, { filter });

  return (
    <Stack gap="sm" data-testid="findings-page">
      <Title order={2}>Findings</Title>
      <Group gap="xs" data-testid="findings-filters">
        <Select
          label="Rule"
          placeholder="Any rule"
          clearable
          searchable
          data={[
            ...(rules.data?.findingRules ?? []).map((r) => ({ value: r.id, label: r.id })),
            { value: 'manual', label: 'manual (recorded findings)' },
          ]}
          value={choice.rule ?? null}
          onChange={(rule) => setChoice({ ...choice, rule: rule ?? undefined })}
          data-testid="filter-rule"
          w={300}
        />
        <Select
          label="Severity"
          placeholder="Any severity"
          clearable
          data={['HIGH', 'MEDIUM', 'LOW']}
          value={choice.severity ?? null}
          onChange={(severity) =>
            setChoice({ ...choice, severity: (severity as ViewFindingSeverity) ?? undefined })
          }
          data-testid="filter-severity"
          w={160}
        />
        <Select
          label="Domain"
          placeholder="Every view"
          clearable
          searchable
          data={(domains.data?.domains.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name }))}
          value={choice.domain ?? null}
          onChange={(domain) => setChoice({ ...choice, domain: domain ?? undefined })}
          data-testid="filter-domain"
          w={240}
        />
      </Group>
      <QueryState
        query={findings}
        what="findings"
        isEmpty={(d) => d.findings.length === 0}
        empty="No findings match these filters."
      >
        {(data) => (
          <Table striped highlightOnHover data-testid="findings-table" data-row-count={data.findings.length}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Severity</Table.Th>
                <Table.Th>Finding</Table.Th>
                <Table.Th>Rule</Table.Th>
                <Table.Th>About</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.findings.map((f) => (
                <Table.Tr
                  key={f.id}
                  data-testid="finding-row"
                  data-severity={f.severity ?? ''}
                  data-rule={f.rule ?? 'manual'}
                >
                  <Table.Td>
                    {f.severity && (
                      <Badge miw={84} color={SEVERITY_COLOURS[f.severity] ?? 'gray'}>
                        {f.severity}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {f.title}
                    </Text>
                    {f.description && (
                      <Text size="xs" c="dimmed" lineClamp={2}>
                        {f.description}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs">{f.rule ?? 'manual'}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {f.about.slice(0, 4).map((id) => (
                        <Anchor key={id} component={Link} href={entityHref(id)} size="xs">
                          {splitViewId(id).id}
                        </Anchor>
                      ))}
                      {f.about.length > 4 && (
                        <Text size="xs" c="dimmed">
                          +{f.about.length - 4}
                        </Text>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
    </Stack>
  );
}
