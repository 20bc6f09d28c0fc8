'use client';
import { Anchor, Breadcrumbs, Group, SegmentedControl, Text, Title } from '@mantine/core';
import { domainLandscapeQuery, useApiQuery } from '@streamscape/web-api';
import { preloadGraph, toDomainElements } from '@streamscape/web-graph';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useMemo, useState } from 'react';
import { Figures } from '../landscape/figures';
import { LandscapeView } from '../landscape/landscape-view';
import { QueryState } from '../shell/query-state';
import { domainDrillDown, domainHref, type DomainRoute } from './domain-route';

/**
 * View 2, domain design: the domain's Assembly Lines left to right (or the whole design), narrowed to one
 * stream and one stage as the user drills down; the breadcrumb leads back up to the enterprise.
 */
export function DomainView(route: DomainRoute) {
  const { domainId, stream, stage } = route;
  const mode = stream ? 'assembly' : (route.mode ?? 'assembly');
  const router = useRouter();
  const layout = mode === 'assembly' ? 'lines' : 'bands';
  // the graph code downloads while the data is on its way
  useEffect(() => preloadGraph(layout), [layout]);
  const query = useApiQuery(domainLandscapeQuery, { domainId });
  const view = query.data?.domainLandscape;
  const focus = stage ? `stage:${stage}` : stream ? `value-stream:${stream}` : null;
  const [selected, setSelected] = useState<string | null>(focus);
  useEffect(() => setSelected(focus), [focus]);

  const elements = useMemo(
    () =>
      view
        ? toDomainElements(view, { mode, ...(stream ? { stream: `value-stream:${stream}` } : {}) })
        : { nodes: [], edges: [] },
    [view, mode, stream],
  );

  return (
    <QueryState query={query} what="the domain design" isEmpty={(d) => d.domainLandscape.nodes.length === 0}>
      {({ domainLandscape: v }) => {
        const streamNode = stream ? v.nodes.find((n) => n.id === `value-stream:${stream}`) : undefined;
        const stageNode = stage ? v.nodes.find((n) => n.id === `stage:${stage}`) : undefined;
        return (
          <LandscapeView
            testId="domain-view"
            nodes={v.nodes}
            edges={v.edges}
            findings={v.findings}
            elements={elements}
            layout={layout}
            exportName={`domain-${domainId}${stream ? `-${stream}` : ''}`}
            selected={selected}
            onSelect={setSelected}
            drillDown={(node) => domainDrillDown(domainId, node)}
            header={
              <Group justify="space-between" align="flex-end">
                <div>
                  <Breadcrumbs data-testid="breadcrumb">
                    <Anchor component={Link} href="/enterprise" size="sm" data-testid="crumb-enterprise">
                      Enterprise
                    </Anchor>
                    <Anchor
                      component={Link}
                      href={domainHref({ domainId })}
                      size="sm"
                      data-testid="crumb-domain"
                    >
                      {v.name}
                    </Anchor>
                    {stream && (
                      <Anchor
                        component={Link}
                        href={domainHref({ domainId, stream })}
                        size="sm"
                        data-testid="crumb-stream"
                      >
                        {streamNode?.label ?? stream}
                      </Anchor>
                    )}
                    {stage && (
                      <Text size="sm" data-testid="crumb-stage">
                        {stageNode?.label ?? stage}
                      </Text>
                    )}
                  </Breadcrumbs>
                  <Title order={2}>
                    {stream ? `Assembly Line: ${streamNode?.label ?? stream}` : `Domain design: ${v.name}`}
                  </Title>
                  {!stream && (
                    <SegmentedControl
                      mt="xs"
                      size="xs"
                      value={mode}
                      onChange={(value) =>
                        router.push(domainHref({ domainId, mode: value as 'assembly' | 'design' }))
                      }
                      data={[
                        { value: 'assembly', label: 'Assembly Lines' },
                        { value: 'design', label: 'Full design' },
                      ]}
                      data-testid="domain-mode"
                    />
                  )}
                </div>
                <Figures
                  items={[
                    { label: 'Value streams', value: v.valueStreams },
                    { label: 'Stages', value: v.stages },
                    { label: 'Components', value: v.components },
                    { label: 'Teams', value: v.teams },
                    { label: 'Variants', value: v.variants },
                    { label: 'Legacy generations', value: `${v.legacyGenerations} / ${v.generations}` },
                    {
                      label: 'Coupling density',
                      value: `${Math.round(v.coupling.density * 100)} %`,
                      alert: v.coupling.density > 0.2,
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
