'use client';
import { Alert, Grid, Group, NumberInput, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { transformationLandscapeQuery, transformationWhatIfQuery, useApiQuery } from '@streamscape/web-api';
import { preloadGraph, toElements } from '@streamscape/web-graph';
import { useEffect, useMemo, useState } from 'react';
import { Figures } from '../landscape/figures';
import { LandscapeView } from '../landscape/landscape-view';
import { ErrorState, QueryState } from '../shell/query-state';
import { OperatingModes } from './operating-modes';
import { stepsInFindings, toSwimLanes } from './swim-lanes';
import { SwimLanesChart } from './swim-lanes-chart';
import { summariseDiff, toPlanEditInputs, type WhatIfEdit } from './what-if';
import { WhatIfDiff, WhatIfPanel } from './what-if-panel';

const ALL = '*';

/**
 * View 4, transformation: operating modes now and as targeted, the plan's computed waves with the critical
 * path, friction and plan findings, and a what-if that recomputes the sequence without writing.
 */
export function TransformationView() {
  // the graph code downloads while the plan is computed
  useEffect(() => preloadGraph('bands'), []);
  const [initiative, setInitiative] = useState<string>(ALL);
  const [capacity, setCapacity] = useState<number | string>('');
  const [debouncedCapacity] = useDebouncedValue(capacity, 400);
  const [edits, setEdits] = useState<WhatIfEdit[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const variables = {
    initiativeId: initiative === ALL ? null : initiative,
    capacityWeeksPerWave: Number(debouncedCapacity) > 0 ? Number(debouncedCapacity) : null,
  };
  const query = useApiQuery(transformationLandscapeQuery, variables);
  const whatIf = useApiQuery(
    transformationWhatIfQuery,
    { ...variables, edits: toPlanEditInputs(edits) },
    { enabled: edits.length > 0 },
  );
  const view = query.data?.transformationLandscape;
  const elements = useMemo(() => (view ? toElements(view) : { nodes: [], edges: [] }), [view]);
  const names = useMemo(() => {
    const out = new Map((view?.steps ?? []).map((s) => [s.id, s.name]));
    edits.forEach((e) => e.kind === 'ADD' && out.set(e.stepId, e.name || e.stepId));
    return out;
  }, [view, edits]);
  const tried = edits.length > 0 ? whatIf.data?.transformationWhatIf : undefined;
  const lanes = useMemo(() => {
    if (!view) return null;
    const plan = tried?.plan ?? view.plan;
    const changed = new Set([...(tried?.diff.changed.map((c) => c.id) ?? []), ...(tried?.diff.added ?? [])]);
    return toSwimLanes(plan, { names, changed, flagged: stepsInFindings(tried?.findings ?? view.findings) });
  }, [view, tried, names]);

  const changeScope = (change: () => void) => {
    setEdits([]);
    change();
  };

  return (
    <QueryState
      query={query}
      what="the transformation plan"
      isEmpty={(d) => d.transformationLandscape.nodes.length === 0}
    >
      {({ transformationLandscape: v }) => {
        const open = v.plan.steps.filter((s) => s.state !== 'DONE').map((s) => s.id);
        const stepChoices = [...open, ...edits.filter((e) => e.kind === 'ADD').map((e) => e.stepId)].map(
          (id) => ({
            value: id,
            label: names.get(id) ?? id,
          }),
        );
        const plan = tried?.plan ?? v.plan;
        return (
          <LandscapeView
            testId="transformation-view"
            nodes={v.nodes}
            edges={v.edges}
            findings={v.findings}
            elements={elements}
            layout="bands"
            exportName={`transformation-${v.initiative?.id ?? 'all'}`}
            selected={selected}
            onSelect={setSelected}
            header={
              <Stack gap="sm">
                <Group justify="space-between" align="flex-end">
                  <div>
                    <Title order={2}>Transformation</Title>
                    <Text size="sm" c="dimmed">
                      What to change, and in what sequence.
                    </Text>
                  </div>
                  <Figures
                    items={[
                      { label: 'Steps', value: v.plan.steps.length },
                      { label: 'Waves', value: plan.waves.length },
                      { label: 'Earliest finish', value: `${plan.earliestFinishWeeks} weeks` },
                      { label: 'By waves', value: `${plan.wavesFinishWeeks} weeks` },
                      { label: 'Cycles', value: plan.cycles.length, alert: plan.cycles.length > 0 },
                      { label: 'Findings', value: v.findings.length, alert: v.findings.length > 0 },
                    ]}
                  />
                </Group>
                <Group gap="sm" align="flex-end">
                  <Select
                    label="Initiative"
                    data={[
                      { value: ALL, label: 'Every step of every initiative' },
                      ...v.initiatives.map((i) => ({ value: i.id, label: i.name })),
                    ]}
                    value={initiative}
                    onChange={(value) => changeScope(() => setInitiative(value ?? ALL))}
                    allowDeselect={false}
                    w={320}
                    data-testid="initiative-picker"
                  />
                  <NumberInput
                    label="Capacity (effort weeks per wave)"
                    placeholder="unlimited"
                    min={0}
                    value={capacity}
                    onChange={(value) => changeScope(() => setCapacity(value))}
                    w={240}
                    data-testid="capacity-input"
                  />
                </Group>
                <Grid gap="sm">
                  <Grid.Col span={{ base: 12, lg: 9 }}>
                    <Paper withBorder p="sm">
                      <Title order={4} mb="xs">
                        {tried ? 'Waves with your edits' : 'Waves'}
                        {v.initiative ? `: ${v.initiative.name}` : ''}
                      </Title>
                      <Stack gap="sm">
                        {plan.cycles.length > 0 && (
                          <Alert color="red" title="The plan has cycles" data-testid="plan-cycles">
                            {plan.cycles.map((c) => c.steps.join(' ↔ ')).join('; ')}
                          </Alert>
                        )}
                        {edits.length > 0 && whatIf.error && (
                          <ErrorState error={whatIf.error} what="the what-if" />
                        )}
                        {edits.length > 0 && whatIf.isFetching && (
                          <Text size="sm" c="dimmed">
                            Computing the what-if ...
                          </Text>
                        )}
                        {tried && (
                          <WhatIfDiff
                            summary={summariseDiff(tried.diff, names)}
                            cyclesAdded={tried.diff.cyclesAdded.map((c) => c.steps)}
                          />
                        )}
                        {lanes && <SwimLanesChart lanes={lanes} />}
                        <Text size="xs" c="dimmed" data-testid="critical-path">
                          Critical path:{' '}
                          {plan.criticalPath.map((id) => names.get(id) ?? id).join(' → ') || 'none'}
                        </Text>
                      </Stack>
                    </Paper>
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, lg: 3 }}>
                    <WhatIfPanel steps={stepChoices} names={names} edits={edits} onEdits={setEdits} />
                  </Grid.Col>
                </Grid>
                <OperatingModes view={v} />
              </Stack>
            }
          />
        );
      }}
    </QueryState>
  );
}
