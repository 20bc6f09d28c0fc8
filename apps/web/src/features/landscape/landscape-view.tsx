'use client';
import { Box, Divider, Grid, Paper, Stack, Text, Title, useComputedColorScheme } from '@mantine/core';
import type { ViewFindingFieldsFragment } from '@streamscape/web-api';
import {
  filterChoices,
  GraphView,
  type GraphElements,
  type GraphFilter,
  type GraphHandle,
  type LayoutName,
  type ViewEdgeLike,
  type ViewNodeLike,
} from '@streamscape/web-graph';
import { useMemo, useState, type ReactNode } from 'react';
import { downloadBlob } from './download';
import { FilterBar } from './filter-bar';
import { FindingsList } from './findings-list';
import { SidePanel, type DrillDown } from './side-panel';

export interface LandscapeViewProps {
  nodes: readonly ViewNodeLike[];
  edges: readonly ViewEdgeLike[];
  findings: readonly ViewFindingFieldsFragment[];
  elements: GraphElements;
  layout: LayoutName;
  /** file name of exports, without extension */
  exportName: string;
  selected: string | null;
  onSelect: (id: string | null) => void;
  drillDown?: (node: ViewNodeLike) => DrillDown | null;
  /** above the graph: breadcrumb, title, figures, mode switches */
  header: ReactNode;
  testId: string;
}

/** A landscape view: the graph with its filter bar and exports, the side panel and the findings list. */
export function LandscapeView(props: LandscapeViewProps) {
  const {
    nodes,
    edges,
    findings,
    elements,
    layout,
    exportName,
    selected,
    onSelect,
    drillDown,
    header,
    testId,
  } = props;
  const scheme = useComputedColorScheme('light');
  const [filter, setFilter] = useState<GraphFilter>({});
  const [activeFinding, setActiveFinding] = useState<ViewFindingFieldsFragment | null>(null);
  const [handle, setHandle] = useState<GraphHandle | null>(null);
  const choices = useMemo(() => filterChoices(elements), [elements]);
  const selectedNode = useMemo(() => nodes.find((n) => n.id === selected) ?? null, [nodes, selected]);
  const highlighted = useMemo(() => activeFinding?.about ?? [], [activeFinding]);

  const toggleFinding = (finding: ViewFindingFieldsFragment) =>
    setActiveFinding((current) => (current?.id === finding.id ? null : finding));

  return (
    <Stack gap="sm" data-testid={testId}>
      {header}
      <FilterBar
        filter={filter}
        onChange={setFilter}
        kinds={choices.kinds}
        tags={choices.tags}
        exportReady={!!handle}
        onFit={() => handle?.fit()}
        onExportPng={() => handle?.exportPng().then((blob) => downloadBlob(blob, `${exportName}.png`))}
        onExportSvg={() =>
          handle &&
          downloadBlob(new Blob([handle.exportSvg()], { type: 'image/svg+xml' }), `${exportName}.svg`)
        }
      />
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, md: 8, xl: 9 }}>
          <Paper withBorder h="calc(100vh - 250px)" mih={420} style={{ overflow: 'hidden' }}>
            <GraphView
              elements={elements}
              layout={layout}
              theme={scheme}
              filter={filter}
              highlighted={highlighted}
              selected={selected}
              onSelect={onSelect}
              onReady={setHandle}
            />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4, xl: 3 }}>
          <Paper withBorder p="sm">
            <Stack gap="sm">
              {selectedNode ? (
                <SidePanel
                  node={selectedNode}
                  nodes={nodes}
                  edges={edges}
                  findings={findings}
                  drillDown={drillDown?.(selectedNode)}
                  onSelect={onSelect}
                  onFinding={toggleFinding}
                />
              ) : (
                <Text size="sm" c="dimmed" data-testid="side-panel-empty">
                  Click a node for its details, relationships and findings.
                </Text>
              )}
              <Divider />
              <Box>
                <Title order={4} mb="xs">
                  Findings ({findings.length})
                </Title>
                <FindingsList
                  findings={findings}
                  activeId={activeFinding?.id ?? null}
                  onToggle={toggleFinding}
                />
              </Box>
            </Stack>
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
