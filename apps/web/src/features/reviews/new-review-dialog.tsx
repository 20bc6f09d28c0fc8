'use client';
import {
  Button,
  Group,
  Modal,
  MultiSelect,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  ApiRequestError,
  createReviewMutation,
  decisionOptionsQuery,
  gqlRequest,
  useApiQuery,
  type CreateReviewInput,
} from '@streamscape/web-api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { groupsError, isoDateError, REVIEW_ROLES, todayIso } from './forms';
import { MutationError } from './mutation-error';

/** Admins: a new review freezes the landscape as it is now, with the decisions it records. */
export function NewReviewDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const router = useRouter();
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [heldOn, setHeldOn] = useState(todayIso());
  const [description, setDescription] = useState('');
  const [roles, setRoles] = useState<string[]>([]);
  const [groups, setGroups] = useState<string[]>([]);
  const [decisionIds, setDecisionIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const decisions = useApiQuery(decisionOptionsQuery, { search: null }, { enabled: opened });
  const create = useMutation<{ id: string; name: string }, ApiRequestError, CreateReviewInput>({
    mutationFn: async (input) => (await gqlRequest(createReviewMutation, { input })).createReview,
    onSuccess: async (review) => {
      await client.invalidateQueries({ queryKey: ['Reviews'] });
      notifications.show({ title: 'Review created', message: `${review.name}: the landscape is frozen.` });
      onClose();
      router.push(`/reviews/${encodeURIComponent(review.id)}`);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = {
      name: name.trim() ? undefined : 'A name is needed',
      heldOn: isoDateError(heldOn),
      groups: groupsError(groups),
    };
    setErrors(next);
    if (Object.values(next).some(Boolean)) return;
    create.mutate({
      name: name.trim(),
      heldOn: heldOn || null,
      description: description.trim() || null,
      audienceRoles: roles,
      audienceGroups: groups,
      decisionIds,
    });
  };

  return (
    <Modal opened={opened} onClose={onClose} title="New portfolio review" size="lg">
      <form onSubmit={submit} data-testid="new-review-form">
        <Stack gap="sm">
          <TextInput
            label="Name"
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors['name']}
            data-testid="review-name"
            data-autofocus
          />
          <TextInput
            label="Held on"
            type="date"
            value={heldOn}
            onChange={(e) => setHeldOn(e.currentTarget.value)}
            error={errors['heldOn']}
            description="The rules are judged as of this date; the performance window is the 90 days up to it"
            data-testid="review-date"
          />
          <Textarea
            label="Description"
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            autosize
            minRows={2}
          />
          <MultiSelect
            label="Audience: roles"
            data={[...REVIEW_ROLES]}
            value={roles}
            onChange={setRoles}
            data-testid="review-roles"
          />
          <TagsInput
            label="Audience: groups"
            description="Keycloak group paths, exact match (/board does not open to /board/finance)"
            value={groups}
            onChange={setGroups}
            error={errors['groups']}
            data-testid="review-groups"
          />
          {roles.length === 0 && groups.length === 0 && (
            <Text size="xs" c="orange">
              Without an audience only admins can open the review.
            </Text>
          )}
          <MultiSelect
            label="Decisions to include"
            searchable
            data={(decisions.data?.decisions.edges ?? []).map(({ node }) => ({
              value: node.id,
              label: `${node.name}${node.outcome ? ` (${node.outcome})` : ''}`,
            }))}
            value={decisionIds}
            onChange={setDecisionIds}
            nothingFoundMessage={decisions.error ? decisions.error.message : 'No decisions'}
            data-testid="review-decisions"
          />
          {create.error && <MutationError error={create.error} role="admin" />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="review-create">
              Freeze and create
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
