'use client';
import { Alert, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { IconLockExclamation } from '@tabler/icons-react';
import { ApiRequestError } from '@streamscape/web-api';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { accessFor, FULL_ACCESS, type Access } from './access';
import { startAuth, type AuthResult, type AuthUser } from './session';
import type { Session } from './token';

export interface AuthContextValue {
  /** `local`: AUTH_MODE=local, no sign-in (development) */
  mode: 'oidc' | 'local';
  user: AuthUser;
  access: Access;
  /** ends the Keycloak session and returns to the login page; absent without sign-in */
  signOut?: () => void;
}

const AuthContext = createContext<AuthContextValue | null>(null);

type State =
  | { status: 'signing-in' }
  | { status: 'error'; message: string }
  | { status: 'ready'; result: Exclude<AuthResult, { mode: 'redirecting' }> };

/**
 * Signs the user in (keycloak-js, authorization code + PKCE) before anything else renders, unless the server
 * says AUTH_MODE=local. Needs the QueryClient: a query the API refuses as UNAUTHENTICATED gets one forced
 * token refresh and is repeated, or the user signs in again.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<State>({ status: 'signing-in' });
  const queryClient = useQueryClient();

  useEffect(() => {
    let active = true;
    startAuth().then(
      (result) => {
        if (active && result.mode !== 'redirecting') setState({ status: 'ready', result });
      },
      (error: Error) => {
        if (active) setState({ status: 'error', message: error.message });
      },
    );
    return () => {
      active = false;
    };
  }, []);

  const session = state.status === 'ready' && state.result.mode === 'oidc' ? state.result.session : null;
  useEffect(
    () => (session ? recoverUnauthenticated(queryClient, session) : undefined),
    [queryClient, session],
  );

  const value = useMemo<AuthContextValue | null>(() => {
    if (state.status !== 'ready') return null;
    const { result } = state;
    if (result.mode === 'local') return { mode: 'local', user: result.user, access: FULL_ACCESS };
    return {
      mode: 'oidc',
      user: result.user,
      access: accessFor(result.user.roles),
      signOut: result.signOut,
    };
  }, [state]);

  if (state.status === 'error') {
    return (
      <Center p="xl">
        <Alert
          data-testid="auth-error"
          icon={<IconLockExclamation />}
          color="red"
          title="Cannot sign in"
          maw={640}
        >
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{state.message}</Text>
            <Button size="xs" variant="light" color="red" onClick={() => window.location.reload()}>
              Try again
            </Button>
          </Stack>
        </Alert>
      </Center>
    );
  }
  if (!value) {
    return (
      <Center p="xl" mih="60vh" data-testid="auth-signing-in">
        <Group gap="sm">
          <Loader size="sm" />
          <Text c="dimmed">Signing in ...</Text>
        </Group>
      </Center>
    );
  }
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

/** Watches every query and mutation: UNAUTHENTICATED -> one forced refresh, then the refused queries again. */
function recoverUnauthenticated(queryClient: QueryClient, session: Session): () => void {
  const refused = (error: unknown): error is ApiRequestError =>
    error instanceof ApiRequestError && error.code === 'UNAUTHENTICATED';
  const recover = (failedAt: number, repeat: boolean) => {
    void session.recoverFromUnauthenticated(failedAt).then((refreshed) => {
      // mutations are not repeated by themselves: the next attempt carries the new token
      if (refreshed && repeat) {
        void queryClient.invalidateQueries({ predicate: (query) => refused(query.state.error) });
      }
    });
  };
  const unsubscribeQueries = queryClient.getQueryCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'error' && refused(event.action.error)) {
      recover(event.query.state.errorUpdatedAt || Date.now(), true);
    }
  });
  const unsubscribeMutations = queryClient.getMutationCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'error' && refused(event.action.error)) {
      recover(Date.now(), false);
    }
  });
  return () => {
    unsubscribeQueries();
    unsubscribeMutations();
  };
}

/** The signed-in user, their access and sign-out. Only inside AuthProvider. */
export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth() needs <AuthProvider> (apps/web/src/app/providers.tsx)');
  return value;
}

/**
 * What the UI may offer the signed-in user: hide or disable what `access.<permission>` is false for,
 * e.g. `const { runAnalyses } = useAccess();`. The API enforces the same rules whatever the UI shows.
 */
export function useAccess(): Access {
  return useAuth().access;
}
