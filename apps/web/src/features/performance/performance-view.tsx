'use client';
import { Alert, Anchor, Breadcrumbs, Code, Group, Stack, Text, Title } from '@mantine/core';
import {
  factHorizonQuery,
  kpiBoardQuery,
  metricDefinitionsQuery,
  performanceLandscapeQuery,
  useApiQuery,
} from '@streamscape/web-api';
import { preloadGraph, toHeatMapElements, type ViewNodeLike } from '@streamscape/web-graph';
import { IconDatabaseOff } from '@tabler/icons-react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useMemo, useState } from 'react';
import { Figures } from '../landscape/figures';
import { LandscapeView } from '../landscape/landscape-view';
import { ErrorState, QueryState } from '../shell/query-state';
import { ComparisonTable } from './comparison-table';
import { TrendChart } from './trend-chart';
import { HeatLegend, NoValueSwatch } from './heat-legend';
import { KpiBoard } from './kpi-board';
import { PerformanceControls } from './performance-controls';
import {
  formatMetric,
  hasNoFacts,
  toSidePanelGraph,
  toViewFindings,
  type MetricDefinition,
  type PerformanceLandscape,
} from './performance-model';
import { performanceHref, scopeInputOf, windowOf, type PerformanceRoute } from './performance-route';

/**
 * View 3, performance & observability: the scope's Assembly Lines as a heat map of one metric over a window
 * of facts, its trend, the domains compared and the KPI board.
 */
export function PerformanceView(route: PerformanceRoute) {
  const router = useRouter();
  // the graph code downloads while the facts are computed
  useEffect(() => preloadGraph('lines'), []);
  const definitions = useApiQuery(metricDefinitionsQuery, {});
  // "the last 90 days" end with the last day with facts, not today (today when there are none)
  const horizon = useApiQuery(factHorizonQuery, {});
  const board = useApiQuery(kpiBoardQuery, {});
  const end = horizon.data ? (horizon.data.factHorizon?.to ?? startOfTomorrowUtc()) : undefined;
  const custom = !!(route.from && route.to);
  const window = custom || end ? windowOf(route, end ?? '') : null;
  const landscape = useApiQuery(
    performanceLandscapeQuery,
    { scope: scopeInputOf(route.scope), window: window ?? { from: '', to: '' } },
    { enabled: !!window },
  );
  const [selected, setSelected] = useState<string | null>(null);
  const [feedbackLoops, setFeedbackLoops] = useState(false);
  const navigate = (next: PerformanceRoute) => {
    setSelected(null);
    router.replace(performanceHref(next));
  };

  if (definitions.error) return <ErrorState error={definitions.error} what="the metric definitions" />;
  if (horizon.error && !custom) return <ErrorState error={horizon.error} what="the days the facts cover" />;
  if (board.error && !custom) return <ErrorState error={board.error} what="the KPI board" />;
  const defs = definitions.data?.metricDefinitions ?? [];
  const definition = defs.find((d) => d.id === route.metric) ?? defs.find((d) => d.id === 'flow-time');

  return (
    <Stack gap="sm" data-testid="performance-page">
      <div>
        <Breadcrumbs data-testid="breadcrumb">
          <Anchor component={Link} href={performanceHref({ ...route, scope: 'enterprise' })} size="sm">
            Enterprise
          </Anchor>
          {route.scope !== 'enterprise' && (
            <Text size="sm">{landscape.data?.performanceLandscape.scope.name ?? route.scope}</Text>
          )}
        </Breadcrumbs>
        <Title order={2}>Performance &amp; observability</Title>
        <Text size="sm" c="dimmed">
          Where flow breaks: metrics anchored to stages, integration points and feedback loops.
        </Text>
      </div>
      <PerformanceControls
        key={`${route.from}-${route.to}`}
        route={route}
        definitions={defs}
        lastDay={end ? new Date(Date.parse(end) - 1).toISOString().slice(0, 10) : null}
        feedbackLoops={feedbackLoops}
        onFeedbackLoops={setFeedbackLoops}
        onChange={navigate}
      />
      <QueryState query={landscape} what="the performance view">
        {({ performanceLandscape: view }) =>
          !definition ? null : hasNoFacts(view) ? (
            <NoFacts window={view.window} />
          ) : (
            <PerformanceContent
              view={view}
              definition={definition}
              definitions={defs}
              feedbackLoops={feedbackLoops}
              selected={selected}
              onSelect={setSelected}
              drillDown={(node) =>
                node.kind === 'DOMAIN' || node.kind === 'VALUE_STREAM'
                  ? { href: performanceHref({ ...route, scope: node.id }), label: 'Show its Assembly Line' }
                  : null
              }
              board={board.data?.kpiBoard}
            />
          )
        }
      </QueryState>
    </Stack>
  );
}

