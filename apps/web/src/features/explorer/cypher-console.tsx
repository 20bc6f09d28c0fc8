'use client';
import {
  Alert,
  Badge,
  Button,
  Group,
  Kbd,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  useComputedColorScheme,
} from '@mantine/core';
import { IconAlertTriangle, IconDeviceFloppy, IconPlayerPlay, IconTrash } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { ApiRequestError, cypherQuery, gqlRequest, type CypherConsoleQuery } from '@streamscape/web-api';
import dynamic from 'next/dynamic';
import { useEffect, useMemo, useState } from 'react';
import { parseParams, toCypherGraph, toCypherTable } from './cypher-result';
import { ExplorerError } from './explorer-error';
import { ResultGraph } from './result-graph';
import {
  loadSavedQueries,
  removeSavedQuery,
  storeSavedQueries,
  upsertSavedQuery,
  type SavedQuery,
} from './saved-queries';

const CypherEditor = dynamic(() => import('./cypher-editor'), {
  ssr: false,
  loading: () => (
    <Text size="sm" c="dimmed" p="sm">
      Loading the editor ...
    </Text>
  ),
});

/** Rows drawn in the table at most; the rest are counted (the console answers up to its row limit). */
const TABLE_ROWS = 500;

export interface ConsoleState {
  query: string;
  params: string;
  selected: string | null;
}

const browserStorage = () => (typeof window === 'undefined' ? null : window.localStorage);

