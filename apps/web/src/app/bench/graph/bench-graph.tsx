'use client';
import { Stack, Text, Title } from '@mantine/core';
import { GraphView, toDomainElements, toElements } from '@streamscape/web-graph';
import { useMemo } from 'react';
import { domainLandscape, randomGraph } from './generate';

export interface BenchGraphProps {
  shape: 'random' | 'domain';
  nodes: number;
  edges: number;
  elements: number;
  seed: number;
}

/** Benchmark page: a generated graph drawn by the same graph component as the views. */
export function BenchGraph({ shape, nodes, edges, elements, seed }: BenchGraphProps) {
  const graph = useMemo(
    () =>
      shape === 'domain'
        ? toDomainElements(domainLandscape(elements, seed), { mode: 'design' })
        : toElements(randomGraph(nodes, edges, seed)),
    [shape, nodes, edges, elements, seed],
  );
  return (
    <Stack gap="sm" data-testid="bench-graph">
      <Title order={2}>Benchmark graph</Title>
      <Text size="sm" c="dimmed">
        Generated for `npm run bench:web`, not landscape data:{' '}
        {shape === 'domain' ? `a domain design of ${elements} elements` : `${nodes} nodes, ${edges} edges`}{' '}
        (seed {seed}).
      </Text>
      <div style={{ height: 'calc(100vh - 200px)', minHeight: 420, border: '1px solid #dee2e6' }}>
        {/* the layouts of the views: the domain design's placement, fcose for a graph without structure */}
        <GraphView elements={graph} layout={shape === 'domain' ? 'bands' : 'fcose'} theme="light" />
      </div>
    </Stack>
  );
}
