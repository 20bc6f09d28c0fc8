'use client';
import { Breadcrumbs, Group, Text, Title } from '@mantine/core';
import { enterpriseLandscapeQuery, useApiQuery } from '@streamscape/web-api';
import { compactAmount, preloadGraph, toEnterpriseElements, type ViewNodeLike } from '@streamscape/web-graph';
import { useEffect, useMemo, useState } from 'react';
import { splitViewId } from '../landscape/node-details';
import { Figures } from '../landscape/figures';
import { LandscapeView } from '../landscape/landscape-view';
import { QueryState } from '../shell/query-state';
import { DownloadWorkbook } from './download-workbook';

/** View 1, enterprise structure: domains, who funds them, integration points and who answers for them. */
export function EnterpriseView() {
  // the graph code downloads while the data is on its way
  useEffect(() => preloadGraph('bands'), []);
  const query = useApiQuery(enterpriseLandscapeQuery, {});
  const [selected, setSelected] = useState<string | null>(null);
  const view = query.data?.enterpriseLandscape;
  const elements = useMemo(() => (view ? toEnterpriseElements(view) : { nodes: [], edges: [] }), [view]);

  return (
    <QueryState
      query={query}
      what="the enterprise landscape"
      isEmpty={(d) => d.enterpriseLandscape.nodes.length === 0}
    >
      {({ enterpriseLandscape: v }) => {
        const funding = new Map<string, number>();
        v.fundingTotals.forEach((t) => funding.set(t.currency, (funding.get(t.currency) ?? 0) + t.amount));
        return (
          <LandscapeView
            testId="enterprise-view"
            nodes={v.nodes}
            edges={v.edges}
            findings={v.findings}
            elements={elements}
            layout="bands"
            exportName="enterprise-structure"
            selected={selected}
            onSelect={setSelected}
            drillDown={drillDown}
            header={
              <Group justify="space-between" align="flex-end">
                <div>
                  <Breadcrumbs data-testid="breadcrumb">
                    <Text size="sm">{v.name}</Text>
                  </Breadcrumbs>
                  <Group gap="sm" align="center">
                    <Title order={2}>Enterprise structure</Title>
                    <DownloadWorkbook enterpriseName={v.name} />
                  </Group>
                  <Text size="sm" c="dimmed">
                    How value creation is organised, funded and governed.
                  </Text>
                </div>
                <Figures
                  items={[
                    { label: 'Domains', value: v.domains },
                    { label: 'Value streams', value: v.valueStreams },
                    { label: 'Budgets', value: v.budgets },
                    ...[...funding].map(([currency, amount]) => ({
                      label: `Funding (${currency})`,
                      value: compactAmount(amount),
                    })),
                    { label: 'Integration points', value: v.integrationPoints },
                    {
                      label: 'Without owner',
                      value: v.integrationPointsWithoutResponsible,
                      alert: v.integrationPointsWithoutResponsible > 0,
                    },
                  ]}
                />
              </Group>
            }
          />
        );
      }}
    </QueryState>
  );
}

function drillDown(node: ViewNodeLike) {
  if (node.kind === 'DOMAIN')
    return { href: `/domains/${splitViewId(node.id).id}`, label: 'Open domain design' };
  if (node.kind === 'INTEGRATION_POINT' && node.parent?.startsWith('domain:')) {
    return { href: `/domains/${splitViewId(node.parent).id}`, label: 'Open its domain' };
  }
  return null;
}
