'use client';
import { Alert, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconLock, IconPlugConnectedX, IconSearchOff } from '@tabler/icons-react';
import type { ApiRequestError } from '@streamscape/web-api';
import type { ReactNode } from 'react';

export interface QueryLike<T> {
  data: T | undefined;
  error: ApiRequestError | null;
  isPending: boolean;
  refetch: () => unknown;
}

interface QueryStateProps<T> {
  query: QueryLike<T>;
  /** what is loading, for the message */
  what: string;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}

/** Loading, error (API down, no permission, not found), empty, then the content. */
export function QueryState<T>({ query, what, isEmpty, empty, children }: QueryStateProps<T>) {
  if (query.isPending) {
    return (
      <Center p="xl" data-testid="state-loading">
        <Group gap="sm">
          <Loader size="sm" />
          <Text c="dimmed">Loading {what} ...</Text>
        </Group>
      </Center>
    );
  }
  if (query.error) return <ErrorState error={query.error} what={what} onRetry={() => query.refetch()} />;
  if (query.data === undefined) return null;
  if (isEmpty?.(query.data)) {
    return (
      <Alert data-testid="state-empty" icon={<IconSearchOff />} title="Nothing here yet" color="gray">
        {empty ?? `There is no ${what} in the landscape.`}
      </Alert>
    );
  }
  return <>{children(query.data)}</>;
}

export function ErrorState({
  error,
  what,
  onRetry,
}: {
  error: ApiRequestError;
  what: string;
  onRetry?: () => void;
}) {
  if (error.noPermission) {
    return (
      <Alert data-testid="state-no-permission" icon={<IconLock />} color="orange" title="No permission">
        {error.code === 'UNAUTHENTICATED'
          ? `Sign in to see ${what}.`
          : `Your roles do not allow you to see ${what}. Ask an administrator for the viewer role.`}
      </Alert>
    );
  }
  if (error.code === 'NOT_FOUND') {
    return (
      <Alert data-testid="state-not-found" icon={<IconSearchOff />} color="gray" title="Not found">
        {error.message}
      </Alert>
    );
  }
  const down = error.retryable;
  return (
    <Alert
      data-testid={down ? 'state-api-down' : 'state-error'}
      icon={down ? <IconPlugConnectedX /> : <IconAlertTriangle />}
      color="red"
      title={down ? 'The API is not reachable' : `Could not load ${what}`}
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          {down
            ? `${error.message}. Is it running? \`npm start\` starts Neo4j, the API and this app.`
            : error.message}
        </Text>
        {onRetry && (
          <Button size="xs" variant="light" color="red" onClick={onRetry} data-testid="retry">
            Retry
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
