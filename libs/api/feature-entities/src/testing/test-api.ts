import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  ALL_ROLES,
  AuthService,
  type AuthRequest,
  type Principal,
  type Role,
} from '@streamscape/api-graphql';
import { featureTestModule } from '@streamscape/graph-nest/testing';
import { EntitiesModule } from '../lib/entities.module';

/** Tests choose the caller's roles with this header (comma-separated); without it the caller holds all. */
export const ROLES_HEADER = 'x-test-roles';

class HeaderAuthService extends AuthService {
  async principalOf(request: AuthRequest): Promise<Principal> {
    const header = request.headers[ROLES_HEADER];
    const roles = typeof header === 'string' ? (header.split(',').filter(Boolean) as Role[]) : ALL_ROLES;
    return { id: 'test', name: 'Test user', roles: new Set(roles), groups: new Set<string>() };
  }
}

export interface TestApi {
  readonly app: INestApplication;
  /** POSTs one operation; `roles` narrows the caller's roles */
  request(
    query: string,
    variables?: Record<string, unknown>,
    roles?: readonly Role[],
  ): Promise<GraphQLAnswer>;
  close(): Promise<void>;
}

export interface GraphQLError {
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly extensions?: { readonly code?: string; readonly fields?: { field: string; message: string }[] };
}

export interface GraphQLAnswer {
  readonly status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are checked by the test
  readonly data?: any;
  readonly errors?: GraphQLError[];
}

/** Starts the test API on a free loopback port. */
export async function startTestApi(): Promise<TestApi> {
  const app = await NestFactory.create(featureTestModule(EntitiesModule, HeaderAuthService), {
    logger: false,
    abortOnError: false,
  });
  await app.listen(0, '127.0.0.1');
  const url = `${await app.getUrl()}/graphql`;
  return {
    app,
    async request(query, variables = {}, roles) {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(roles ? { [ROLES_HEADER]: roles.join(',') } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLAnswer, 'status'>;
      return { status: response.status, ...body };
    },
    close: () => app.close(),
  };
}
