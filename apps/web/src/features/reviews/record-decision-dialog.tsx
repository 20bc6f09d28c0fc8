'use client';
import { Autocomplete, Button, Group, Modal, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  ApiRequestError,
  gqlRequest,
  recordDecisionMutation,
  type RecordDecisionInput,
  type RecordDecisionMutation,
} from '@streamscape/web-api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { isoDateError, referencesError, todayIso } from './forms';
import { MutationError } from './mutation-error';

const OUTCOMES = ['approved', 'rejected', 'deferred', 'approved with conditions'];

/** Transformation leads: a decision with its rationale and what it is about; a later review can record it. */
export function RecordDecisionDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [outcome, setOutcome] = useState('');
  const [rationale, setRationale] = useState('');
  const [date, setDate] = useState(todayIso());
  const [about, setAbout] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const record = useMutation<RecordDecisionMutation['recordDecision'], ApiRequestError, RecordDecisionInput>({
    mutationFn: async (input) => (await gqlRequest(recordDecisionMutation, { input })).recordDecision,
    onSuccess: async (decision) => {
      await client.invalidateQueries({ queryKey: ['DecisionOptions'] });
      notifications.show({ title: 'Decision recorded', message: `${decision.name} (${decision.outcome})` });
      setName('');
      setOutcome('');
      setRationale('');
      setAbout([]);
      onClose();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = {
      name: name.trim() ? undefined : 'A name is needed',
      outcome: outcome.trim() ? undefined : 'An outcome is needed',
      date: isoDateError(date),
      about: referencesError(about),
    };
    setErrors(next);
    if (Object.values(next).some(Boolean)) return;
    record.mutate({
      name: name.trim(),
      outcome: outcome.trim(),
      rationale: rationale.trim() || null,
      date: date || null,
      about,
    });
  };

  return (
    <Modal opened={opened} onClose={onClose} title="Record a decision" size="lg">
      <form onSubmit={submit} data-testid="record-decision-form">
        <Stack gap="sm">
          <TextInput
            label="Decision"
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors['name']}
            data-testid="decision-name"
            data-autofocus
          />
          <Autocomplete
            label="Outcome"
            required
            data={OUTCOMES}
            value={outcome}
            onChange={setOutcome}
            error={errors['outcome']}
            data-testid="decision-outcome"
          />
          <Textarea
            label="Rationale"
            value={rationale}
            onChange={(e) => setRationale(e.currentTarget.value)}
            autosize
            minRows={3}
            data-testid="decision-rationale"
          />
          <TextInput
            label="Date"
            type="date"
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            error={errors['date']}
          />
          <TagsInput
            label="About"
            description="Landscape references, kind:id (domain:powertrain, budget:pt-2026); Enter adds one"
            value={about}
            onChange={setAbout}
            error={errors['about']}
            data-testid="decision-about"
          />
          {record.error && <MutationError error={record.error} role="transformation-lead" />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={record.isPending} data-testid="decision-record">
              Record
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
