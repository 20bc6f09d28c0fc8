'use client';
import { Alert, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconInfoCircle, IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useAccess } from '../auth';
import { CentralTab, type CentralParams } from './central-tab';
import { CypherConsole, type ConsoleState } from './cypher-console';
import { CyclesTab, type CyclesParams } from './cycles-tab';
import { ImpactTab, type ImpactParams } from './impact-tab';
import { PathTab, type PathParams } from './path-tab';
import { EXAMPLE_QUERIES } from './saved-queries';

type Tab = 'impact' | 'path' | 'cycles' | 'central' | 'cypher';

/**
 * The architects' explorer: the named structural analyses and the read-only Cypher console. Panels unmount
 * when hidden (a graph in a hidden panel has no size), so what each was asked lives here.
 */
export function ExplorerView() {
  const { runAnalyses } = useAccess();
  const [tab, setTab] = useState<Tab>('impact');
  const [impact, setImpact] = useState<ImpactParams | null>(null);
  const [path, setPath] = useState<PathParams | null>(null);
  const [cycles, setCycles] = useState<CyclesParams | null>(null);
  const [central, setCentral] = useState<CentralParams | null>(null);
  const [consoleState, setConsoleState] = useState<ConsoleState>({
    query: EXAMPLE_QUERIES[0].query,
    params: EXAMPLE_QUERIES[0].params,
    selected: null,
  });

  return (
    <Stack gap="sm" data-testid="explorer-view">
      <div>
        <Title order={2}>Explorer</Title>
        <Text size="sm" c="dimmed">
          Structural analyses of the component dependencies, and read-only Cypher over the landscape graph.
        </Text>
      </div>
      {runAnalyses ? (
        <Alert variant="light" color="blue" icon={<IconInfoCircle />} py="xs" data-testid="role-note">
          The analyses and the console need the architect role (admins hold it too).
        </Alert>
      ) : (
        <Alert color="orange" icon={<IconLock />} title="No permission" data-testid="state-no-permission">
          The analyses and the Cypher console need the architect role, which your roles do not include. Ask an
          administrator.
        </Alert>
      )}
      {runAnalyses && (
        <Tabs value={tab} onChange={(v) => setTab((v as Tab) ?? 'impact')} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="impact" data-testid="tab-impact">
              Component impact
            </Tabs.Tab>
            <Tabs.Tab value="path" data-testid="tab-path">
              Dependency path
            </Tabs.Tab>
            <Tabs.Tab value="cycles" data-testid="tab-cycles">
              Dependency cycles
            </Tabs.Tab>
            <Tabs.Tab value="central" data-testid="tab-central">
              Central components
            </Tabs.Tab>
            <Tabs.Tab value="cypher" data-testid="tab-cypher">
              Cypher console
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="impact" pt="sm">
            <ImpactTab params={impact} onRun={setImpact} />
          </Tabs.Panel>
          <Tabs.Panel value="path" pt="sm">
            <PathTab params={path} onRun={setPath} />
          </Tabs.Panel>
          <Tabs.Panel value="cycles" pt="sm">
            <CyclesTab params={cycles} onRun={setCycles} />
          </Tabs.Panel>
          <Tabs.Panel value="central" pt="sm">
            <CentralTab params={central} onRun={setCentral} />
          </Tabs.Panel>
          <Tabs.Panel value="cypher" pt="sm">
            <CypherConsole state={consoleState} onState={setConsoleState} />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
