'use client';
import { Alert } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ApiRequestError } from '@streamscape/web-api';
import { ErrorState } from '../shell/query-state';

/** An analysis or console error: no permission names the architect role; the rest as every view shows it. */
export function ExplorerError({ error, what }: { error: ApiRequestError; what: string }) {
  if (error.noPermission) {
    return (
      <Alert data-testid="state-no-permission" icon={<IconLock />} color="orange" title="No permission">
        {error.code === 'UNAUTHENTICATED'
          ? `Sign in to run ${what}.`
          : `Your roles do not allow you to run ${what}: it needs the architect role. Ask an administrator.`}
      </Alert>
    );
  }
  return <ErrorState error={error} what={what} />;
}
