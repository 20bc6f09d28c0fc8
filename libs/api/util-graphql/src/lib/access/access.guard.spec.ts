import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { LoaderRegistry } from '../context/loader-registry';
import type { RequestContext } from '../context/request-context';
import { ApiError, ApiErrorCode } from '../errors/api-error';
import { Public, Roles } from './access-rule';
import { AccessGuard } from './access.guard';
import { LOCAL_PRINCIPAL, LocalAuthService } from './auth.service';
import type { Principal } from './principal';
import { Role } from './roles';

class LandscapeResolver {
  secret() {}

  @Roles(Role.VIEWER)
  stats() {}

  @Roles(Role.ARCHITECT)
  cypher() {}

  @Public()
  version() {}
}

@Roles(Role.VIEWER)
class TeamResolver {
  components() {}
}

const viewer: Principal = {
  id: 'v',
  name: 'Viewer',
  roles: new Set([Role.VIEWER]),
  groups: new Set<string>(),
};
const admin: Principal = { id: 'a', name: 'Admin', roles: new Set([Role.ADMIN]), groups: new Set<string>() };

function graphqlCall(
  resolver: object,
  method: string,
  principal: Principal | null,
  parentType = 'Query',
  authError?: ApiError,
) {
  const context: RequestContext = {
    req: {} as RequestContext['req'],
    principal,
    ...(authError ? { authError } : {}),
    loaders: new LoaderRegistry(),
  };
  const info = { parentType: { name: parentType }, fieldName: method };
  const prototype = resolver as Record<string, (...args: unknown[]) => unknown>;
  const host = new ExecutionContextHost(
    [{}, {}, context, info],
    resolver.constructor as never,
    prototype[method],
  );
  host.setType('graphql');
  return host;
}

async function denial(promise: Promise<boolean>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

describe('AccessGuard', () => {
  const guard = new AccessGuard(new Reflector(), new LocalAuthService());
  const landscape = LandscapeResolver.prototype;

  it('denies a resolver method that declares no rule, naming the missing rule', async () => {
    const error = await denial(guard.canActivate(graphqlCall(landscape, 'secret', LOCAL_PRINCIPAL)));
    expect(error.code).toBe(ApiErrorCode.FORBIDDEN);
    expect(error.message).toBe('Query.secret has no access rule');
  });

  it('allows a method whose role the principal holds', async () => {
    await expect(guard.canActivate(graphqlCall(landscape, 'stats', viewer))).resolves.toBe(true);
  });

  it('denies a principal without the role, naming the roles', async () => {
    const error = await denial(guard.canActivate(graphqlCall(landscape, 'cypher', viewer)));
    expect(error.code).toBe(ApiErrorCode.FORBIDDEN);
    expect(error.message).toBe('Query.cypher needs one of the roles: architect');
  });

  it('lets admin through any role rule', async () => {
    await expect(guard.canActivate(graphqlCall(landscape, 'cypher', admin))).resolves.toBe(true);
  });

  it('asks an anonymous caller to sign in, but opens public fields to it', async () => {
    const error = await denial(guard.canActivate(graphqlCall(landscape, 'stats', null)));
    expect(error.code).toBe(ApiErrorCode.UNAUTHENTICATED);
    await expect(guard.canActivate(graphqlCall(landscape, 'version', null))).resolves.toBe(true);
  });

  it('answers a refused token on every field that is not public', async () => {
    const refused = new ApiError(ApiErrorCode.UNAUTHENTICATED, 'The access token is not accepted: expired');
    expect(await denial(guard.canActivate(graphqlCall(landscape, 'stats', null, 'Query', refused)))).toBe(
      refused,
    );
    await expect(guard.canActivate(graphqlCall(landscape, 'version', null, 'Query', refused))).resolves.toBe(
      true,
    );
  });

  it('takes a rule declared on the resolver class for its field resolvers', async () => {
    await expect(
      guard.canActivate(graphqlCall(TeamResolver.prototype, 'components', viewer, 'Team')),
    ).resolves.toBe(true);
  });

  it('the local mode grants every role', async () => {
    const principal = await new LocalAuthService().principalOf();
    expect([...principal.roles].sort()).toEqual(['admin', 'architect', 'transformation-lead', 'viewer']);
  });
});
