'use client';
import {
  ActionIcon,
  Alert,
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { addEdit, describeEdit, newStepProblem, type WhatIfEdit } from './what-if';

interface WhatIfPanelProps {
  /** the open steps of the plan (and steps added by edits), for the pickers */
  steps: { value: string; label: string }[];
  names: ReadonlyMap<string, string>;
  edits: WhatIfEdit[];
  onEdits: (edits: WhatIfEdit[]) => void;
}

/** Build what-if edits: move a step to a later wave, remove it, or add one; nothing is written. */
export function WhatIfPanel({ steps, names, edits, onEdits }: WhatIfPanelProps) {
  const [mode, setMode] = useState<'MOVE' | 'REMOVE' | 'ADD'>('MOVE');
  const [stepId, setStepId] = useState<string | null>(null);
  const [wave, setWave] = useState<number | string>(2);
  const [form, setForm] = useState({
    id: '',
    name: '',
    effortWeeks: 4 as number | string,
    requires: [] as string[],
  });
  const problem = mode === 'ADD' ? newStepProblem(form, new Set(steps.map((s) => s.value))) : null;
  const apply = (edit: WhatIfEdit) => onEdits(addEdit(edits, edit));

  return (
    <Paper withBorder p="sm" data-testid="what-if">
      <Title order={4}>What if ...</Title>
      <Text size="xs" c="dimmed" mb="xs">
        Try changes to the plan and see the new sequence; nothing is saved.
      </Text>
      <SegmentedControl
        size="xs"
        fullWidth
        value={mode}
        onChange={(v) => setMode(v as typeof mode)}
        data={[
          { value: 'MOVE', label: 'Move' },
          { value: 'REMOVE', label: 'Remove' },
          { value: 'ADD', label: 'Add' },
        ]}
        data-testid="what-if-mode"
      />
      <Stack gap="xs" mt="xs">
        {mode !== 'ADD' && (
          <Select
            label="Step"
            data={steps}
            value={stepId}
            onChange={setStepId}
            searchable
            data-testid="what-if-step"
          />
        )}
        {mode === 'MOVE' && (
          <NumberInput
            label="Not before wave"
            min={1}
            value={wave}
            onChange={setWave}
            data-testid="what-if-wave"
          />
        )}
        {mode === 'ADD' && (
          <>
            <TextInput
              label="Id"
              placeholder="pilot-ota"
              value={form.id}
              onChange={(e) => setForm({ ...form, id: e.currentTarget.value })}
              data-testid="what-if-new-id"
            />
            <TextInput
              label="Name"
              value={form.name}
              onChange={(e) => setForm({ ...form, name: e.currentTarget.value })}
            />
            <NumberInput
              label="Effort (weeks)"
              min={0}
              value={form.effortWeeks}
              onChange={(v) => setForm({ ...form, effortWeeks: v })}
            />
            <MultiSelect
              label="Requires"
              data={steps}
              value={form.requires}
              onChange={(v) => setForm({ ...form, requires: v })}
              searchable
            />
            {form.id && problem && (
              <Text size="xs" c="red">
                {problem}
              </Text>
            )}
          </>
        )}
        <Button
          size="xs"
          data-testid="what-if-apply"
          disabled={mode === 'ADD' ? !!problem : !stepId || (mode === 'MOVE' && !(Number(wave) >= 1))}
          onClick={() => {
            if (mode === 'ADD') {
              apply({
                kind: 'ADD',
                stepId: form.id,
                name: form.name || undefined,
                effortWeeks: Number(form.effortWeeks),
                requires: form.requires,
              });
              setForm({ id: '', name: '', effortWeeks: 4, requires: [] });
            } else if (stepId) {
              apply(
                mode === 'MOVE'
                  ? { kind: 'MOVE', stepId, notBeforeWave: Number(wave) }
                  : { kind: 'REMOVE', stepId },
              );
            }
          }}
        >
          {mode === 'MOVE' ? 'Move' : mode === 'REMOVE' ? 'Remove' : 'Add'}
        </Button>
      </Stack>
      {edits.length > 0 && (
        <Stack gap={4} mt="sm" data-testid="what-if-edits">
          <Group justify="space-between">
            <Text size="sm" fw={600}>
              Edits ({edits.length})
            </Text>
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() => onEdits([])}
              data-testid="what-if-clear"
            >
              Back to the plan
            </Button>
          </Group>
          {edits.map((edit, i) => (
            <Group key={`${edit.kind}:${edit.stepId}`} gap={4} wrap="nowrap">
              <Text size="xs" style={{ flex: 1 }}>
                {describeEdit(edit, names)}
              </Text>
              <ActionIcon
                size="xs"
                variant="subtle"
                aria-label="Drop this edit"
                onClick={() => onEdits(edits.filter((_, j) => j !== i))}
              >
                <IconX size={12} />
              </ActionIcon>
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

export function WhatIfDiff({
  summary,
  cyclesAdded,
}: {
  summary: import('./what-if').DiffSummary;
  cyclesAdded: string[][];
}) {
  return (
    <Alert color="yellow" title="What-if: the plan with your edits" data-testid="what-if-diff">
      <Stack gap={2}>
        <Text size="sm" data-testid="diff-earliest-finish">
          Earliest finish: {summary.earliestFinish}
        </Text>
        <Text size="sm">Finish by waves: {summary.wavesFinish}</Text>
        <Text size="sm">Waves: {summary.waves}</Text>
        <Text size="sm" fw={600} mt={4}>
          Steps moved ({summary.moved.length})
        </Text>
        {summary.moved.map((line) => (
          <Text key={line} size="xs" data-testid="diff-moved">
            {line}
          </Text>
        ))}
        {cyclesAdded.map((c) => (
          <Text key={c.join()} size="xs" c="red">
            New cycle: {c.join(' → ')}
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}