interface ContentProps {
  view: PerformanceLandscape;
  definition: MetricDefinition;
  definitions: readonly MetricDefinition[];
  feedbackLoops: boolean;
  selected: string | null;
  onSelect: (id: string | null) => void;
  drillDown: (node: ViewNodeLike) => { href: string; label: string } | null;
  board?: Parameters<typeof KpiBoard>[0]['board'];
}

function PerformanceContent({
  view,
  definition,
  definitions,
  feedbackLoops,
  selected,
  onSelect,
  drillDown,
  board,
}: ContentProps) {
  const shown = useMemo(
    () => ({
      nodes: view.nodes,
      edges: feedbackLoops ? view.edges : view.edges.filter((e) => e.kind !== 'feedback'),
    }),
    [view, feedbackLoops],
  );
  const heat = useMemo(
    () => toHeatMapElements(shown, definition.id, definition.direction),
    [shown, definition],
  );
  const panel = useMemo(() => toSidePanelGraph(shown, definitions), [shown, definitions]);
  const findings = useMemo(() => toViewFindings(view.findings), [view.findings]);
  const scopeValue = view.metrics.find((m) => m.metric === definition.id);
  const lastDay = new Date(Date.parse(view.window.to) - 1).toISOString().slice(0, 10);

  return (
    <Stack gap="sm">
      <LandscapeView
        testId="performance-view"
        nodes={panel.nodes}
        edges={panel.edges}
        findings={findings}
        elements={heat.elements}
        layout="lines"
        exportName={`performance-${view.scope.nodeId.replace(':', '-')}-${definition.id}`}
        selected={selected}
        onSelect={onSelect}
        drillDown={drillDown}
        header={
          <Group justify="space-between" align="flex-end" wrap="wrap">
            <Stack gap={4} data-testid="heat-legends" data-metric={definition.id}>
              <Text fw={600}>
                {view.scope.name}: {definition.name} ({definition.unitLabel})
              </Text>
              <HeatLegend label="Stages" scale={heat.scales.stage} definition={definition} />
              <HeatLegend label="Streams" scale={heat.scales.stream} definition={definition} />
              <NoValueSwatch />
            </Stack>
            <Figures
              items={[
                { label: definition.name, value: formatMetric(scopeValue?.value, definition) },
                {
                  label: 'Window',
                  value: `${view.window.from.slice(0, 10)} – ${lastDay} (${view.window.days} days)`,
                },
                { label: 'Findings', value: view.findings.length, alert: view.findings.length > 0 },
              ]}
            />
          </Group>
        }
      />
      <TrendChart trends={view.trends} definition={definition} scopeName={view.scope.name} />
      <ComparisonTable comparison={view.comparison} definitions={definitions} metric={definition.id} />
      {board && <KpiBoard board={board} definitions={definitions} />}
    </Stack>
  );
}

function NoFacts({ window }: { window: PerformanceLandscape['window'] }) {
  return (
    <Alert
      data-testid="state-no-facts"
      icon={<IconDatabaseOff />}
      color="gray"
      title="No flow facts in this window"
    >
      <Stack gap={6}>
        <Text size="sm">
          Nothing was measured between {window.from.slice(0, 10)} and {window.to.slice(0, 10)}: the metrics
          are computed from imported facts (work items, stage passages, deployments, incidents, measures).
          Import them next to the landscape, for example the demo&apos;s:
        </Text>
        <Code block>
          {`npm run demo:generate -- --out examples/demo\nnpm run streamscape -- import examples/demo/landscape examples/demo/facts`}
        </Code>
        <Text size="sm">Or pick another time window above.</Text>
      </Stack>
    </Alert>
  );
}

/** The end of today, UTC: a window's end when there are no facts yet (as the KPI board evaluates then). */
function startOfTomorrowUtc(): string {
  const day = 86_400_000;
  return new Date((Math.floor((Date.now() - 1) / day) + 1) * day).toISOString();
}
