'use client';
import { Paper, useComputedColorScheme } from '@mantine/core';
import { GraphView, toElements, type LayoutName, type ViewGraphLike } from '@streamscape/web-graph';
import { useMemo } from 'react';

/** An analysis or console answer drawn read-only with ui-graph. */
export function ResultGraph({
  graph,
  layout,
  highlighted,
  height = 440,
}: {
  graph: ViewGraphLike;
  layout: LayoutName;
  highlighted?: readonly string[];
  height?: number;
}) {
  const scheme = useComputedColorScheme('light');
  const elements = useMemo(() => toElements(graph), [graph]);
  return (
    <Paper withBorder h={height} style={{ overflow: 'hidden' }}>
      <GraphView elements={elements} layout={layout} theme={scheme} highlighted={highlighted} />
    </Paper>
  );
}
