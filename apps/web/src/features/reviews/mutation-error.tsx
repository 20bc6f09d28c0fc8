'use client';
import { Alert } from '@mantine/core';
import type { ApiRequestError } from '@streamscape/web-api';

/** A refused change, in the dialog: the role it needs when the API says FORBIDDEN, else the API's words. */
export function MutationError({ error, role }: { error: ApiRequestError; role: string }) {
  const message =
    error.code === 'FORBIDDEN'
      ? `Your roles do not allow this: it needs the ${role} role.`
      : error.code === 'UNAUTHENTICATED'
        ? 'Sign in first.'
        : error.message;
  return (
    <Alert color="red" title="Not saved" data-testid="dialog-error">
      {message}
    </Alert>
  );
}