/** The read-only Cypher console: editor, JSON parameters, saved queries, results as a table and a graph. */
export function CypherConsole({
  state,
  onState,
}: {
  state: ConsoleState;
  onState: (update: (s: ConsoleState) => ConsoleState) => void;
}) {
  const scheme = useComputedColorScheme('light');
  const [saved, setSaved] = useState<SavedQuery[]>([]);
  const [paramsError, setParamsError] = useState<string | null>(null);
  const [saving, setSaving] = useState<string | null>(null);
  const [view, setView] = useState<'table' | 'graph'>('table');
  const run = useMutation<CypherConsoleQuery['cypher'], ApiRequestError, { query: string; params: unknown }>({
    mutationKey: ['CypherConsole'],
    mutationFn: async (variables) => (await gqlRequest(cypherQuery, variables)).cypher,
  });

  // localStorage exists in the browser only: read it after the first render
  useEffect(() => setSaved(loadSavedQueries(browserStorage())), []);

  const execute = (query: string) => {
    const parsed = parseParams(state.params);
    if (!parsed.ok) {
      setParamsError(parsed.error);
      return;
    }
    setParamsError(null);
    if (!query.trim()) return;
    run.mutate({ query, params: parsed.params });
  };

  const persist = (next: SavedQuery[]) => {
    setSaved(next);
    storeSavedQueries(browserStorage(), next);
  };

  const result = run.data;
  const table = useMemo(() => (result ? toCypherTable(result) : null), [result]);
  const graph = useMemo(() => (result ? toCypherGraph(result) : null), [result]);
  const shown = graph ? view : 'table';

  return (
    <Stack gap="sm" data-testid="cypher-console">
      <Group align="flex-end" gap="xs">
        <Select
          label="Saved queries"
          placeholder="Load a saved query"
          data={saved.map((q) => q.name)}
          value={state.selected}
          searchable
          onChange={(name) => {
            const q = saved.find((s) => s.name === name);
            onState((s) =>
              q ? { query: q.query, params: q.params, selected: q.name } : { ...s, selected: null },
            );
          }}
          data-testid="saved-queries"
          w={340}
        />
        <Button
          variant="default"
          leftSection={<IconDeviceFloppy size={16} />}
          onClick={() => setSaving(state.selected ?? '')}
          data-testid="save-query"
        >
          Save as ...
        </Button>
        <Button
          variant="default"
          color="red"
          leftSection={<IconTrash size={16} />}
          disabled={!state.selected}
          onClick={() => {
            if (!state.selected) return;
            persist(removeSavedQuery(saved, state.selected));
            onState((s) => ({ ...s, selected: null }));
          }}
          data-testid="delete-query"
        >
          Delete
        </Button>
      </Group>
      <CypherEditor
        value={state.query}
        onChange={(query) => onState((s) => ({ ...s, query }))}
        onRun={execute}
        theme={scheme}
      />
      <Group align="flex-start" gap="sm">
        <Textarea
          label="Parameters (JSON object)"
          placeholder='{"limit": 10}'
          value={state.params}
          onChange={(e) => onState((s) => ({ ...s, params: e.currentTarget.value }))}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              execute(state.query);
            }
          }}
          error={paramsError}
          autosize
          minRows={2}
          ff="monospace"
          style={{ flex: 1 }}
          data-testid="cypher-params"
        />
        <Stack gap={4} mt={25}>
          <Button
            leftSection={<IconPlayerPlay size={16} />}
            loading={run.isPending}
            onClick={() => execute(state.query)}
            data-testid="cypher-run"
          >
            Run
          </Button>
          <Text size="xs" c="dimmed">
            <Kbd size="xs">Ctrl</Kbd> + <Kbd size="xs">Enter</Kbd>
          </Text>
        </Stack>
      </Group>
      <Text size="xs" c="dimmed">
        Read-only: anything that writes or administers is refused before it runs; queries stop at the
        console&apos;s time and row limits.
      </Text>

      {run.error &&
        (run.error.noPermission ? (
          <ExplorerError error={run.error} what="Cypher queries" />
        ) : (
          <Alert
            color="red"
            icon={<IconAlertTriangle />}
            title={
              run.error.code === 'BAD_USER_INPUT'
                ? 'The console refused the query'
                : run.error.code === 'UNAVAILABLE'
                  ? 'The query did not finish'
                  : 'The query failed'
            }
            data-testid="cypher-error"
          >
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {run.error.message}
            </Text>
          </Alert>
        ))}

      {result && table && !run.error && (
        <Stack gap="xs" data-testid="cypher-result">
          <Group justify="space-between">
            <Group gap="xs">
              <Badge variant="light" data-testid="cypher-row-count">
                {result.rows.length} rows
              </Badge>
              <Badge variant="light" color="gray">
                {result.elapsedMs} ms
              </Badge>
            </Group>
            {graph && (
              <SegmentedControl
                size="xs"
                value={shown}
                onChange={(v) => setView(v as 'table' | 'graph')}
                data={[
                  { value: 'table', label: 'Table' },
                  { value: 'graph', label: `Graph (${graph.nodes.length} nodes)` },
                ]}
                data-testid="cypher-view"
              />
            )}
          </Group>
          {result.truncated && (
            <Alert color="orange" title="Truncated" data-testid="cypher-truncated">
              The query had more rows than the console&apos;s limit; only the first {result.rows.length} were
              read. Add a LIMIT or a more selective MATCH.
            </Alert>
          )}
          {shown === 'graph' && graph ? (
            <ResultGraph graph={graph} layout="fcose" />
          ) : (
            <Table.ScrollContainer minWidth={400} maxHeight={520}>
              <Table
                striped
                highlightOnHover
                stickyHeader
                data-testid="cypher-table"
                data-row-count={table.rows.length}
                data={{ head: table.columns, body: table.rows.slice(0, TABLE_ROWS) }}
              />
            </Table.ScrollContainer>
          )}
          {shown === 'table' && table.rows.length > TABLE_ROWS && (
            <Text size="xs" c="dimmed">
              Showing the first {TABLE_ROWS} of {table.rows.length} rows.
            </Text>
          )}
        </Stack>
      )}

      <Modal opened={saving !== null} onClose={() => setSaving(null)} title="Save the query">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!saving?.trim()) return;
            const next = upsertSavedQuery(saved, { name: saving, query: state.query, params: state.params });
            persist(next);
            onState((s) => ({ ...s, selected: saving.trim() }));
            setSaving(null);
          }}
        >
          <Stack>
            <TextInput
              label="Name"
              value={saving ?? ''}
              onChange={(e) => setSaving(e.currentTarget.value)}
              error={saving !== null && !saving.trim() ? 'A name is needed' : undefined}
              data-autofocus
              data-testid="save-query-name"
            />
            <Text size="xs" c="dimmed">
              Kept in this browser. A query of the same name is replaced.
            </Text>
            <Group justify="flex-end">
              <Button type="submit" disabled={!saving?.trim()} data-testid="save-query-confirm">
                Save
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
