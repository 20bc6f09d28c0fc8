import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AuthService, type AuthRequest, type Principal, type Role } from '@streamscape/api-graphql';
import { featureTestModule } from '@streamscape/graph-nest/testing';
import { ReviewsModule } from '../lib/reviews.module';

/** Who calls, in tests: roles and groups (comma-separated), or nobody. */
export interface Caller {
  readonly roles?: readonly Role[];
  readonly groups?: readonly string[];
  readonly anonymous?: boolean;
}

const ROLES = 'x-test-roles';
const GROUPS = 'x-test-groups';
const ANONYMOUS = 'x-test-anonymous';

const list = (v: string | string[] | undefined) =>
  typeof v === 'string' ? v.split(',').filter(Boolean) : [];

class HeaderAuthService extends AuthService {
  async principalOf(request: AuthRequest): Promise<Principal | null> {
    if (request.headers[ANONYMOUS]) return null;
    return {
      id: 'test-user',
      name: 'Test user',
      roles: new Set(list(request.headers[ROLES]) as Role[]),
      groups: new Set(list(request.headers[GROUPS])),
    };
  }
}

export interface GraphQLAnswer {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are checked by the test
  readonly data?: any;
  readonly errors?: { message: string; extensions?: { code?: string; fields?: { field: string }[] } }[];
}

export interface ReviewTestApi {
  readonly app: INestApplication;
  readonly url: string;
  request(query: string, variables: Record<string, unknown>, caller: Caller): Promise<GraphQLAnswer>;
  get(path: string, caller: Caller): Promise<Response>;
  close(): Promise<void>;
}

function headers(caller: Caller): Record<string, string> {
  if (caller.anonymous) return { [ANONYMOUS]: '1' };
  return { [ROLES]: (caller.roles ?? []).join(','), [GROUPS]: (caller.groups ?? []).join(',') };
}

export async function startReviewTestApi(): Promise<ReviewTestApi> {
  const app = await NestFactory.create(featureTestModule(ReviewsModule, HeaderAuthService), {
    logger: false,
    abortOnError: false,
  });
  await app.listen(0, '127.0.0.1');
  const url = await app.getUrl();
  return {
    app,
    url,
    async request(query, variables, caller) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers(caller) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLAnswer;
    },
    get: (path, caller) => fetch(`${url}${path}`, { headers: headers(caller) }),
    close: () => app.close(),
  };
}
